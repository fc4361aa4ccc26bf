// Fragment: visibility and filters of content item `c` posted in space `s`, at instant `at`.
// Visible: the space is visible, and the item is public and published (or the reader belongs to the space).
WHERE
// @include content/visible-content
  AND ($from IS NULL OR c.sortAt >= datetime($from))
  AND ($to IS NULL OR c.sortAt < datetime($to))
  // Every word of $text (api/shared/list.ts containsWords: " word" for the start of a word, " w " for a whole one).
  AND ($text IS NULL OR (size($text) > 0 AND all(w IN $text WHERE (' ' + c.searchText + ' ') CONTAINS w)))
  AND ($kind <> 'ANNOUNCEMENT' OR $includeExpired = true OR c.expiresAt IS NULL OR c.expiresAt > datetime($now))
  AND ($announcementType IS NULL OR c.type = $announcementType)
  AND ($taskStatuses IS NULL OR c.status IN $taskStatuses)
  AND ($ideaStatuses IS NULL OR c.status IN $ideaStatuses)
  AND ($themeIds IS NULL OR EXISTS {
    // The item's own themes and those of the space it is posted in (TAGGED links valid at `at`),
    // each with its broader themes (BROADER links valid at `at`), as for entities' themes.
    MATCH (c)-[:IN_SPACE]->{0,1}()-[r:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= at) AND (b.until IS NULL OR b.until > at)){0,10} (t:Theme)
    WHERE t.id IN $themeIds AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
  AND (($territoryIds IS NULL AND $bbox IS NULL) OR EXISTS {
    // The item's own places; when it has none, the places of its space and of the actions it is about.
    MATCH (c)-[:AT_PLACE]->(p:Place)
    WHERE ($territoryIds IS NULL OR EXISTS { MATCH (p)-[:WITHIN]->{1,4}(t:Territory) WHERE t.id IN $territoryIds })
      AND ($bbox IS NULL OR point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north})))
  } OR (NOT EXISTS { (c)-[:AT_PLACE]->() } AND EXISTS {
    MATCH (c)-[:IN_SPACE|ABOUT_ACTION]->(:Entity)-[r:LOCATED_AT]->(p:Place)
    WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      AND ($territoryIds IS NULL OR EXISTS { MATCH (p)-[:WITHIN]->{1,4}(t:Territory) WHERE t.id IN $territoryIds })
      AND ($bbox IS NULL OR point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north})))
  }))
