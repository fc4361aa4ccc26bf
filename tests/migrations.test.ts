// Migrations are numbered, idempotent and recorded: applying them again changes nothing.
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../api/database.js';
import { migrationFiles } from '../api/db/cypher.js';
import { Db } from '../api/db/driver.js';
import { allMigrations, migrate } from '../api/db/migrate.js';
import { buildActor } from './factories/actors.js';
import { uid, useTestApi } from './helpers/api.js';
import { testConfig, testConfigWith, testDb, testDriver } from './helpers/db.js';

const api = useTestApi();

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
    expect(report.skipped).toEqual(allMigrations().map((f) => f.name));
    const recorded = await testDb().query<{ name: string }>('migration/list-migrations');
    expect(recorded.map((r) => r.name)).toEqual(expect.arrayContaining(allMigrations().map((f) => f.name)));
  });

  it('are applied by one process when two start together; the other waits and applies none', async () => {
    // The last Cypher migration looks unapplied (its statements use IF NOT EXISTS, so applying it again is harmless).
    const name = migrationFiles().at(-1)!.name;
    await testDb().write((tx) => tx.runText('MATCH (m:Migration {name: $name}) DELETE m', { name }));
    // Two drivers, as two processes have.
    const other = Db.connect({ ...testConfig().neo4j, uri: testConfig().neo4j.uri! });
    try {
      const lines: string[] = [];
      const reports = await Promise.all([migrate(testDb(), (l) => lines.push(`a: ${l}`)), migrate(other, (l) => lines.push(`b: ${l}`))]);
      expect(reports.flatMap((r) => r.applied)).toEqual([name]);
      expect(lines.filter((l) => l.includes('applied'))).toHaveLength(1);
      expect(lines.some((l) => l.includes('waiting'))).toBe(true);
    } finally {
      await other.close();
    }
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
    expect(indexes).toEqual(expect.arrayContaining(['place_location:POINT', 'entity_text:FULLTEXT', 'entity_prefix:FULLTEXT', 'action_starts_at:RANGE']));
    const [fulltext] = await testDb().read((tx) =>
      tx.runText<{ analyzer: string }>("SHOW INDEXES YIELD name, options WHERE name = 'entity_text' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer"),
    );
    expect(fulltext!.analyzer).toBe('french');
  });

  it('rebuild a search text written wrong, as updates wrote it before, and leave the right ones alone', async () => {
    const token = `zqx${uid()}`;
    const db = testDb();
    const fete = await buildActor(api, { name: `Fête ${token}`, description: 'Un comité très animé' });
    const space = await buildActor(api);
    const article = (
      await api.ok<{ createArticle: { item: { id: string } } }>(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`, {
        input: { spaceId: space.id, title: `Été ${token}`, body: "L'été au Plateau" },
      })
    ).createArticle.item.id;
    // What update-entity.cypher wrote before: the fields joined, neither lowercased nor folded.
    await db.write((tx) =>
      tx.runText(
        `MATCH (n:Entity {id: $id}) SET n.searchText = trim(n.name + ' ' + n.description)
         WITH n MATCH (c:Content {id: $article}) SET c.searchText = c.title + ' ' + c.body`,
        { id: fete.id, article },
      ),
    );
    const actors = async (text: string) =>
      (await api.ok<{ actors: { nodes: { id: string }[] } }>(`query($text: String) { actors(filter: { text: $text }) { nodes { id } } }`, { text })).actors.nodes.map((n) => n.id);
    const articles = async (text: string) =>
      (await api.ok<{ content: { nodes: { id: string }[] } }>(`query($text: String) { content(kind: ARTICLE, filter: { text: $text }) { nodes { id } } }`, { text })).content.nodes.map((n) => n.id);
    expect(await actors(`fete ${token}`)).toEqual([]);
    expect(await articles(`ete ${token} plateau`)).toEqual([]);

    // As on a store migrated before 010: forget that it ran, and migrate.
    await db.write((tx) => tx.runText(`MATCH (m:Migration {name: '010-rebuild-search-text'}) DELETE m`));
    const lines: string[] = [];
    const report = await migrate(db, (l) => lines.push(l));
    expect(report.applied).toEqual(['010-rebuild-search-text']);
    expect(lines.join('\n')).toMatch(/search text: \d+ of \d+ entities rebuilt/);
    expect(await actors(`fete ${token}`)).toEqual([fete.id]);
    expect(await actors(`${token} comite tres`)).toEqual([fete.id]);
    expect(await articles(`ete ${token} plateau`)).toEqual([article]);

    // Run again, it finds nothing left to write.
    await db.write((tx) => tx.runText(`MATCH (m:Migration {name: '010-rebuild-search-text'}) DELETE m`));
    const again: string[] = [];
    await migrate(db, (l) => again.push(l));
    expect(again.filter((l) => l.startsWith('search text:'))).toEqual([expect.stringMatching(/^search text: 0 of \d+ entities/), expect.stringMatching(/^search text: 0 of \d+ content items/)]);
  });
});

/** Resolves once some transaction touching migrations waits on a lock (SHOW TRANSACTIONS says "Blocked by"). */
async function blockedOnMigrations(driver: Driver): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery, status WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS 'Migration' RETURN count(*) AS n",
    );
    if (Number(records[0]!.get('n')) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('migrations on a slow database', () => {
  it('run under their own timeout, so a server with NEO4J_QUERY_TIMEOUT_MS=2000 still migrates when a statement waits longer', async () => {
    const name = migrationFiles()[0]!.name;
    const driver = testDriver();
    try {
      // The first migration looks unapplied, and another transaction holds the lock its record needs,
      // for longer than the query timeout: the migration must wait for it rather than fail.
      await driver.executeQuery('MATCH (m:Migration {name: $name}) DELETE m', { name });
      const session = driver.session();
      const lock = session.beginTransaction();
      await lock.run('MERGE (m:Migration {name: $name})', { name });
      const config = testConfigWith({ NEO4J_QUERY_TIMEOUT_MS: '2000' });
      const opening = openDatabase(config, () => {});
      opening.catch(() => {});
      try {
        await blockedOnMigrations(driver);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      } finally {
        await lock.rollback();
        await session.close();
      }
      const database = await opening;
      await database.close();
      const recorded = await testDb().query<{ name: string }>('migration/list-migrations');
      expect(recorded.map((r) => r.name)).toContain(name);
    } finally {
      await driver.executeQuery('MERGE (m:Migration {name: $name}) ON CREATE SET m.appliedAt = datetime()', { name });
      await driver.close();
    }
  }, 120_000);
});
