// Full-text index of the search words as typed, for searching as one types: the last word of a search
// is matched as the beginning of a word here (api/shared/list.ts fullTextQuery). entity_text's French
// analyzer stems what it indexes ("epicerie" → "epic"), so a prefix ("epiceri") cannot be matched
// there. No stemming, no stop words; `searchText` is already folded and cut into words by the API.
// Neo4j allows one index per label set and property: this one is on :Entity, which every node of
// entity_text also carries.
CREATE FULLTEXT INDEX entity_prefix IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
