// Statistics: memberships' start and end instants, in scope, for items the reader may see.
// Scope: the reach of $spaceId (as for content listings), $themeIds with narrower themes,
// $territoryId with the territories inside it. Params: $spaceId, $themeIds, $territoryId, $access, $now, $to.
// Returns: t, ended (or null), actionId (or null)
WITH datetime($now) AS at
CALL (at) {
  // @include shared/reach
}
WITH at, sourceIds
MATCH (:Person)-[m:MEMBER_OF]->(x:Entity)
WHERE ($spaceId IS NULL OR x.id IN sourceIds)
  // Member lists are members-only: counted only in spaces whose members the reader may see.
  AND ($access.isAdmin OR x.id IN $access.spaceIds)
  AND m.since < datetime($to)
  // @include statistics/scope
RETURN m.since AS t, m.until AS ended, null AS actionId
