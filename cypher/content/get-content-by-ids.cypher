// Content items by id (DataLoader batch), only those the reader may see (see content-filters).
// Params: $ids, $access, $now. Returns: id, node
UNWIND $ids AS id
MATCH (c:Content {id: id})-[:IN_SPACE]->(s:Entity)
WHERE
// @include content/visible-content
RETURN id, c {.*} AS node
