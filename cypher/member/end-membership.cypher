// Ends a membership (sets `until`; the link stays for history). Params: $id, $until. Returns: id, until
MATCH (:Person)-[m:MEMBER_OF]->(:Entity)
WHERE m.id = $id AND m.until IS NULL
SET m.until = datetime($until)
RETURN m.id AS id, m.until AS until
