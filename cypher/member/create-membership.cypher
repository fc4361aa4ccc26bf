// Starts a membership of a person in a space. Params: $id, $personId, $spaceId, $role, $since. Returns: id
MATCH (p:Person {id: $personId}), (s:Entity {id: $spaceId})
CREATE (p)-[m:MEMBER_OF {id: $id, role: $role, since: datetime($since)}]->(s)
RETURN m.id AS id
