// Fragment: the filters of theme lists, on `n`.
WHERE ($text IS NULL OR n.sortName CONTAINS $text)
  AND ($broaderId IS NULL OR EXISTS {
    MATCH (n)-[r:BROADER]->(:Theme {id: $broaderId}) WHERE r.until IS NULL OR r.until > datetime()
  })
  AND ($topLevelOnly IS NULL OR $topLevelOnly = false OR NOT EXISTS {
    MATCH (n)-[r:BROADER]->(:Theme) WHERE r.until IS NULL OR r.until > datetime()
  })
