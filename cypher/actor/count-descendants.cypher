// How many distinct entities lie below each of several entities (DataLoader batch) through PART_OF links
// valid at $asOf, up to $depth levels (at most 10): the entries of entity/list-part-of-tree, counted.
// Only paths through entities the reader may see: a members-only level hides what lies beyond it too.
// Params: $ids, $depth, $asOf, $access. Returns: id, count
WITH datetime($asOf) AS at
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n, at) {
  MATCH (n) (()<-[r:PART_OF]-(x) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (x.visibility IS NULL OR x.visibility = 'PUBLIC' OR $access.isAdmin OR x.id IN $access.spaceIds)){1,10} (m)
  WHERE size(r) <= $depth AND m <> n
  RETURN count(DISTINCT m) AS count
}
RETURN id, count
