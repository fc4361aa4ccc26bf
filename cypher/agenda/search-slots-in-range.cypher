// As list-slots-in-range, for actions matching a full-text query: from each matching action to its
// slots overlapping the range.
// Params: those of list-slots-in-range, with $text (the two queries of shared/text-search).
// Returns: as list-slots-in-range
OPTIONAL MATCH (w:SlotWindow {id: 'timeline'})
WITH coalesce(w.from <= datetime($rangeFrom) AND w.readyTo >= datetime($rangeTo), false) AS covered
CALL (covered) {
  WITH covered WHERE covered
  // @include shared/text-search
  WITH a, datetime($asOf) AS at, datetime($rangeFrom) AS rangeFrom, datetime($rangeTo) AS rangeTo
  // @include action/action-filters
    AND a:Action
  MATCH (a)<-[:SLOT_OF]-(s:Slot)
  WHERE s.startsAt < rangeTo AND (s.endsAt > rangeFrom OR (s.endsAt IS NULL AND s.startsAt >= rangeFrom))
  // @include agenda/slots-page
}
RETURN covered, total, after, page
