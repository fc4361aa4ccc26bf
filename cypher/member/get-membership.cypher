// One membership by id, with its person and space ids. Params: $id. Returns: id, personId, spaceId, role, since, until
MATCH (p:Person)-[m:MEMBER_OF]->(s:Entity)
WHERE m.id = $id
RETURN m.id AS id, p.id AS personId, s.id AS spaceId, m.role AS role, m.since AS since, m.until AS until
