// The spaces whose members-only items a person may see (the same rules as get-effective-roles):
// every space they are a current member of; where they are MANAGER or EDITOR, every space below it
// through current PART_OF links, and the partnerships those spaces are current parties to.
// Params: $personId. Returns: ids
OPTIONAL MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(s)
WHERE m.until IS NULL OR m.until > datetime()
CALL (s, m) {
  RETURN s.id AS id
  UNION
  MATCH (s) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= datetime()) AND (r.until IS NULL OR r.until > datetime())){0,10} (d)
  WHERE m.role IN ['MANAGER', 'EDITOR']
  OPTIONAL MATCH (d)-[q:PARTY_TO]->(p:Partnership)
  WHERE (q.since IS NULL OR q.since <= datetime()) AND (q.until IS NULL OR q.until > datetime())
  UNWIND [d.id, p.id] AS id
  RETURN id
}
WITH id WHERE id IS NOT NULL
RETURN collect(DISTINCT id) AS ids
