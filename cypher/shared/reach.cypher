// Fragment: `sourceIds`, the spaces whose items reach the space $spaceId through the graph at `at`
// (see list-content for the rules). Empty when $spaceId is null.
  OPTIONAL MATCH (root:Entity {id: $spaceId})
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
  }
  RETURN collect(DISTINCT src.id) AS sourceIds
