// Statistics: memberships' start and end instants, in scope, for items the reader may see.
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
  MATCH (:Person)-[m:MEMBER_OF]->(x:Entity)
  RETURN m, x
  UNION
  UNWIND sourceIds AS sourceId
  MATCH (:Person)-[m:MEMBER_OF]->(x:Entity {id: sourceId})
  RETURN m, x
}
WITH m, x
// Member lists are members-only: counted only in spaces whose members the reader may see.
WHERE ($access.isAdmin OR x.id IN $access.spaceIds)
  AND m.since < datetime($to)
  // @include statistics/scope
RETURN m.since AS t, m.until AS ended, null AS actionId
