// Fragment: the filters of place lists, on `p`.
WHERE ($text IS NULL OR p.sortName CONTAINS $text)
  AND ($territoryIds IS NULL OR EXISTS {
    MATCH (p)-[:WITHIN]->{1,4}(t:Territory) WHERE t.id IN $territoryIds
  })
  AND ($bbox IS NULL OR point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north})))
  AND
  // @include place/accessible-place
