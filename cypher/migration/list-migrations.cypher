// Names of the migrations already applied.
// Returns: name
MATCH (m:Migration) RETURN m.name AS name ORDER BY name
