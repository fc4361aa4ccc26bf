// Assignees of tasks, in their order (DataLoader batch). Only ids: the people are read through the
// people loader. Params: $ids. Returns: id, personIds
UNWIND $ids AS id
MATCH (t:Content {id: id})
CALL (t) {
  OPTIONAL MATCH (t)-[l:ASSIGNED_TO]->(p:Person)
  WITH p, l ORDER BY l.position
  RETURN collect(p.id) AS personIds
}
RETURN id, personIds
