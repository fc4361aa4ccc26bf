// Withdraws a person's vote for an idea. Params: $ideaId, $personId. Returns: removed (count, 0 or 1)
MATCH (:Person {id: $personId})-[v:VOTED_FOR]->(:Content {id: $ideaId})
DELETE v
RETURN count(v) AS removed
