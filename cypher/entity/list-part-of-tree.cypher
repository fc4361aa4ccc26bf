// Ancestors (direction 'UP') or descendants ('DOWN') through PART_OF links valid at $asOf,
// up to $depth levels (at most 10), each entity once at its smallest depth.
// Params: $ids, $direction, $depth, $asOf. Returns: id, node, depth
WITH datetime($asOf) AS at
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n, at) {
  MATCH (n) (()-[r:PART_OF]->() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){1,10} (m)
  WHERE $direction = 'UP' AND size(r) <= $depth
  RETURN m, size(r) AS d
  UNION ALL
  MATCH (n) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){1,10} (m)
  WHERE $direction = 'DOWN' AND size(r) <= $depth
  RETURN m, size(r) AS d
}
WITH id, n, m, min(d) AS depth
WHERE m <> n
RETURN id, m {.*, __typename: head([l IN labels(m) WHERE l <> 'Entity'])} AS node, depth
ORDER BY id, depth, m.sortName
