// How many change records each entity has as its own (entityId), creation included: the revision of
// an action that iCalendar's SEQUENCE is derived from (api/diffusion/ical.ts).
// Params: $ids. Returns: id, count (one row per id, 0 when none)
UNWIND $ids AS id
OPTIONAL MATCH (c:Change {entityId: id})
RETURN id, count(c) AS count
