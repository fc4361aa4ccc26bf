// Content items by id (DataLoader batch), only those the reader may see (see content-filters).
// Params: $ids, $access, $now. Returns: id, node
UNWIND $ids AS id
MATCH (c:Content {id: id})-[:IN_SPACE]->(s:Entity)
WHERE (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((c.visibility = 'PUBLIC' AND c.sortAt <= datetime($now)) OR $access.isAdmin OR s.id IN $access.spaceIds)
RETURN id, c {.*} AS node
