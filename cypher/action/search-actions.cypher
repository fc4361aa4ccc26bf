// Actions matching a full-text query and the filters, best match first, keyset-paginated, with the total.
// Params: $text (escaped Lucene query), the filters of list-actions-by-start, $after ({k: score, id}), $limit.
// Returns: total, nodes (each with its score)
WITH datetime($asOf) AS at
CALL (at) {
  CALL db.index.fulltext.queryNodes('entity_text', $text) YIELD node AS a
  // @include action/action-filters
    AND a:Action
  RETURN count(a) AS total
}
CALL (at) {
  CALL db.index.fulltext.queryNodes('entity_text', $text) YIELD node AS a, score
  // @include action/action-filters
    AND a:Action
    AND ($after IS NULL OR score < $after.k OR (score = $after.k AND a.id > $after.id))
  WITH a, score ORDER BY score DESC, a.id LIMIT $limit
  RETURN collect(a {.*, __typename: 'Action', score: score}) AS nodes
}
RETURN total, nodes
