// Migrations are numbered, idempotent and recorded: applying them again changes nothing.
import { describe, expect, it } from 'vitest';
import { migrationFiles } from '../api/db/cypher.js';
import { migrate } from '../api/db/migrate.js';
import { testDb } from './helpers/db.js';

interface SchemaRow {
  name: string;
  type: string;
}

async function schema(): Promise<{ constraints: string[]; indexes: string[] }> {
  const db = testDb();
  const constraints = await db.read((tx) => tx.runText<SchemaRow>('SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name'));
  const indexes = await db.read((tx) => tx.runText<SchemaRow>('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name'));
  return { constraints: constraints.map((c) => `${c.name}:${c.type}`), indexes: indexes.map((i) => `${i.name}:${i.type}`) };
}

describe('migrations', () => {
  it('are recorded in the graph, so a second run applies nothing', async () => {
    const report = await migrate(testDb());
    expect(report.applied).toEqual([]);
    expect(report.skipped).toEqual(migrationFiles().map((f) => f.name));
    const recorded = await testDb().query<{ name: string }>('migration/list-migrations');
    expect(recorded.map((r) => r.name)).toEqual(expect.arrayContaining(migrationFiles().map((f) => f.name)));
  });

  it('change nothing when every statement runs again', async () => {
    const before = await schema();
    for (const file of migrationFiles()) {
      // Data migrations (006) rewrite values to the same result; schema ones use IF NOT EXISTS.
      for (const statement of file.statements) await testDb().write((tx) => tx.runText(statement));
    }
    expect(await schema()).toEqual(before);
  });

  it('create the uniqueness constraints, the point index and the French full-text index', async () => {
    const { constraints, indexes } = await schema();
    expect(constraints).toEqual(expect.arrayContaining(['entity_id:UNIQUENESS', 'actor_slug:UNIQUENESS', 'person_email:UNIQUENESS', 'content_id:UNIQUENESS']));
    expect(indexes).toEqual(expect.arrayContaining(['place_location:POINT', 'entity_text:FULLTEXT', 'action_starts_at:RANGE']));
    const [fulltext] = await testDb().read((tx) =>
      tx.runText<{ analyzer: string }>("SHOW INDEXES YIELD name, options WHERE name = 'entity_text' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer"),
    );
    expect(fulltext!.analyzer).toBe('french');
  });
});
