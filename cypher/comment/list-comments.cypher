// Comments on content items, oldest first (DataLoader batch). The items were read through the
// visibility filter already: their comments are visible with them. Params: $ids. Returns: id, comments
UNWIND $ids AS id
MATCH (c:Content {id: id})
CALL (c) {
  OPTIONAL MATCH (m:Comment)-[:ON]->(c)
  WITH m ORDER BY m.createdAt, m.id
  RETURN collect(m {.*}) AS comments
}
RETURN id, comments
