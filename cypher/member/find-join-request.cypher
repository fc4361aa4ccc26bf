// A join request by id, or a person's pending request for a space. Params: $id, $personId, $spaceId. Returns: request
MATCH (j:JoinRequest)
WHERE ($id IS NOT NULL AND j.id = $id)
   OR ($id IS NULL AND j.personId = $personId AND j.spaceId = $spaceId AND j.status = 'PENDING')
RETURN j {.id, .personId, .spaceId, .message, .status, .createdAt} AS request
