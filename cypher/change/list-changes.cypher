// Change records, newest first (by sequence number), keyset-paginated, with the total.
// Starts from the entities asked about when given (their ABOUT links), else from all records.
// With $access, only records whose every entity the reader may see (as in entity/get-entities-by-ids).
// Params: $startIds (entity ids or null), $access ({isAdmin, spaceIds} or null: no filter), $personId,
//   $from, $to, $afterSeq (or null), $limit.
// Returns: total, nodes
CALL {
  MATCH (e:Entity)<-[:ABOUT]-(c:Change)
  WHERE $startIds IS NOT NULL AND e.id IN $startIds
  RETURN DISTINCT c
  UNION
  MATCH (c:Change)
  WHERE $startIds IS NULL
  RETURN c
}
WITH c
WHERE ($personId IS NULL OR c.personId = $personId)
  AND ($from IS NULL OR c.at >= datetime($from))
  AND ($to IS NULL OR c.at < datetime($to))
  AND ($access IS NULL OR $access.isAdmin OR NOT EXISTS {
    MATCH (c)-[:ABOUT]->(e:Entity)
    WHERE e.visibility = 'MEMBERS' AND NOT e.id IN $access.spaceIds
  })
WITH collect(c) AS matched
CALL (matched) {
  UNWIND matched AS c
  WITH c WHERE $afterSeq IS NULL OR c.seq < $afterSeq
  WITH c ORDER BY c.seq DESC LIMIT toInteger($limit)
  RETURN collect(c {.seq, .at, .op, .entityType, .entityId, .personId, .before, .after}) AS nodes
}
RETURN size(matched) AS total, nodes
