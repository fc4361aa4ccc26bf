// An invitation by id or by token hash (give one; the other null). Params: $id, $tokenHash. Returns: invitation
MATCH (i:Invitation)
WHERE ($id IS NOT NULL AND i.id = $id) OR ($tokenHash IS NOT NULL AND i.tokenHash = $tokenHash)
RETURN i {.id, .spaceId, .role, .email, .expiresAt, .acceptedAt, .tokenHash} AS invitation
