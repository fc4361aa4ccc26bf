// A person's roles in spaces: their own current membership of each space, and the MANAGER or EDITOR
// roles they hold above it — on spaces it is part of (PART_OF, current, up to 10 levels) and, for a
// partnership, on its parties and what those are part of. Rights derive from these (api/auth/rights.ts).
// The inherited roles are collected inside the subquery so that a space with none still returns a row.
// Params: $personId, $spaceIds. Returns: spaceId, own (roles), inherited (roles)
UNWIND $spaceIds AS spaceId
MATCH (s:Entity {id: spaceId})
OPTIONAL MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(s)
WHERE m.until IS NULL OR m.until > datetime()
WITH spaceId, s, collect(m.role) AS own
CALL (s) {
  CALL (s) {
    MATCH (s) (()-[r:PART_OF]->() WHERE (r.since IS NULL OR r.since <= datetime()) AND (r.until IS NULL OR r.until > datetime())){1,10} (a)
    MATCH (a)<-[m:MEMBER_OF]-(:Person {id: $personId})
    WHERE (m.until IS NULL OR m.until > datetime()) AND m.role IN ['MANAGER', 'EDITOR']
    RETURN m.role AS role
    UNION
    MATCH (s)<-[q:PARTY_TO]-(party) (()-[r:PART_OF]->() WHERE (r.since IS NULL OR r.since <= datetime()) AND (r.until IS NULL OR r.until > datetime())){0,10} (a)
    WHERE (q.since IS NULL OR q.since <= datetime()) AND (q.until IS NULL OR q.until > datetime())
    MATCH (a)<-[m:MEMBER_OF]-(:Person {id: $personId})
    WHERE (m.until IS NULL OR m.until > datetime()) AND m.role IN ['MANAGER', 'EDITOR']
    RETURN m.role AS role
  }
  RETURN collect(DISTINCT role) AS inherited
}
RETURN spaceId, own, inherited
