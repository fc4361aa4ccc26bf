// Superseded: this migration once re-folded `searchText` in Cypher. The search text is now built in one
// place, api/shared/slug.ts searchTextOf, and migration 010-rebuild-search-text (api/db/code-migrations.ts)
// rebuilds it on every node. Kept, empty, so its name stays in the history of applied migrations.
