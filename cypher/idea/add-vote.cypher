// A person's vote for an idea: at most one (MERGE), kept with its instant. Params: $ideaId, $personId,
// $now. Returns: created (false when the person had already voted)
MATCH (i:Content {id: $ideaId}), (p:Person {id: $personId})
OPTIONAL MATCH (p)-[old:VOTED_FOR]->(i)
MERGE (p)-[v:VOTED_FOR]->(i)
ON CREATE SET v.at = datetime($now)
RETURN old IS NULL AS created
