// Records a request to join a space. Params: $id, $personId, $spaceId, $message. Returns: request
MATCH (p:Person {id: $personId}), (s:Entity {id: $spaceId})
CREATE (p)-[:ASKED]->(j:JoinRequest {id: $id, personId: $personId, spaceId: $spaceId, message: $message,
  status: 'PENDING', createdAt: datetime()})-[:TO_JOIN]->(s)
RETURN j {.id, .personId, .spaceId, .message, .status, .createdAt} AS request
