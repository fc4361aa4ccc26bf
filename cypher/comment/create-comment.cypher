// Adds a comment on a content item (a task or an idea); the caller checked the item and the rights.
// Params: $id, $itemId, $body, $authorId, $now. Returns: comment
MATCH (c:Content {id: $itemId})
CREATE (m:Comment {id: $id, body: $body, authorId: $authorId, createdAt: datetime($now)})-[:ON]->(c)
RETURN m {.*} AS comment
