// Uniqueness constraints on every id and slug. IF NOT EXISTS makes each statement idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_slug IF NOT EXISTS FOR (n:Actor) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT action_slug IF NOT EXISTS FOR (n:Action) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT place_slug IF NOT EXISTS FOR (n:Place) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT theme_slug IF NOT EXISTS FOR (n:Theme) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT territory_slug IF NOT EXISTS FOR (n:Territory) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT partnership_slug IF NOT EXISTS FOR (n:Partnership) REQUIRE n.slug IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT counter_name IF NOT EXISTS FOR (n:Counter) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT migration_name IF NOT EXISTS FOR (n:Migration) REQUIRE n.name IS UNIQUE;
