// The database going away under load: kill -9 of the Neo4j JVM. While it is down every request is
// answered at once with SERVICE_UNAVAILABLE (HTTP 503, Retry-After), the embedded Neo4j is restarted by
// its supervisor, the API serves again without a restart of its own, and every write it acknowledged
// is there, none half-written. With an external server (NEO4J_URI) the same driver reconnects once the
// server is back. Each scenario runs its own Neo4j in a temporary directory and its own API server.
// Durations are printed; the only timed assertion is the behaviour asked for: "fast" against the 31 s
// hang. How soon the API serves again is printed, not asserted: it is mostly the JVM's restart, which
// takes 10 s on an idle machine and over a minute on a loaded one; the test waits for it (up to a
// give-up bound) and asserts that it comes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, ROOT_DIR, type Config } from '../api/config.js';
import { openDatabase, type OpenDatabase } from '../api/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../api/db/embedded.js';
import { startServer, type RunningServer } from '../api/server.js';
import { buildAction } from './factories/actions.js';
import { adminSession } from './factories/people.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import { apiOn, uid } from './helpers/api.js';
import { testEnv } from './helpers/env.js';

/** "Fast" for an answer while the database is down: the bug was a 31 s hang. */
const FAST_MS = 2_000;
/** How long the test waits for the API to serve again before giving up (printed figures: 10–20 s). */
const RECOVERY_MS = 240_000;

function outageConfig(dataDir: string, uri?: string): Config {
  return loadConfig({
    ...testEnv(),
    NODE_ENV: 'test',
    NEO4J_URI: uri,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: '0',
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    PORT: '0',
    LOAD_DEMO: 'false',
    IMPORT_TERRITORIES: 'false',
    REQUEST_TIMEOUT_MS: '120000',
    // A restarted JVM plans every statement afresh: on a busy machine the first ones take seconds.
    NEO4J_QUERY_TIMEOUT_MS: '60000',
  });
}

interface Sent {
  status: number;
  ms: number;
  code?: string;
  retryAfter: string | null;
  id?: string;
}

async function send(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<Sent> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: { createAction?: { action: { id: string } } } | null; errors?: { extensions?: { code?: string } }[] };
  return {
    status: res.status,
    ms: performance.now() - started,
    code: body.errors?.[0]?.extensions?.code,
    retryAfter: res.headers.get('retry-after'),
    id: body.data?.createAction?.action.id,
  };
}

const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`;
const PING = `query { actors(first: 1) { totalCount } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling; returns the time it took, or throws after `limitMs`. */
async function until(check: () => Promise<boolean>, limitMs: number, what: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check().catch(() => false)) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`${what} did not happen within ${limitMs / 1000} s`);
    await sleep(200);
  }
}

function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

