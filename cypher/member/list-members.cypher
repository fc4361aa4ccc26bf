// Current members of several spaces (DataLoader batch), managers first then by name.
// Params: $spaceIds. Returns: spaceId, membership
UNWIND $spaceIds AS spaceId
MATCH (s:Entity {id: spaceId})<-[m:MEMBER_OF]-(p:Person)
WHERE m.until IS NULL OR m.until > datetime()
WITH spaceId, m, p ORDER BY CASE m.role WHEN 'MANAGER' THEN 0 WHEN 'EDITOR' THEN 1 ELSE 2 END, p.sortName
RETURN spaceId, {id: m.id, personId: p.id, spaceId: spaceId, role: m.role, since: m.since, until: m.until} AS membership
