// A person's pending request to join a space (by id, requests are looked up through auth/find-visible).
// Params: $personId, $spaceId. Returns: request
MATCH (j:JoinRequest {personId: $personId, spaceId: $spaceId, status: 'PENDING'})
RETURN j {.id, .personId, .spaceId, .message, .status, .createdAt} AS request
