// One link by id, whatever its type, with both ends. One branch per link type so each is a
// relationship-index seek (an untyped pattern would scan every relationship).
// Params: $id. Returns: id, type, since, until, from, to
CALL {
  MATCH (a:Entity)-[r:PART_OF]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:CARRIES]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:TAKES_PART_IN]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:LOCATED_AT]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:TAGGED]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:PARTY_TO]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:CONCERNS]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:BROADER]->(b:Entity) WHERE r.id = $id RETURN r, a, b
  UNION ALL
  MATCH (a:Entity)-[r:WITHIN]->(b:Entity) WHERE r.id = $id RETURN r, a, b
}
RETURN r.id AS id, type(r) AS type, r.since AS since, r.until AS until,
  a {.*, __typename: head([l IN labels(a) WHERE l <> 'Entity'])} AS from,
  b {.*, __typename: head([l IN labels(b) WHERE l <> 'Entity'])} AS to
