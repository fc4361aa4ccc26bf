// Next actions of several actors in one round trip (DataLoader batch): actions each one carries or takes
// part in through links valid at $asOf, starting at or after $from, soonest first then by id, at most
// $limit per actor. Only actions the reader may see.
// Params: $ids, $types (CARRIES and/or TAKES_PART_IN, from api/actor/actor.store.ts), $from, $asOf, $limit, $access.
// Returns: id (the actor), type, link {id, since, until}, node (the action, with __typename)
WITH datetime($asOf) AS at, datetime($from) AS from
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n, at, from) {
  MATCH (n)-[r:$any($types)]->(m:Action)
  WHERE m.startsAt >= from
    AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (m.visibility = 'PUBLIC' OR $access.isAdmin OR m.id IN $access.spaceIds)
  WITH r, m ORDER BY m.startsAt, m.id, type(r) LIMIT toInteger($limit)
  RETURN r, m
}
RETURN id, type(r) AS type, r {.id, .since, .until} AS link, m {.*, __typename: 'Action'} AS node
