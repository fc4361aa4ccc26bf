// Facets of an actor list without a search text (searches count theirs in search-actors): every actor
// matching the filters, counted by kind, theme and territory (see shared/facets).
// Params: the filters of list-actors, $facetLimit. Returns: facets
WITH datetime($asOf) AS at
MATCH (a:Actor)
// @include actor/actor-filters
WITH collect(a) AS matched
WITH matched, datetime($asOf) AS at
// @include shared/facets
RETURN facets
