// Suspends an account: it can no longer sign in, and its sessions stop resolving (auth/resolve-session).
// Params: $id, $reason. Returns: wasSuspended, person
MATCH (p:Person {id: $id})
WITH p, p.suspendedAt IS NOT NULL AS wasSuspended
SET p.suspendedAt = coalesce(p.suspendedAt, datetime()), p.suspendReason = $reason, p.updatedAt = datetime()
RETURN wasSuspended, p {.id, .displayName, .isAdmin, .createdAt, emailPublic: coalesce(p.emailPublic, false),
  email: CASE WHEN p.deletedAt IS NULL AND p.emailPublic THEN p.email END,
  deleted: p.deletedAt IS NOT NULL, suspended: true} AS person
