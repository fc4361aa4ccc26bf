// Places matching a full-text query (their name, street and city), best match first: the first $limit
// and the total of every match. Places are public: no visibility filter.
// Params: $text (the two queries of shared/text-search), $limit. Returns: total, nodes (each with its score)
// @include shared/text-search
WITH a, score WHERE a:Place
WITH a, score ORDER BY score DESC, a.id
WITH collect({node: a, score: score}) AS ranked
CALL (ranked) {
  UNWIND ranked[0..toInteger($limit)] AS r
  WITH r.node AS a, r.score AS score
  RETURN collect(a {.*, __typename: 'Place', score: score}) AS nodes
}
RETURN size(ranked) AS total, nodes
