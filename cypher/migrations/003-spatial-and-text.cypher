// Point index for map bounding boxes; full-text index with Lucene's French analyzer
// (elision, stop words, light stemming, accent folding: "theatre" finds "Théâtre") over a
// `searchText` property the API fills with the fields worth searching (name, description, address).
CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Actor|Action|Place|Theme|Partnership) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'french', `fulltext.eventually_consistent`: false}};
