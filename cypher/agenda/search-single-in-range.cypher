// As list-single-in-range, for actions matching a full-text query.
// Params: those of list-single-in-range, with $text (escaped Lucene query).
// Returns: as list-single-in-range
WITH datetime($asOf) AS at, datetime($rangeFrom) AS rangeFrom, datetime($rangeTo) AS rangeTo
CALL db.index.fulltext.queryNodes('entity_text', $text) YIELD node AS a
// @include action/action-filters
  AND a:Action
// @include agenda/single-in-range
