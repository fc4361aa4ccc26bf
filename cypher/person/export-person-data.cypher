// Everything held about a person, for their own export: profile (no password hash), memberships,
// the change records they authored, and their sessions (no token hash).
// Params: $id. Returns: profile, memberships, changes, sessions
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
RETURN p {.id, .email, .displayName, .isAdmin, .createdAt, .updatedAt, emailPublic: coalesce(p.emailPublic, false), lang: coalesce(p.lang, 'fr')} AS profile,
  COLLECT {
    MATCH (p)-[m:MEMBER_OF]->(s)
    RETURN {id: m.id, spaceId: s.id, spaceName: s.name, spaceLabels: labels(s), role: m.role, since: m.since, until: m.until} AS membership
    ORDER BY membership.since
  } AS memberships,
  COLLECT {
    MATCH (c:Change {personId: $id})
    RETURN c {.seq, .at, .op, .entityType, .entityId, .before, .after} AS change
    ORDER BY change.seq
  } AS changes,
  COLLECT {
    MATCH (p)-[:HAS_SESSION]->(s:Session)
    RETURN s {.createdAt, .lastSeenAt, .expiresAt, .endedAt, .ip} AS session
    ORDER BY session.createdAt
  } AS sessions
