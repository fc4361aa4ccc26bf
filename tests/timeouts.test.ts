// A request that runs out of time answers one clear error of its own code, TIMEOUT with HTTP 504,
// whether its whole deadline (REQUEST_TIMEOUT_MS) passed or one transaction its query timeout
// (NEO4J_QUERY_TIMEOUT_MS), and what it was writing is not applied. The slowness is made, not hoped
// for: the test holds a write lock on the actor the request updates, so the request must wait.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../api/db/driver.js';
import { startServer, type RunningServer } from '../api/server.js';
import { buildActor } from './factories/actors.js';
import { adminSession } from './factories/people.js';
import { useTestApi } from './helpers/api.js';
import { testConfigWith, testDb, testDriver } from './helpers/db.js';

const api = useTestApi();

const UPDATE = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id description } } }`;

function configWith(env: Record<string, string>) {
  return testConfigWith(env);
}

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

/**
 * Holds a write lock on the entity until `release` (or 8 s at most, so a request that waits for it
 * forever fails the test by succeeding late rather than hanging it).
 */
async function lockEntity(driver: Driver, id: string): Promise<{ release(): Promise<void> }> {
  const session = driver.session();
  const tx = session.beginTransaction();
  await tx.run('MATCH (e:Entity {id: $id}) SET e.lockedByTest = true RETURN e.id', { id });
  let released: Promise<void> | undefined;
  const release = () =>
    (released ??= (async () => {
      await tx.rollback().catch(() => {});
      await session.close();
    })());
  setTimeout(() => void release(), 8_000).unref();
  return { release };
}

function expectTimeout(answer: Answer): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(504);
  expect(answer.body.data ?? undefined).toBeUndefined();
  expect(answer.body.errors).toEqual([
    { message: 'The request took too long and was stopped. Narrow the filters, ask for smaller lists, or try again later.', extensions: { code: 'TIMEOUT' } },
  ]);
}

describe('time limits', () => {
  let driver: Driver;
  const servers: RunningServer[] = [];
  const dbs: Db[] = [];
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(dbs.map((d) => d.close()));
    await driver.close();
  });

  it('stops a request at its deadline and answers TIMEOUT (HTTP 504), with nothing written', async () => {
    const config = configWith({ REQUEST_TIMEOUT_MS: '1500' });
    const server = await startServer(config, testDb());
    servers.push(server);
    const admin = await adminSession(testDb());
    const actor = await buildActor(api, { description: 'avant' });

    const lock = await lockEntity(driver, actor.id);
    let answer: Answer;
    try {
      answer = await post(server.url, admin.cookie, UPDATE, { input: { id: actor.id, description: 'après' } });
    } finally {
      await lock.release();
    }
    expectTimeout(answer);
    const after = await api.ok<{ actor: { description: string } }>(`query($id: ID!) { actor(id: $id) { description } }`, { id: actor.id });
    expect(after.actor.description).toBe('avant');
  });

  it('answers TIMEOUT, not INTERNAL_SERVER_ERROR, when one transaction passes the query timeout', async () => {
    const config = configWith({ NEO4J_QUERY_TIMEOUT_MS: '500' });
    const db = Db.connect({ ...config.neo4j, uri: config.neo4j.uri! });
    dbs.push(db);
    const server = await startServer(config, db);
    servers.push(server);
    const admin = await adminSession(testDb());
    const actor = await buildActor(api, { description: 'avant' });

    const lock = await lockEntity(driver, actor.id);
    let answer: Answer;
    try {
      answer = await post(server.url, admin.cookie, UPDATE, { input: { id: actor.id, description: 'après' } });
    } finally {
      await lock.release();
    }
    expectTimeout(answer);
    const after = await api.ok<{ actor: { description: string } }>(`query($id: ID!) { actor(id: $id) { description } }`, { id: actor.id });
    expect(after.actor.description).toBe('avant');
  });
});
