// Articles matching a full-text query (their title, summary and body), best match first: the first
// $limit and the total of every match. Only articles the reader may see (content/visible-content),
// the total included: a members-only or unpublished article is neither returned nor counted.
// Params: $text (the two queries of shared/text-search, over the content indexes), $access, $now, $limit.
// Returns: total, nodes (each with its score)
// @include shared/text-search
WITH a AS c, score WHERE c:Article
MATCH (c)-[:IN_SPACE]->(s:Entity)
WHERE
// @include content/visible-content
WITH c, score ORDER BY score DESC, c.id
WITH collect({node: c, score: score}) AS ranked
CALL (ranked) {
  UNWIND ranked[0..toInteger($limit)] AS r
  WITH r.node AS c, r.score AS score
  RETURN collect(c {.*, score: score}) AS nodes
}
RETURN size(ranked) AS total, nodes
