// Ends a link: sets `until`, keeps the link. The caller read the link first (get-link) for its ends.
// Params: $fromId, $toId, $type, $id, $until (ISO instant). Returns: id, until
MATCH (:Entity {id: $fromId})-[r:$($type)]->(:Entity {id: $toId})
WHERE r.id = $id
SET r.until = datetime($until)
RETURN r.id AS id, r.until AS until
