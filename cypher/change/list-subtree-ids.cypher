// A space and everything below it through current PART_OF links (up to 10 levels).
// Params: $id. Returns: ids
MATCH (s:Entity {id: $id})
OPTIONAL MATCH (s) (()<-[r:PART_OF]-() WHERE r.until IS NULL OR r.until > datetime()){1,10} (d)
RETURN [s.id] + collect(DISTINCT d.id) AS ids
