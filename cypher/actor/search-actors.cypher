// Actors matching a full-text query and the filters, best match first, paginated from the cursor's item,
// with the total and, when asked for ($facetLimit not null), the facets of every match.
// The indexes are queried once: the matches are ranked in one list that gives the total, the page and the facets.
// Params: $text (the two queries of shared/text-search), the filters of list-actors, $after ({k: score, id}), $limit,
//   $facetLimit (themes and territories per facet, or null).
// Returns: total, nodes (each with its score), facets (see shared/facets)
// @include shared/text-search
WITH a, score, datetime($asOf) AS at
// @include actor/actor-filters
  AND a:Actor
WITH a, score ORDER BY score DESC, a.id
WITH collect({node: a, score: score}) AS ranked
WITH ranked, [r IN ranked | r.node] AS matched, datetime($asOf) AS at
CALL (ranked) {
  // Resume right after the cursor's actor wherever it ranks now: scores drift whenever the index
  // changes (term statistics), so comparing with the cursor's old score would skip or repeat items.
  // Only when that actor no longer matches does its old score and id place the cut.
  WITH ranked, CASE WHEN $after IS NULL THEN 0 ELSE coalesce(
      head([i IN range(0, size(ranked) - 1) WHERE ranked[i].node.id = $after.id]) + 1,
      size([r IN ranked WHERE r.score > $after.k OR (r.score = $after.k AND r.node.id <= $after.id)])
    ) END AS start
  UNWIND ranked[start..start + toInteger($limit)] AS r
  WITH r.node AS a, r.score AS score
  RETURN collect(a {.*, __typename: 'Actor', score: score}) AS nodes
}
// @include shared/facets
RETURN size(matched) AS total, nodes, facets
