// Fragment: the filters of territory lists, on `n`.
WHERE ($text IS NULL OR n.sortName CONTAINS $text)
  AND ($levels IS NULL OR n.level IN $levels)
  AND ($withinId IS NULL OR EXISTS {
    MATCH (n)-[:WITHIN]->{1,3}(t:Territory:Entity {id: $withinId})
  })
