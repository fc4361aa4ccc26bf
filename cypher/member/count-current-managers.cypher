// How many people currently hold the MANAGER role directly in a space. Params: $spaceId. Returns: managers
MATCH (s:Entity {id: $spaceId})<-[m:MEMBER_OF {role: 'MANAGER'}]-(:Person)
WHERE m.until IS NULL OR m.until > datetime()
RETURN count(m) AS managers
