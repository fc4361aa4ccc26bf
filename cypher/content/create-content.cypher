// Creates a content item in a space. The kind's label comes from the closed list in
// api/content/content.store.ts. Params: $label, $id, $spaceId, $props (map), $now. Returns: node
MATCH (s:Entity {id: $spaceId})
CREATE (c:Content:$($label) {id: $id})-[:IN_SPACE]->(s)
SET c += $props, c.spaceId = $spaceId, c.createdAt = datetime($now), c.updatedAt = datetime($now)
SET c.sortAt = coalesce(c.publishedAt, c.createdAt)
RETURN c {.*} AS node
