// Answers to messages, oldest first (DataLoader batch): for a thread starter, its whole thread (every
// message below it); for a reply, its direct answers. Only messages the reader may see (content-filters).
// Params: $ids, $access, $now. Returns: id, replies
UNWIND $ids AS id
MATCH (m:Content {id: id})
CALL (m) {
  MATCH (m)<-[:REPLY_TO]-+(r:Message)
  WHERE m.parentId IS NULL
  RETURN r
  UNION
  MATCH (m)<-[:REPLY_TO]-(r:Message)
  WHERE m.parentId IS NOT NULL
  RETURN r
}
MATCH (r)-[:IN_SPACE]->(s:Entity)
WHERE (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((r.visibility = 'PUBLIC' AND r.sortAt <= datetime($now)) OR $access.isAdmin OR s.id IN $access.spaceIds)
WITH id, r ORDER BY r.createdAt, r.id
RETURN id, collect(r {.*}) AS replies
