// Removes per-occurrence changes whose occurrence is no longer in the series (after its rule changed);
// the change record keeps them.
// Params: $actionId, $originalStarts (ISO instants). Returns: deleted
MATCH (a:Action:Entity {id: $actionId})<-[:OF]-(o:Occurrence)
WHERE o.originalStartsAt IN [x IN $originalStarts | datetime(x)]
DETACH DELETE o
RETURN count(*) AS deleted
