// Records an invitation into a space, by e-mail or as a link; either way its token is stored hashed.
// Params: $id, $spaceId, $role, $email, $tokenHash, $createdBy, $expiresAt. Returns: invitation
MATCH (s:Entity {id: $spaceId})
CREATE (i:Invitation {id: $id, spaceId: $spaceId, role: $role, email: $email, tokenHash: $tokenHash,
  createdBy: $createdBy, createdAt: datetime(), expiresAt: datetime($expiresAt)})-[:INTO]->(s)
RETURN i {.id, .spaceId, .role, .email, .expiresAt, .acceptedAt} AS invitation
