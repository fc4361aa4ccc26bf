// The links of several entities across time (DataLoader batch): ended and future ones included,
// only those whose other end the reader may see, ordered by start (undated "since always" first),
// then by link id; keyset-paginated per entity, with each entity's total.
// Params: $ids, $types (relationship types from api/link/link-rules.ts), $direction ('OUT', 'IN' or
//   null for both), $access ({isAdmin, spaceIds}), $after ({k: since as ISO or null, id} or null), $limit.
// Returns: id (the starting entity), total, links ([{id, type, direction, since, until, node}])
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:$any($types)]->(m:Entity)
  WHERE coalesce($direction, 'OUT') = 'OUT'
  RETURN r, m, 'OUT' AS direction
  UNION ALL
  MATCH (n)<-[r:$any($types)]-(m:Entity)
  WHERE coalesce($direction, 'IN') = 'IN'
  RETURN r, m, 'IN' AS direction
}
WITH id, r, m, direction
WHERE m.visibility IS NULL OR m.visibility = 'PUBLIC' OR $access.isAdmin OR m.id IN $access.spaceIds
WITH id, r, m, direction ORDER BY r.since IS NOT NULL, r.since, r.id
WITH id, collect({r: r, m: m, direction: direction}) AS matched
WITH id, size(matched) AS total, [x IN matched WHERE $after IS NULL
  OR ($after.k IS NULL AND (x.r.since IS NOT NULL OR x.r.id > $after.id))
  OR ($after.k IS NOT NULL AND (x.r.since > datetime($after.k) OR (x.r.since = datetime($after.k) AND x.r.id > $after.id)))
][..toInteger($limit)] AS page
CALL (page) {
  UNWIND page AS x
  WITH x, x.m AS m
  RETURN collect({
    id: x.r.id, type: type(x.r), direction: x.direction, since: x.r.since, until: x.r.until,
    node: m {.*, __typename: head([l IN labels(m) WHERE l <> 'Entity'])}
  }) AS links
}
RETURN id, total, links
