// Fragment: the entities matching the search $text ({words, prefix}, api/shared/list.ts fullTextQuery),
// each once, as `a` with its `score`. `words` queries the French index (entity_text: every word whole,
// stemmed); `prefix` the unstemmed one (entity_prefix: the words as typed, the last one as the beginning
// of a word). Whole-word matches rank first, by their French score; matches of the prefix only come
// after them, by their prefix score, mapped below zero (-1 / (1 + score)) so one number orders both.
CALL () {
  UNWIND CASE WHEN $text.words IS NULL THEN [] ELSE [$text.words] END AS query
  CALL db.index.fulltext.queryNodes('entity_text', query) YIELD node, score
  RETURN node, score, true AS whole
  UNION ALL
  UNWIND CASE WHEN $text.prefix IS NULL THEN [] ELSE [$text.prefix] END AS query
  CALL db.index.fulltext.queryNodes('entity_prefix', query) YIELD node, score
  RETURN node, score, false AS whole
}
WITH node AS a, max(CASE WHEN whole THEN score END) AS wholeScore, max(CASE WHEN whole THEN null ELSE score END) AS prefixScore
WITH a, coalesce(wholeScore, -1.0 / (1.0 + prefixScore)) AS score
