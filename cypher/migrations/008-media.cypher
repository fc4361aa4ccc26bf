// Media files are looked up by content hash on every download.
CREATE INDEX media_sha256 IF NOT EXISTS FOR (n:Media) ON (n.sha256);
