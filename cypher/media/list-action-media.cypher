// Media attached to actions, in order (DataLoader batch), only those the reader may see: the same rule
// as content/get-content-by-ids. Params: $ids, $access, $now. Returns: id, node
UNWIND $ids AS id
MATCH (:Entity:Action {id: id})-[l:HAS_MEDIA]->(c:Media)-[:IN_SPACE]->(s:Entity)
WHERE
// @include content/visible-content
WITH id, l, c ORDER BY l.position
RETURN id, c {.*} AS node
