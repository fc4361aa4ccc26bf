// A space and everything below it through current PART_OF links (up to 10 levels).
// Params: $id. Returns: ids
MATCH (s:Entity {id: $id})
OPTIONAL MATCH (s) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= datetime()) AND (r.until IS NULL OR r.until > datetime())){1,10} (d)
WITH s, collect(DISTINCT d.id) AS below
RETURN [s.id] + below AS ids
