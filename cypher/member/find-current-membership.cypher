// A person's current direct membership of a space, if any. Params: $personId, $spaceId. Returns: id, role
MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(:Entity {id: $spaceId})
WHERE m.until IS NULL OR m.until > datetime()
RETURN m.id AS id, m.role AS role
