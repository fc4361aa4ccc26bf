// The one lock node of migrate (api/db/migrate.ts) is unique, so two processes starting at once cannot
// both create it. Run before every migration pass; applying it again changes nothing.
CREATE CONSTRAINT migration_lock_name IF NOT EXISTS FOR (n:MigrationLock) REQUIRE n.name IS UNIQUE
