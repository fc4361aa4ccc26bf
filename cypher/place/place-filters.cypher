// Fragment: the filters of place lists, on `n`.
WHERE ($text IS NULL OR n.sortName CONTAINS $text)
  AND ($territoryIds IS NULL OR EXISTS {
    MATCH (n)-[:WITHIN]->{1,4}(t:Territory) WHERE t.id IN $territoryIds
  })
  AND ($bbox IS NULL OR point.withinBBox(n.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north})))
