// Actors matching a full-text query and the filters, best match first, keyset-paginated, with the total.
// Params: $text (escaped Lucene query), the filters of list-actors, $after ({k: score, id}), $limit.
// Returns: total, nodes (each with its score)
WITH datetime($asOf) AS at
CALL (at) {
  CALL db.index.fulltext.queryNodes('entity_text', $text) YIELD node AS a
  // @include actor/actor-filters
    AND a:Actor
  RETURN count(a) AS total
}
CALL (at) {
  CALL db.index.fulltext.queryNodes('entity_text', $text) YIELD node AS a, score
  // @include actor/actor-filters
    AND a:Actor
    AND ($after IS NULL OR score < $after.k OR (score = $after.k AND a.id > $after.id))
  WITH a, score ORDER BY score DESC, a.id LIMIT $limit
  RETURN collect(a {.*, __typename: 'Actor', score: score}) AS nodes
}
RETURN total, nodes
