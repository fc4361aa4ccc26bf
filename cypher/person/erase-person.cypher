// Deletes an account: erases its personal data but keeps the node and its id, so the change records
// the person authored stay attributed; their current memberships end (history is kept, `until` set).
// Sessions are ended separately (auth/end-sessions).
// Params: $id, $deletedName, $deletedSortName. Returns: id, endedMemberships ({id, spaceId, until})
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
SET p.email = null, p.emailPublic = false, p.displayName = $deletedName, p.sortName = $deletedSortName,
  p.deletedAt = datetime(), p.updatedAt = datetime()
REMOVE p.passwordHash
WITH p
CALL (p) {
  MATCH (p)-[m:MEMBER_OF]->(s)
  WHERE m.until IS NULL OR m.until > datetime()
  SET m.until = datetime()
  RETURN collect({id: m.id, spaceId: s.id, until: m.until}) AS endedMemberships
}
RETURN p.id AS id, endedMemberships
