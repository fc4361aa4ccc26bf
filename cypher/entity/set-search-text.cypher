// Sets an entity's search text, built by api/shared/slug.ts searchTextOf from its fields.
// Params: $id, $searchText. Returns: id
MATCH (n:Entity {id: $id})
SET n.searchText = $searchText
RETURN n.id AS id
