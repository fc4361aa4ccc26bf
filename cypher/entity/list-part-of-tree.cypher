// Ancestors (direction 'UP') or descendants ('DOWN') through PART_OF links valid at $asOf,
// up to $depth levels (at most 10), each entity once at its smallest depth. Only paths through
// entities the reader may see: a members-only level hides what lies beyond it too.
// Params: $ids, $direction, $depth, $asOf, $access. Returns: id, node, depth
WITH datetime($asOf) AS at
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n, at) {
  MATCH (n) (()-[r:PART_OF]->(x) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (x.visibility IS NULL OR x.visibility = 'PUBLIC' OR $access.isAdmin OR x.id IN $access.spaceIds)){1,10} (m)
  WHERE $direction = 'UP' AND size(r) <= $depth
  RETURN m, size(r) AS d
  UNION ALL
  MATCH (n) (()<-[r:PART_OF]-(x) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (x.visibility IS NULL OR x.visibility = 'PUBLIC' OR $access.isAdmin OR x.id IN $access.spaceIds)){1,10} (m)
  WHERE $direction = 'DOWN' AND size(r) <= $depth
  RETURN m, size(r) AS d
}
WITH id, n, m, min(d) AS depth
WHERE m <> n
RETURN id, m {.*, __typename: head([l IN labels(m) WHERE l <> 'Entity'])} AS node, depth
ORDER BY id, depth, m.sortName
