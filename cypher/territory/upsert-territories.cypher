// Creates or refreshes territories from the reference data, one batch at a time. MERGE on id
// alone, so the Entity.id uniqueness constraint both finds the node and guards against twins.
// A node is written only when a value differs, so a rerun leaves updatedAt (and the store) untouched.
// Parameters: $rows: list of {id, props: {slug, name, sortName, level, code, population, postalCodes}}
// Returns: created (nodes created), updated (existing nodes whose values changed)
UNWIND $rows AS row
OPTIONAL MATCH (existing:Territory:Entity {id: row.id})
WITH row, existing IS NULL AS isNew
MERGE (t:Territory:Entity {id: row.id})
  ON CREATE SET t += row.props, t.createdAt = datetime(), t.updatedAt = datetime()
// Equal values, or both absent (a null property is no property), count as unchanged.
WITH t, row.props AS props, isNew,
     NOT isNew AND any(key IN keys(row.props) WHERE NOT coalesce(t[key] = row.props[key], t[key] IS NULL AND row.props[key] IS NULL)) AS changed
SET t += CASE WHEN changed THEN props {.*, updatedAt: datetime()} ELSE {} END
RETURN count(CASE WHEN isNew THEN 1 END) AS created, count(CASE WHEN changed THEN 1 END) AS updated
