// Marks every open password reset of a person used: once a reset link has worked, the person's other
// links stop working too. Params: $personId. Returns: used
MATCH (:Person {id: $personId})-[:HAS_PASSWORD_RESET]->(r:PasswordReset)
WHERE r.usedAt IS NULL
SET r.usedAt = datetime()
RETURN count(r) AS used
