// Fragment: territory, bounding-box, accessibility and theme filters for an entity `a` (LOCATED_AT, TAGGED and BROADER links valid at `at`).
  AND ($territoryIds IS NULL OR EXISTS {
    MATCH (a)-[r:LOCATED_AT]->(:Place)-[:WITHIN]->{1,4}(t:Territory)
    WHERE t.id IN $territoryIds AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
  AND ($bbox IS NULL OR EXISTS {
    MATCH (a)-[r:LOCATED_AT]->(p:Place)
    WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      AND point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north}))
  })
  // At one place accessible for every need asked (place/accessible-place).
  AND ($accessibility IS NULL OR EXISTS {
    MATCH (a)-[r:LOCATED_AT]->(p:Place)
    WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      AND
      // @include place/accessible-place
  })
  AND ($themeIds IS NULL OR EXISTS {
    MATCH (a)-[r:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= at) AND (b.until IS NULL OR b.until > at)){0,10} (t:Theme)
    WHERE t.id IN $themeIds AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
