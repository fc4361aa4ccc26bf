// Links of several entities in one round trip (DataLoader batch), valid at $asOf, to entities the reader may see.
// Params: $ids, $types (relationship types, from the closed list in api/links/link-rules.ts),
//   $direction ('OUT' | 'IN'), $otherLabel (label of the entities at the other end), $asOf (ISO instant), $access.
// Returns: id (the starting entity), type, link {id, since, until}, node (other end, with __typename)
WITH datetime($asOf) AS at
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n, at) {
  MATCH (n)-[r:$any($types)]->(m)
  WHERE $direction = 'OUT' AND $otherLabel IN labels(m)
    AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (m.visibility IS NULL OR m.visibility = 'PUBLIC' OR $access.isAdmin OR m.id IN $access.spaceIds)
  RETURN r, m
  UNION ALL
  MATCH (n)<-[r:$any($types)]-(m)
  WHERE $direction = 'IN' AND $otherLabel IN labels(m)
    AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (m.visibility IS NULL OR m.visibility = 'PUBLIC' OR $access.isAdmin OR m.id IN $access.spaceIds)
  RETURN r, m
}
RETURN id, type(r) AS type, r {.id, .since, .until} AS link, m {.*, __typename: $otherLabel} AS node
