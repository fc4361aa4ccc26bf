// Entities of any type by id (DataLoader batch).
// Params: $ids (list of UUIDs). Returns: id, node (properties plus __typename)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, __typename: head([l IN labels(n) WHERE l <> 'Entity'])} AS node
