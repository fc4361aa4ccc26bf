// Fragment: the filters of theme lists, on `n`, through BROADER links current now.
WHERE ($text IS NULL OR n.sortName CONTAINS $text)
  AND ($broaderId IS NULL OR EXISTS {
    MATCH (n)-[r:BROADER]->(:Theme:Entity {id: $broaderId}) WHERE (r.since IS NULL OR r.since <= datetime()) AND (r.until IS NULL OR r.until > datetime())
  })
  AND ($topLevelOnly IS NULL OR $topLevelOnly = false OR NOT EXISTS {
    MATCH (n)-[r:BROADER]->(:Theme) WHERE (r.since IS NULL OR r.since <= datetime()) AND (r.until IS NULL OR r.until > datetime())
  })
