// Fragment: theme and territory scope of a counted item `x` (its own tags and places: an entity's
// TAGGED/LOCATED_AT, an article's TAGGED/AT_PLACE; current links). An article also counts under the
// themes of the space it is posted in, as content listings list it (content/content-filters).
    AND ($themeIds IS NULL OR EXISTS {
      MATCH (x)-[:IN_SPACE]->{0,1}()-[r:TAGGED]->(:Theme)-[:BROADER]->{0,10}(th:Theme)
      WHERE th.id IN $themeIds AND (r.until IS NULL OR r.until > datetime())
    })
    AND ($territoryId IS NULL OR EXISTS {
      MATCH (x)-[r:LOCATED_AT|AT_PLACE]->(:Place)-[:WITHIN]->{1,4}(te:Territory:Entity {id: $territoryId})
      WHERE r.until IS NULL OR r.until > datetime()
    })
