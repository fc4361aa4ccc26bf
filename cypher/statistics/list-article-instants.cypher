// Statistics: articles' publication instants, in scope, for items the reader may see.
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
  MATCH (x:Content {kind: 'ARTICLE'})
  RETURN x
  UNION
  // Posted in a space of the scope, or about one of its actions.
  UNWIND sourceIds AS sourceId
  MATCH (:Entity {id: sourceId})<-[:IN_SPACE|ABOUT_ACTION]-(x:Content {kind: 'ARTICLE'})
  RETURN x
}
WITH x, at
MATCH (x)-[:IN_SPACE]->(s:Entity)
WHERE (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((x.visibility = 'PUBLIC' AND x.sortAt <= at) OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND x.sortAt < datetime($to)
  // @include statistics/scope
RETURN x.sortAt AS t, null AS ended, null AS actionId
