// The timeline's single-date occurrences: see agenda/single-in-range.
// Params: $asOf, $rangeFrom, $rangeTo, the filters of action/list-actions-by-start ($from, $to and
//   $statuses passed as null), $occurrenceStatuses, $after ({s, id} or null), $limit, $access.
// Returns: one row: total, after, page (list of {id, startsAt, endsAt, status}).
WITH datetime($asOf) AS at, datetime($rangeFrom) AS rangeFrom, datetime($rangeTo) AS rangeTo
MATCH (a:Action)
// @include action/action-filters
// @include agenda/single-in-range
