// Answers to messages, oldest first (DataLoader batch): for a thread starter, its whole thread (every
// message below it); for a reply, its direct answers. Only messages the reader may see (content-filters).
// Params: $ids, $access, $now. Returns: id, replies
UNWIND $ids AS id
MATCH (m:Content {id: id})
CALL (m) {
  MATCH (m)<-[:REPLY_TO]-+(c:Message)
  WHERE m.parentId IS NULL
  RETURN c
  UNION
  MATCH (m)<-[:REPLY_TO]-(c:Message)
  WHERE m.parentId IS NOT NULL
  RETURN c
}
MATCH (c)-[:IN_SPACE]->(s:Entity)
WHERE
// @include content/visible-content
WITH id, c ORDER BY c.createdAt, c.id
RETURN id, collect(c {.*}) AS replies
