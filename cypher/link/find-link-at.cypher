// The links of a type between two entities that are valid at $at (started, not ended), latest start
// first: the link a move ends.
// Params: $type, $fromId, $toId, $at (ISO instant). Returns: id, since, until
MATCH (:Entity {id: $fromId})-[r:$($type)]->(:Entity {id: $toId})
WHERE (r.since IS NULL OR r.since <= datetime($at)) AND (r.until IS NULL OR r.until > datetime($at))
RETURN r.id AS id, r.since AS since, r.until AS until
ORDER BY r.since DESC
