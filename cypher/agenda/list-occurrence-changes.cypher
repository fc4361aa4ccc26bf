// Per-occurrence changes (cancelled, moved…) of actions, for their `occurrences` field (DataLoader batch).
// Params: $actionIds. Returns: actionId, changes (list of {originalStartsAt, startsAt, endsAt, status})
UNWIND $actionIds AS actionId
MATCH (a:Action:Entity {id: actionId})
RETURN actionId, COLLECT {
  MATCH (a)<-[:OF]-(o:Occurrence)
  RETURN o {.originalStartsAt, .startsAt, .endsAt, .status} ORDER BY o.originalStartsAt
} AS changes
