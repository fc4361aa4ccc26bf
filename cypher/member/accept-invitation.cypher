// Marks an invitation accepted. Params: $id, $personId. Returns: id
MATCH (i:Invitation {id: $id})
WHERE i.acceptedAt IS NULL
SET i.acceptedAt = datetime(), i.acceptedBy = $personId
RETURN i.id AS id
