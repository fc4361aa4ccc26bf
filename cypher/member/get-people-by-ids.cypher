// Public profiles of people (DataLoader batch): the e-mail only when made public.
// Params: $ids. Returns: id, person
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, {id: p.id, displayName: coalesce(p.displayName, 'Personne supprimée'),
  email: CASE WHEN p.emailPublic = true AND p.deletedAt IS NULL THEN p.email END,
  emailPublic: coalesce(p.emailPublic, false), deleted: p.deletedAt IS NOT NULL} AS person
