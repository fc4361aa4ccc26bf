// Content items: unique ids, newest-first listings per kind, the space they are posted in.
CREATE CONSTRAINT content_id IF NOT EXISTS FOR (n:Content) REQUIRE n.id IS UNIQUE;
CREATE INDEX content_kind_sort IF NOT EXISTS FOR (n:Content) ON (n.kind, n.sortAt);
CREATE INDEX content_space IF NOT EXISTS FOR (n:Content) ON (n.spaceId);
