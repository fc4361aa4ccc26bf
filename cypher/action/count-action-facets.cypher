// Facets of a action list without a search text (searches count theirs in search-actions): every action
// matching the filters, counted by kind, theme and territory (see shared/facets).
// Params: the filters of list-actions-by-start, $facetLimit. Returns: facets
WITH datetime($asOf) AS at
MATCH (a:Action)
// @include action/action-filters
WITH collect(a) AS matched
WITH matched, datetime($asOf) AS at
// @include shared/facets
RETURN facets
