// A person's current memberships. Params: $personId. Returns: membership
MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(s:Entity)
WHERE m.until IS NULL OR m.until > datetime()
RETURN {id: m.id, personId: $personId, spaceId: s.id, role: m.role, since: m.since, until: m.until} AS membership
ORDER BY s.sortName
