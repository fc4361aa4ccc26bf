// Links of a type between two entities that are still current at $at (to refuse duplicates).
// Params: $type, $fromId, $toId, $at. Returns: id
MATCH (a:Entity {id: $fromId})-[r:$($type)]->(b:Entity {id: $toId})
WHERE r.until IS NULL OR r.until > datetime($at)
RETURN r.id AS id
