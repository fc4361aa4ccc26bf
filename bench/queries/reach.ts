// A space's reach as of `at` (cypher/shared/reach, kept as nodes): its PART_OF subtree, the actions
// its subtree's actors carry or take part in and their subtrees, its partnerships, and for a
// partnership the actions it concerns. Binds `src` per reached node; needs `at` and $spaceId. Shared by
// arm A of Q5 and Q6 and by arm B's spaceReach field, so the three walk the same graph.
export const REACH = `
MATCH (root:Entity {id: $spaceId})
CALL (root, at) {
  MATCH (root) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){0,10} (d)
  RETURN d AS src
  UNION
  MATCH (root) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){0,10} (:Actor)-[l:CARRIES|TAKES_PART_IN]->(a:Action)
  WHERE (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
  MATCH (a) (()<-[r2:PART_OF]-() WHERE (r2.since IS NULL OR r2.since <= at) AND (r2.until IS NULL OR r2.until > at)){0,10} (d)
  RETURN d AS src
  UNION
  MATCH (root)-[r:PARTY_TO]->(p:Partnership)
  WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  RETURN p AS src
  UNION
  MATCH (root:Partnership)-[l:CONCERNS]->(a:Action)
  WHERE (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
  MATCH (a) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){0,10} (d)
  RETURN d AS src
}`;
