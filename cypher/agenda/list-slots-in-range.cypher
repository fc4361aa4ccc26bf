// The timeline from the materialised occurrences (api/agenda/slots.ts): slots overlapping
// [$rangeFrom, $rangeTo) of the actions matching the filters (only those the reader may see), counted,
// sorted and paged here. Each span class is one index seek (Slot span, startsAt) from the earliest
// start a slot of that class can have and still overlap the range, so only those slots are read.
// When the window's slots do not cover the range, `covered` is false and the API expands series instead.
// Params: $asOf, $rangeFrom, $rangeTo, $spans (list of {span, from}), the filters of
//   action/list-actions-by-start ($from, $to and $statuses passed as null), $occurrenceStatuses,
//   $after ({s, id, o} or null), $limit, $access.
// Returns: one row: covered, total, after, page (list of {actionId, startsAt, endsAt, originalStartsAt, status, modified})
WITH datetime($asOf) AS at, datetime($rangeFrom) AS rangeFrom, datetime($rangeTo) AS rangeTo
OPTIONAL MATCH (w:SlotWindow {id: 'timeline'})
WITH at, rangeFrom, rangeTo, coalesce(w.from <= rangeFrom AND w.readyTo >= rangeTo, false) AS covered
CALL (at, rangeFrom, rangeTo, covered) {
  WITH at, rangeFrom, rangeTo WHERE covered
  UNWIND $spans AS seek
  MATCH (s:Slot)
  WHERE s.span = seek.span AND s.startsAt >= datetime(seek.from) AND s.startsAt < rangeTo
    AND (s.endsAt > rangeFrom OR (s.endsAt IS NULL AND s.startsAt >= rangeFrom))
  MATCH (s)-[:SLOT_OF]->(a:Action)
  // @include action/action-filters
  // @include agenda/slots-page
}
RETURN covered, total, after, page
