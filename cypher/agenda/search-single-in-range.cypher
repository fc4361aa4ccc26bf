// As list-single-in-range, for actions matching a full-text query.
// Params: those of list-single-in-range, with $text (the two queries of shared/text-search).
// Returns: as list-single-in-range
// @include shared/text-search
WITH a, datetime($asOf) AS at, datetime($rangeFrom) AS rangeFrom, datetime($rangeTo) AS rangeTo
// @include action/action-filters
  AND a:Action
// @include agenda/single-in-range
