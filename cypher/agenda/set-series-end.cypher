// Stores the recomputed end of an action's series (after its first dates changed).
// Params: $id, $seriesEndsAt (ISO instant or null). Returns: id
MATCH (a:Action:Entity {id: $id})
SET a.seriesEndsAt = CASE WHEN $seriesEndsAt IS NULL THEN null ELSE datetime($seriesEndsAt) END
RETURN a.id AS id
