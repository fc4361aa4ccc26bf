// Fragment: theme and territory scope of a counted item `x` (its own tags and places: an entity's
// TAGGED/LOCATED_AT, an article's TAGGED/AT_PLACE; current links).
    AND ($themeIds IS NULL OR EXISTS {
      MATCH (x)-[r:TAGGED]->(:Theme)-[:BROADER]->{0,10}(th:Theme)
      WHERE th.id IN $themeIds AND (r.until IS NULL OR r.until > datetime())
    })
    AND ($territoryId IS NULL OR EXISTS {
      MATCH (x)-[r:LOCATED_AT|AT_PLACE]->(:Place)-[:WITHIN]->{1,4}(te:Territory:Entity {id: $territoryId})
      WHERE r.until IS NULL OR r.until > datetime()
    })