describe('the database going away', () => {
  const dirs: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error(e));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'convergences-outage-'));
    dirs.push(dir);
    return dir;
  };

  it('answers 503 at once while the embedded Neo4j is down, restarts it, and keeps every acknowledged write whole', async () => {
    const logs: string[] = [];
    const config = outageConfig(tempDir());
    const database: OpenDatabase = await openDatabase(config, (line) => logs.push(line));
    cleanups.push(() => database.close());
    const server: RunningServer = await startServer(config, database.db);
    cleanups.push(() => server.close());
    const admin = await adminSession(database.db);
    const api = apiOn(
      () => server,
      () => admin,
    );
    const prefix = `Panne ${uid()}`;
    // Each writer links its actions to its own festival, place and theme, so writers do not contend for locks.
    const ends = await Promise.all([0, 1, 2, 3].map(async () => ({ festival: await buildAction(api, { kind: 'FESTIVAL' }), place: await buildPlace(api), theme: await buildTheme(api) })));

    // A bounded load: four writers, one request at a time each, pausing after a refusal.
    const answers: (Sent & { at: number })[] = [];
    const acknowledged: { id: string; name: string }[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `${prefix} w${w} n${i}`;
        const { festival, place, theme } = ends[w]!;
        const sent = await send(server.url, admin.cookie, CREATE_ACTION, {
          input: { name, kind: 'WORKSHOP', parentIds: [festival.id], placeIds: [place.id], themeIds: [theme.id] },
        }).catch((error: unknown) => ({ status: 0, ms: 0, code: String(error), retryAfter: null, id: undefined }) as Sent);
        answers.push({ ...sent, at: performance.now() });
        if (sent.status === 200 && sent.id) acknowledged.push({ id: sent.id, name });
        else await sleep(100);
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));

    let down: Sent, health: Response, recoveryMs: number, killedAt: number, backAt: number;
    try {
      await until(async () => acknowledged.length >= 8, 60_000, 'eight acknowledged writes');
      const pid = database.embeddedPid()!;
      killedAt = performance.now();
      process.kill(pid, 'SIGKILL');
      await until(async () => isGone(pid), 10_000, 'the JVM exiting');

      // While it is down: the health check and a read say so at once.
      down = await send(server.url, admin.cookie, PING, {});
      health = await fetch(`${server.url}/healthz`);
      recoveryMs = await until(async () => (await fetch(`${server.url}/healthz`)).status === 200, RECOVERY_MS, 'recovery');
      backAt = performance.now();
      await until(async () => answers.some((a) => a.id !== undefined && a.at > backAt), 120_000, 'a write acknowledged after recovery');
    } catch (error) {
      console.log(`[outage] supervisor log:\n${logs.join('\n')}\nanswers: ${answers.map((a) => `${a.status} ${a.code ?? ''} ${a.ms.toFixed(0)} ms`).join('; ')}`);
      throw error;
    } finally {
      stop = true;
      await writers;
    }

    const refused = answers.filter((a) => a.status !== 200);
    // How long each refused request waited on a database that was gone: from its sending, or from the
    // kill for the writes already in flight then (those may have been slow for other reasons before).
    const waited = (a: Sent & { at: number }) => a.at - Math.max(a.at - a.ms, killedAt);
    const slowest = Math.max(...refused.map(waited), down.ms);
    console.log(
      `[outage] embedded: ${acknowledged.length} writes acknowledged, ${refused.length} refused with 503 (the longest wait on the dead database ${slowest.toFixed(0)} ms); ` +
        `healthy again ${(recoveryMs / 1000).toFixed(1)} s after the kill (${((backAt - killedAt) / 1000).toFixed(1)} s)`,
    );
    const slowestFive = [...refused].sort((a, b) => waited(b) - waited(a)).slice(0, 5);
    console.log(
      `[outage] longest refusals (wait after the kill, whole request, sent at relative to the kill): ` +
        slowestFive.map((a) => `${waited(a).toFixed(0)} ms, ${a.ms.toFixed(0)} ms, ${((a.at - a.ms - killedAt) / 1000).toFixed(2)} s`).join('; '),
    );
    console.log(`[outage] supervisor log:\n  ${logs.join('\n  ')}`);
    expect(down).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
    expect(health.status).toBe(503);
    expect(refused.length).toBeGreaterThan(0);
    for (const a of refused) expect(a, 'a refusal while the database is down').toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
    expect(slowest).toBeLessThan(FAST_MS);
    expect(logs.some((l) => l.startsWith('Embedded Neo4j exited unexpectedly'))).toBe(true);
    expect(logs.some((l) => /^Embedded Neo4j restarted at /.test(l))).toBe(true);

    // Every acknowledged write is there with all its links; whatever else was written is whole too.
    const rows = await database.db.read((tx) =>
      tx.runText<{ id: string; name: string; parents: number; places: number; themes: number; changes: number }>(
        `MATCH (a:Action) WHERE a.name STARTS WITH $prefix
         RETURN a.id AS id, a.name AS name,
           COUNT { (a)-[:PART_OF]->(:Action) } AS parents,
           COUNT { (a)-[:LOCATED_AT]->(:Place) } AS places,
           COUNT { (a)-[:TAGGED]->(:Theme) } AS themes,
           COUNT { (c:Change {entityId: a.id}) } AS changes`,
        { prefix },
      ),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of acknowledged) expect(byId.get(a.id), `acknowledged write ${a.name}`).toMatchObject({ name: a.name });
    for (const r of rows) expect(r, `${r.name} is whole`).toMatchObject({ parents: 1, places: 1, themes: 1, changes: 1 });
  }, 480_000);

  it('with an external server (NEO4J_URI), answers 503 at once while it is down and reconnects when it is back', async () => {
    const dataDir = tempDir();
    let neo: EmbeddedNeo4j = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir, port: 0, heap: '512m', pageCache: '64m' });
    cleanups.push(() => neo.stop());
    const config = outageConfig(dataDir, neo.uri);
    const database = await openDatabase(config, () => {});
    expect(database.embedded).toBe(false);
    cleanups.push(() => database.close());
    const server = await startServer(config, database.db);
    cleanups.push(() => server.close());
    const admin = await adminSession(database.db);
    const api = apiOn(
      () => server,
      () => admin,
    );
    const before = await buildAction(api);

    const pid = neo.pid;
    process.kill(pid, 'SIGKILL');
    await until(async () => isGone(pid), 10_000, 'the JVM exiting');
    const down = [];
    for (let i = 0; i < 5; i++) down.push(await send(server.url, admin.cookie, PING, {}));
    for (const d of down) expect(d).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
    const slowest = Math.max(...down.map((d) => d.ms));

    // The operator brings the server back on the same address; the API notices without a restart.
    const restartedAt = performance.now();
    neo = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir, port: neo.port, heap: '512m', pageCache: '64m' });
    const backMs = await until(async () => (await send(server.url, admin.cookie, PING, {})).status === 200, RECOVERY_MS, 'reconnection');
    console.log(
      `[outage] external: 5 requests while down answered 503 (slowest ${slowest.toFixed(0)} ms); serving again ${(backMs / 1000).toFixed(1)} s after the server was back ` +
        `(${((performance.now() - restartedAt) / 1000).toFixed(1)} s after its restart began)`,
    );
    expect(slowest).toBeLessThan(FAST_MS);
    const found = await api.ok<{ action: { id: string } | null }>(`query($id: ID!) { action(id: $id) { id } }`, { id: before.id });
    expect(found.action?.id).toBe(before.id);
    expect(await buildAction(api)).toMatchObject({ id: expect.any(String) });
  }, 480_000);
});
