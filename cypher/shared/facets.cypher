// Fragment: facet counts over `matched` (every actor or action of a list, all pages) at instant `at`,
// when $facetLimit is given (null: not asked for, nothing is read). Every item in `matched` is already
// visible to the reader; themes, places and territories have no visibility of their own.
// - kinds: every kind with at least one item, so the counts add up to the total;
// - themes: each current TAGGED theme and every broader one (current BROADER links), an item counted
//   once per theme, as the `themeIds` filter matches; the $facetLimit most frequent, then by id;
// - territories: the communes of the current places (Place -WITHIN-> commune, undated like the
//   `territoryIds` filter), an item counted once per commune; the $facetLimit most frequent, then by id.
// - accessibility: each need (AccessibilityNeed, in the enum's order), the items at a current place that
//   meets it and every need of $accessibility (place/accessible-place): the total the list would have
//   with that need added to `filter.accessibility`.
// Leaves: facets ({kinds: [{kind, count}], themes: [{theme, count}], territories: [{territory, count}],
//   accessibility: [{need, count}]}, or null).
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
CALL (matched, at) {
  UNWIND CASE WHEN $facetLimit IS NULL THEN [] ELSE ['WHEELCHAIR', 'HEARING', 'SIGHT', 'MENTAL'] END AS added
  CALL (matched, at, added) {
    UNWIND matched AS a
    WITH a WHERE EXISTS {
      MATCH (a)-[r:LOCATED_AT]->(p:Place)
      WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
        AND all(need IN coalesce($accessibility, []) + added WHERE
          // @include place/meets-need
        )
    }
    RETURN count(a) AS n
  }
  RETURN collect({need: added, count: n}) AS accessibility
}
WITH *, CASE WHEN $facetLimit IS NULL THEN null ELSE {kinds: kinds, themes: themes, territories: territories, accessibility: accessibility} END AS facets
