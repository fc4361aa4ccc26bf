// Records that a migration was applied. Params: $name. Returns: name
MERGE (m:Migration {name: $name}) ON CREATE SET m.appliedAt = datetime()
RETURN m.name AS name
