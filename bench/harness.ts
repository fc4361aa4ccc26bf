// Wiring shared by `npm run bench` and the test's tiny gate: the three arms over one Neo4j, the
// readers (anonymous and a member with a session), and the correctness gate.
import { isDeepStrictEqual } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { accessOf, PUBLIC_ACCESS } from '../api/auth/access.js';
import { openSession, SESSION_COOKIE } from '../api/auth/session.js';
import { loadConfig } from '../api/config.js';
import { createContext, ANONYMOUS } from '../api/context.js';
import { Db } from '../api/db/driver.js';
import { startServer, type RunningServer } from '../api/server.js';
import { createArmB } from './arms/neo4j-graphql.js';
import { startArmBHttp, type ArmBHttp } from './arms/neo4j-graphql-http.js';
import type { Graph } from './generate.js';
import { QUERIES, type QueryId } from './queries/index.js';
import type { ArmRuntime, Query, Reader } from './queries/types.js';

export const ARMS = ['A', 'B', 'C-http', 'C-inproc'] as const;
export type Arm = (typeof ARMS)[number];

export interface Harness {
  rt: ArmRuntime;
  /** Arm C's own Db (its round trips are counted there). */
  dbC: Db;
  driver: Driver;
  server: RunningServer;
  /** Arm B over HTTP (Apollo standalone, the library's defaults), for Q8. */
  bHttp: ArmBHttp;
  readers: Reader[];
  /** Arm C in process for one reader. */
  call(arm: Arm, q: Query<unknown>, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function createHarness(uri: string, graph: Graph): Promise<Harness> {
  const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 });
  const dbA = new Db(driver, 'neo4j', 60_000);
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', NEO4J_URI: uri, LOAD_DEMO: 'false', IMPORT_TERRITORIES: 'false' });
  const dbC = Db.connect({ ...config.neo4j, uri });
  const server = await startServer(config, dbC);
  const bDriver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 });
  const b = await createArmB(bDriver);
  const bHttp = await startArmBHttp(b.schema);

  // The member: the first generated person who manages an actor (so Q7 may write as them), with a
  // real session for HTTP.
  const actorIds = new Set(graph.actors.map((a) => a.id));
  const personId = graph.memberships.find((m) => m.role === 'MANAGER' && actorIds.has(m.spaceId))?.personId ?? graph.facts.memberIds[0]!;
  const managedSpaceIds = graph.memberships.filter((m) => m.personId === personId && m.role === 'MANAGER' && actorIds.has(m.spaceId)).map((m) => m.spaceId);
  const access = await accessOf(dbC, personId, false);
  const { token } = await dbC.write((tx) => openSession(tx, personId, '127.0.0.1'));
  const readers: Reader[] = [
    { kind: 'anonymous', access: PUBLIC_ACCESS, token: null, personId: null, managedSpaceIds: [] },
    { kind: 'member', access, token, personId, managedSpaceIds },
  ];
  const viewerOf = (r: Reader) => (r.kind === 'anonymous' ? ANONYMOUS : { personId, isAdmin: false, sessionId: null });

  let inProcess = false;
  const rt: ArmRuntime = {
    db: dbA,
    b,
    c: {
      async execute(source, variables, reader) {
        if (inProcess) {
          const response = await server.apollo.executeOperation({ query: source, variables }, { contextValue: createContext(dbC, viewerOf(reader), reader.access) });
          if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
          const { data, errors } = response.body.singleResult;
          return { data, errors, bytes: JSON.stringify(response.body.singleResult).length };
        }
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(reader.token ? { cookie: `${SESSION_COOKIE}=${reader.token}` } : {}) },
          body: JSON.stringify({ query: source, variables }),
        });
        const text = await res.text();
        const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
        return { data: body.data, errors: body.errors, bytes: text.length };
      },
    },
  };

  return {
    rt,
    dbC,
    driver,
    server,
    bHttp,
    readers,
    async call(arm, q, input) {
      if (arm === 'A') return q.a(rt, input);
      if (arm === 'B') return q.b(rt, input);
      inProcess = arm === 'C-inproc';
      try {
        return await q.c(rt, input);
      } finally {
        inProcess = false;
      }
    },
    async close() {
      await bHttp.close();
      await bDriver.close();
      await server.close();
      await dbC.close();
      await driver.close();
    },
  };
}

/** Inputs for a query, prepared (cursors) so the timed part is the query itself. */
export async function inputsFor(h: Harness, graph: Graph, id: QueryId, n: number): Promise<unknown[]> {
  const q = QUERIES[id]!;
  const inputs = q.inputs(graph, h.readers, n);
  if (q.prepare) for (const input of inputs) await q.prepare(h.rt, input);
  return inputs;
}

export class GateError extends Error {}

/** Every string in a normalised result (ids wherever they sit), to check nothing members-only reaches anonymous readers. */
function idsIn(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

/**
 * The correctness gate: every arm gives the same normalised data for every input, and anonymous
 * readers get nothing members-only. Throws GateError naming the query, input and arms on a disagreement.
 */
export async function runGate(
  h: Harness,
  graph: Graph,
  ids: QueryId[],
  n: number,
  log: (l: string) => void = () => {},
  armsOf: (id: QueryId) => readonly Arm[] = () => ARMS,
): Promise<void> {
  const membersOnly = new Set(
    [...graph.actors, ...graph.actions, ...graph.partnerships, ...graph.content].filter((e) => e.props.visibility === 'MEMBERS').map((e) => e.id),
  );
  for (const id of ids) {
    const q: Query<unknown> = QUERIES[id]!;
    const inputs = await inputsFor(h, graph, id, n);
    let nonEmpty = 0;
    for (const input of inputs) {
      const results = new Map<Arm, unknown>();
      const arms = armsOf(id).filter((a) => a !== 'B' || q.hasB !== false);
      for (const arm of arms) results.set(arm, await h.call(arm, q, input));
      const reference = results.get('A');
      for (const arm of arms) {
        if (!isDeepStrictEqual(results.get(arm), reference)) {
          throw new GateError(
            `${id}: arm ${arm} disagrees with arm A for input ${JSON.stringify({ ...(input as object), reader: (input as { reader: Reader }).reader.kind })}\n` +
              `  A: ${JSON.stringify(reference).slice(0, 400)}\n  ${arm}: ${JSON.stringify(results.get(arm)).slice(0, 400)}`,
          );
        }
      }
      if ((input as { reader: Reader }).reader.kind === 'anonymous') {
        const leaked = idsIn(reference).filter((x) => membersOnly.has(x));
        if (leaked.length > 0) throw new GateError(`${id}: members-only items reached an anonymous reader: ${leaked.slice(0, 3).join(', ')}`);
      }
      if (((reference as { total?: number }).total ?? 0) > 0) nonEmpty += 1;
    }
    if (nonEmpty === 0) throw new GateError(`${id}: every sampled input gave an empty answer; the gate would prove nothing.`);
    log(`  gate ${id}: ${inputs.length} inputs, ${armsOf(id).filter((a) => a !== 'B' || q.hasB !== false).length} arms agree (${nonEmpty} non-empty)`);
  }
}
