// Full-text indexes of content's search words, the twins of entity_text (003) and entity_prefix (009),
// so that one search box (Query.search) finds articles as forgivingly as actors: content_text with
// Lucene's French analyzer (whole words, stemmed, accents folded), content_prefix unstemmed for the last
// word typed as the beginning of a word. `searchText` is built by api/shared/slug.ts searchTextOf.
// Neo4j allows one full-text index per label set and property: content_text is on the kinds' labels
// (every content node carries one; a new kind of content needs a migration that adds its label),
// content_prefix on :Content, which every content node also carries.
CREATE FULLTEXT INDEX content_text IF NOT EXISTS FOR (n:Page|Article|Announcement|Media|Task|Idea|Message) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'french', `fulltext.eventually_consistent`: false}};
CREATE FULLTEXT INDEX content_prefix IF NOT EXISTS FOR (n:Content) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
