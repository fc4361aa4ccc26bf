// Changes a content item's own fields (a null value removes the property); returns it before and after.
// Params: $id, $props (map), $now. Returns: before, node
MATCH (c:Content {id: $id})
WITH c, c {.*} AS before
SET c += $props, c.updatedAt = datetime($now)
SET c.sortAt = coalesce(c.publishedAt, c.createdAt)
RETURN before, c {.*} AS node
