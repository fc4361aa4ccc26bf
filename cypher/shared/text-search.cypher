// Fragment: the nodes matching the search $text ({words, prefix, indexes}, api/shared/list.ts fullTextQuery),
// each once, as `a` with its `score`. `words` queries the French index (entity_text or content_text:
// every word whole, stemmed); `prefix` the unstemmed one (entity_prefix or content_prefix: the words as
// typed, the last one as the beginning of a word). The index names come from a closed list (TEXT_INDEXES).
// Whole-word matches rank first, by their French score; matches of the prefix only come after them, by their prefix score, mapped below zero (-1 / (1 + score)) so one number orders both.
CALL () {
  UNWIND CASE WHEN $text.words IS NULL THEN [] ELSE [$text.words] END AS query
  CALL db.index.fulltext.queryNodes($text.indexes.words, query) YIELD node, score
  RETURN node, score, true AS whole
  UNION ALL
  UNWIND CASE WHEN $text.prefix IS NULL THEN [] ELSE [$text.prefix] END AS query
  CALL db.index.fulltext.queryNodes($text.indexes.prefix, query) YIELD node, score
  RETURN node, score, false AS whole
}
WITH node AS a, max(CASE WHEN whole THEN score END) AS wholeScore, max(CASE WHEN whole THEN null ELSE score END) AS prefixScore
WITH a, coalesce(wholeScore, -1.0 / (1.0 + prefixScore)) AS score
