// Open invitations addressed to an e-mail. Params: $email. Returns: invitation
MATCH (i:Invitation {email: $email})
WHERE i.acceptedAt IS NULL AND i.expiresAt > datetime()
RETURN i {.id, .spaceId, .role, .email, .expiresAt, .acceptedAt} AS invitation
ORDER BY i.createdAt DESC
