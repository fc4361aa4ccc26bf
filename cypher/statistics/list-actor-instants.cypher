// Statistics: actors' creation instants, in scope, for items the reader may see.
// Scope: the reach of $spaceId (as for content listings), $themeIds with narrower themes,
// $territoryId with the territories inside it. Params: $spaceId, $themeIds, $territoryId, $access, $now, $to.
// Returns: t, ended (or null), actionId (or null)
WITH datetime($now) AS at
CALL (at) {
  // @include shared/reach
}
CALL (sourceIds) {
  // One row without a space, none with one: a WHERE on $spaceId is checked after scanning every item.
  UNWIND CASE WHEN $spaceId IS NULL THEN [true] ELSE [] END AS everything
  MATCH (x:Actor)
  RETURN x
  UNION
  UNWIND sourceIds AS sourceId
  MATCH (x:Actor:Entity {id: sourceId})
  RETURN x
}
WITH x
WHERE (x.visibility = 'PUBLIC' OR $access.isAdmin OR x.id IN $access.spaceIds)
  AND x.createdAt < datetime($to)
  // @include statistics/scope
RETURN x.createdAt AS t, null AS ended, null AS actionId
