// Ties a reply to the message it answers. Params: $id, $parentId. Returns: id
MATCH (m:Content {id: $id}), (p:Content {id: $parentId})
CREATE (m)-[:REPLY_TO]->(p)
RETURN m.id AS id
