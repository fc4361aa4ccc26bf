// Sets a content item's search text, built by api/shared/slug.ts searchTextOf from its fields.
// Params: $id, $searchText. Returns: id
MATCH (c:Content {id: $id})
SET c.searchText = $searchText
RETURN c.id AS id
