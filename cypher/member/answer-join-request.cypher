// Sets the answer to a pending join request. Params: $id, $status, $answeredBy. Returns: request
MATCH (j:JoinRequest {id: $id})
WHERE j.status = 'PENDING'
SET j.status = $status, j.answeredBy = $answeredBy, j.answeredAt = datetime()
RETURN j {.id, .personId, .spaceId, .message, .status, .createdAt} AS request
