// Creates dated links between existing entities. Types come from the closed list in
// api/link/link-rules.ts; the caller has checked ends and dates.
// Params: $links: [{id, type, fromId, toId, since, until}] (ISO instants or null).
// Returns: id, type, since, until, fromId, toId
UNWIND $links AS l
MATCH (a:Entity {id: l.fromId}), (b:Entity {id: l.toId})
CREATE (a)-[r:$(l.type)]->(b)
SET r.id = l.id, r.since = datetime(l.since), r.until = datetime(l.until), r.createdAt = datetime()
RETURN r.id AS id, type(r) AS type, r.since AS since, r.until AS until, a.id AS fromId, b.id AS toId
