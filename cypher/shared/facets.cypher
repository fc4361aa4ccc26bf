// Fragment: facet counts over `matched` (every actor or action of a list, all pages) at instant `at`,
// when $facetLimit is given (null: not asked for, nothing is read). Every item in `matched` is already
// visible to the reader; themes, places and territories have no visibility of their own.
// - kinds: every kind with at least one item, so the counts add up to the total;
// - themes: each current TAGGED theme and every broader one (current BROADER links), an item counted
//   once per theme, as the `themeIds` filter matches; the $facetLimit most frequent, then by id;
// - territories: the communes of the current places (Place -WITHIN-> commune, undated like the
//   `territoryIds` filter), an item counted once per commune; the $facetLimit most frequent, then by id.
// Leaves: facets ({kinds: [{kind, count}], themes: [{theme, count}], territories: [{territory, count}]}, or null).
CALL (matched) {
  UNWIND CASE WHEN $facetLimit IS NULL THEN [] ELSE matched END AS a
  WITH a.kind AS kind, count(*) AS n ORDER BY n DESC, kind
  RETURN collect({kind: kind, count: n}) AS kinds
}
CALL (matched, at) {
  UNWIND CASE WHEN $facetLimit IS NULL THEN [] ELSE matched END AS a
  MATCH (a)-[r:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= at) AND (b.until IS NULL OR b.until > at)){0,10} (t:Theme)
  WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  WITH t, count(DISTINCT a) AS n ORDER BY n DESC, t.id LIMIT toInteger(coalesce($facetLimit, 0))
  RETURN collect({theme: t {.*, __typename: 'Theme'}, count: n}) AS themes
}
CALL (matched, at) {
  UNWIND CASE WHEN $facetLimit IS NULL THEN [] ELSE matched END AS a
  MATCH (a)-[r:LOCATED_AT]->(:Place)-[:WITHIN]->(t:Territory {level: 'COMMUNE'})
  WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  WITH t, count(DISTINCT a) AS n ORDER BY n DESC, t.id LIMIT toInteger(coalesce($facetLimit, 0))
  RETURN collect({territory: t {.*, __typename: 'Territory'}, count: n}) AS territories
}
WITH *, CASE WHEN $facetLimit IS NULL THEN null ELSE {kinds: kinds, themes: themes, territories: territories} END AS facets
