// Entities of any type by id (DataLoader batch), only those the reader may see.
// Params: $ids (list of UUIDs), $access ({isAdmin, spaceIds}). Returns: id, node (properties plus __typename)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE
// @include entity/visible-entity
RETURN id, n {.*, __typename: head([l IN labels(n) WHERE l <> 'Entity'])} AS node
