// Statistics: actions' start instants (the agenda expands recurrences from them), in scope, for items the reader may see.
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
  MATCH (x:Action)
  RETURN x
  UNION
  UNWIND sourceIds AS sourceId
  MATCH (x:Action:Entity {id: sourceId})
  RETURN x
}
WITH x
WHERE (x.visibility = 'PUBLIC' OR $access.isAdmin OR x.id IN $access.spaceIds)
  AND x.startsAt < datetime($to)
  // @include statistics/scope
RETURN x.startsAt AS t, null AS ended, x.id AS actionId
