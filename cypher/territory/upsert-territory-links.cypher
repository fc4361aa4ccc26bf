// Links territories to the larger territories they lie in (commune → EPCI, commune → département,
// EPCI → département, département → région). MERGE on the pattern, so a rerun creates nothing;
// since and until stay absent: the reference data gives the current division, without dates.
// Parameters: $links: list of {id, childId, parentId}, both ends already imported
// Returns: created (links that did not exist before)
UNWIND $links AS link
MATCH (child:Territory:Entity {id: link.childId})
MATCH (parent:Territory:Entity {id: link.parentId})
WITH child, parent, link, EXISTS { (child)-[:WITHIN]->(parent) } AS existed
MERGE (child)-[w:WITHIN]->(parent)
  ON CREATE SET w.id = link.id
RETURN count(CASE WHEN NOT existed THEN 1 END) AS created
