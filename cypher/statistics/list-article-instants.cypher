// Statistics: articles' publication instants, in scope, for items the reader may see.
// Scope: the reach of $spaceId (as for content listings), $themeIds with narrower themes,
// $territoryId with the territories inside it. Params: $spaceId, $themeIds, $territoryId, $access, $now, $to.
// Returns: t, ended (or null), actionId (or null)
WITH datetime($now) AS at
CALL (at) {
  // @include shared/reach
}
WITH at, sourceIds
MATCH (x:Content {kind: 'ARTICLE'})-[:IN_SPACE]->(s:Entity)
WHERE ($spaceId IS NULL OR s.id IN sourceIds OR EXISTS { MATCH (x)-[:ABOUT_ACTION]->(y) WHERE y.id IN sourceIds })
  AND (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((x.visibility = 'PUBLIC' AND x.sortAt <= at) OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND x.sortAt < datetime($to)
  // @include statistics/scope
RETURN x.sortAt AS t, null AS ended, null AS actionId
