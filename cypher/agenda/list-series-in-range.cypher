// The timeline's candidates: actions matching the filters (only those the reader may see) whose
// occurrences may fall in [$rangeFrom, $rangeTo); the API expands recurrences, sorts and paginates.
// Params: $asOf, $rangeFrom, $rangeTo, the filters of action/list-actions-by-start ($from, $to and
//   $statuses passed as null: they apply to occurrences, in the API), $access.
// Returns: id, startsAt, startsAtLocal, endsAt, allDay, timeZone, status, rrule, exdates, rdates, overrides
WITH datetime($asOf) AS at, datetime($rangeFrom) AS rangeFrom, datetime($rangeTo) AS rangeTo
MATCH (a:Action)
// @include action/action-filters
// @include agenda/series-in-range
