// Content of one kind, newest first, keyset-paginated, with the total. With $spaceId: what is posted
// in the space or reaches it through the graph (links valid at $asOf): its PART_OF subtree; the
// actions that it or its subtree's actors carry or take part in, with their subtrees; its
// partnerships; for a partnership, the actions it is tied to and their subtrees. An item reaches a
// space through the space it is posted in or an action it is about. Only items the reader may see.
// Params: $kind, $spaceId, $asOf, $access, $from, $to, $territoryIds, $bbox, $themeIds, $text (word patterns),
//   $featuredOnly, $includeExpired, $announcementType, $taskStatuses, $ideaStatuses, $now, $after ({k, id}), $limit.
// Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  // @include shared/reach
}
CALL (sourceIds) {
  // One row without a space, none with one: a WHERE on $spaceId is checked after scanning every item.
  UNWIND CASE WHEN $spaceId IS NULL THEN [true] ELSE [] END AS everything
  MATCH (c:Content {kind: $kind})
  RETURN c
  UNION
  UNWIND sourceIds AS sourceId
  MATCH (:Entity {id: sourceId})<-[:IN_SPACE|ABOUT_ACTION]-(c:Content {kind: $kind})
  RETURN c
}
WITH DISTINCT c, at
MATCH (c)-[:IN_SPACE]->(s:Entity)
// @include content/content-filters
  AND ($spaceId IS NULL OR NOT EXISTS { MATCH (:Entity {id: $spaceId})-[:PLACES {placement: 'HIDDEN'}]->(c) })
  AND ($featuredOnly IS NULL OR $featuredOnly = false OR EXISTS { MATCH (:Entity {id: $spaceId})-[:PLACES {placement: 'FEATURED'}]->(c) })
WITH collect(c) AS matched
CALL (matched) {
  UNWIND matched AS c
  WITH c WHERE $after IS NULL OR c.sortAt < datetime($after.k) OR (c.sortAt = datetime($after.k) AND c.id < $after.id)
  WITH c ORDER BY c.sortAt DESC, c.id DESC LIMIT toInteger($limit)
  RETURN collect(c {.*}) AS nodes
}
RETURN size(matched) AS total, nodes
