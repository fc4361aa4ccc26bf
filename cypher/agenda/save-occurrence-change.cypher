// Creates or replaces the change of one occurrence of an action, keyed by the occurrence's original start.
// Params: $actionId, $originalStartsAt, $startsAt and $endsAt (ISO instants, null when not moved),
//   $status (null: the action's), $now.
// Returns: change ({originalStartsAt, startsAt, endsAt, status}), node (the action)
MATCH (a:Action:Entity {id: $actionId})
OPTIONAL MATCH (a)<-[:OF]-(found:Occurrence) WHERE found.originalStartsAt = datetime($originalStartsAt)
CALL (a, found) {
  WITH a, found WHERE found IS NULL
  CREATE (o:Occurrence {actionId: a.id, originalStartsAt: datetime($originalStartsAt), createdAt: datetime($now)})-[:OF]->(a)
  RETURN o
  UNION
  WITH found WHERE found IS NOT NULL
  RETURN found AS o
}
SET o.startsAt = CASE WHEN $startsAt IS NULL THEN null ELSE datetime($startsAt) END,
  o.endsAt = CASE WHEN $endsAt IS NULL THEN null ELSE datetime($endsAt) END,
  o.status = $status,
  o.updatedAt = datetime($now),
  a.updatedAt = datetime($now)
RETURN o {.originalStartsAt, .startsAt, .endsAt, .status} AS change, a {.*, __typename: 'Action'} AS node
