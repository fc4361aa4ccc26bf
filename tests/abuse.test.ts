// Hostile requests are refused quickly, with a code and a message naming the limit, and the API
// keeps serving everyone else meanwhile. Durations are printed, never asserted.
import { gzipSync } from 'node:zlib';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../api/config.js';
import { MAX_ALIASES, MAX_BODY_LABEL, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../api/security/limits.js';
import { startServer, type RunningServer } from '../api/server.js';
import { useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';
import { testEnv } from './helpers/env.js';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface Reply {
  status: number;
  body: Body;
  ms: number;
}

interface Raw {
  method?: 'GET' | 'POST';
  /** For GET: the query, sent in the URL. For POST: the raw body (JSON unless a content-type says otherwise). */
  query?: string;
  body?: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}

/** Sends a request exactly as given and times it, up to the parsed JSON reply. */
async function send(baseUrl: string, { method = 'POST', query, body, headers }: Raw): Promise<Reply> {
  const url = method === 'GET' ? `${baseUrl}/graphql?query=${encodeURIComponent(query ?? '')}` : `${baseUrl}/graphql`;
  const started = performance.now();
  const init = method === 'GET' ? { headers } : { method, headers: { 'content-type': 'application/json', ...headers }, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) };
  const res = await fetch(url, init as RequestInit);
  const text = await res.text();
  const ms = performance.now() - started;
  let parsed: Body;
  try {
    parsed = JSON.parse(text) as Body;
  } catch {
    throw new Error(`Expected a JSON reply, got HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  return { status: res.status, body: parsed, ms };
}

const post = (baseUrl: string, payload: unknown, headers?: Record<string, string>) => send(baseUrl, { body: JSON.stringify(payload), headers });

/** actor(slug) { parents(first: 1) { actor { … } } } nested `pairs` times: depth 2 + 2 × pairs (one parent each, so the cost stays low). */
function nestedActorQuery(pairs: number): string {
  return `{ actor(slug: "nobody") { ${'parents(first: 1) { actor { '.repeat(pairs)}id${' } }'.repeat(pairs)} } }`;
}

/** actors { nodes { parents { actor { … } } } }: depth 3 + 2 × pairs. */
function nestedListQuery(pairs: number, first = 1): string {
  return `{ actors(first: ${first}) { nodes { ${'parents { actor { '.repeat(pairs)}id${' } }'.repeat(pairs)} } } }`;
}

const aliasQuery = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: actor(slug: "nobody-${i}") { id }`).join(' ')} }`;

/** Each hostile request, what it sends, and the refusal it must get. */
interface Hostile {
  name: string;
  request: Raw;
  status: number;
  code: string;
  message: string | RegExp;
}

const HOSTILE: Hostile[] = [
  {
    name: 'a 21-level deep query',
    request: { body: JSON.stringify({ query: nestedListQuery(9) }) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Query depth 21 exceeds the limit of ${MAX_DEPTH}.`,
  },
  {
    // Aliases of a scalar field (3 tokens each), so the token limit is not what refuses it.
    name: '500 aliases',
    request: { body: JSON.stringify({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: exportMyData`).join(' ')} }` }) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Query alias count 500 exceeds the limit of ${MAX_ALIASES}.`,
  },
  {
    name: 'too many directives',
    request: { body: JSON.stringify({ query: `{ ${'__typename @include(if: true) '.repeat(60)}}` }) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Query directive count 60 exceeds the limit of ${MAX_DIRECTIVES}.`,
  },
  {
    name: 'a costly query (100 actors, two generations of parents each)',
    request: { body: JSON.stringify({ query: nestedListQuery(2, 100) }) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`^Query cost \\d+ exceeds the limit of ${MAX_COST}\\.$`),
  },
  {
    // `{`, 6,000 names, `}`.
    name: '6,002 tokens',
    request: { body: JSON.stringify({ query: `{ ${'__typename '.repeat(6000)}}` }) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Query token count exceeds the limit of ${MAX_TOKENS}.`,
  },
  {
    // One-character tokens ("!"), so the URL stays under Node's 16 kB header limit.
    name: '5,102 tokens over GET',
    request: { method: 'GET', query: `{${'!'.repeat(5100)}}`, headers: { 'apollo-require-preflight': 'true' } },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Query token count exceeds the limit of ${MAX_TOKENS}.`,
  },
  {
    name: 'a 2 MB body',
    request: { body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }) },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${MAX_BODY_LABEL}.`,
  },
  {
    // No Content-Length (chunked): the parser cuts the body at the limit instead.
    name: 'a 2 MB body sent without a length',
    request: {
      get body() {
        const bytes = new TextEncoder().encode(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
        return new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
            controller.close();
          },
        });
      },
    },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${MAX_BODY_LABEL}.`,
  },
  {
    // 2 MB of JSON gzipped to a few kB: the limit applies to the inflated body.
    name: 'a gzipped body inflating to 2 MB',
    request: {
      body: new Uint8Array(gzipSync(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }))),
      headers: { 'content-encoding': 'gzip' },
    },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${MAX_BODY_LABEL}.`,
  },
  {
    name: 'malformed JSON',
    request: { body: '{"query": "{ __typename }"' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^The request body is not valid JSON \(.+\)\.$/,
  },
  {
    name: 'a batch of two operations',
    request: { body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Batched requests are not accepted: send one operation per request, as a JSON object rather than an array.',
  },
  {
    // A form or <img> on another site can send GET or text/plain without a preflight: refused.
    name: 'a cross-site POST (content-type: text/plain)',
    request: { body: JSON.stringify({ query: 'mutation { logOut }' }), headers: { 'content-type': 'text/plain' } },
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a cross-site GET',
    request: { method: 'GET', query: '{ __typename }' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  {
    name: 'a mutation over GET',
    request: { method: 'GET', query: 'mutation { logOut }', headers: { 'apollo-require-preflight': 'true' } },
    status: 405,
    code: 'BAD_REQUEST',
    message: 'GET requests only support query operations, not mutation operations',
  },
];

function expectRefused(reply: Reply, hostile: Hostile): void {
  expect(reply.status, hostile.name).toBe(hostile.status);
  expect(reply.body.data ?? undefined).toBeUndefined();
  const error = reply.body.errors?.find((e) =>
    typeof hostile.message === 'string' ? e.message === hostile.message : hostile.message.test(e.message),
  );
  expect(error, `${hostile.name}: ${JSON.stringify(reply.body.errors)}`).toBeDefined();
  expect(error?.extensions).toEqual({ code: hostile.code });
}

const NORMAL = 'query Normal { actors(first: 5) { totalCount nodes { id name } } themes(first: 5) { totalCount } }';

describe('limits on what one request may ask', () => {
  const api = useTestApi();

  async function expectServing(): Promise<number> {
    const started = performance.now();
    const data = await api.ok<{ actors: { totalCount: number } }>(NORMAL);
    expect(typeof data.actors.totalCount).toBe('number');
    return performance.now() - started;
  }

  /** Sends 20 normal queries at once; returns their sorted durations. */
  async function normalBurst(): Promise<number[]> {
    const served = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const started = performance.now();
        const reply = await post(api.url, { query: NORMAL });
        expect(reply.status).toBe(200);
        expect(reply.body.errors).toBeUndefined();
        return performance.now() - started;
      }),
    );
    return served.sort((a, b) => a - b);
  }

  const figures = (times: number[]) => `median ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms`;

  // The first query on a fresh database is slow (planning, caches); keep it out of the figures.
  beforeAll(async () => {
    console.log(`[abuse] warm-up: a first normal query took ${(await expectServing()).toFixed(1)} ms`);
  });

  for (const hostile of HOSTILE) {
    it(`refuses ${hostile.name}, naming the limit, and keeps serving`, async () => {
      const reply = await send(api.url, hostile.request);
      expectRefused(reply, hostile);
      const normalMs = await expectServing();
      console.log(`[abuse] ${hostile.name}: HTTP ${reply.status} in ${reply.ms.toFixed(1)} ms; a normal query next took ${normalMs.toFixed(1)} ms`);
    });
  }

  it('returns the exact GraphQL-shaped body for an oversized request', async () => {
    const reply = await post(api.url, { query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    expect(reply.status).toBe(413);
    expect(reply.body).toEqual({ errors: [{ message: 'The request body is larger than 256 kB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('accepts a query at the depth limit and one with as many aliases as allowed', async () => {
    const deep = await post(api.url, { query: nestedActorQuery((MAX_DEPTH - 2) / 2) });
    expect(deep.body.errors).toBeUndefined();
    expect(deep.body.data).toEqual({ actor: null });
    const aliased = await post(api.url, { query: aliasQuery(MAX_ALIASES) });
    expect(aliased.body.errors).toBeUndefined();
    expect(Object.keys(aliased.body.data ?? {})).toHaveLength(MAX_ALIASES);
    const tooMany = await post(api.url, { query: aliasQuery(MAX_ALIASES + 1) });
    expect(tooMany.body.errors?.map((e) => e.message)).toContain(`Query alias count ${MAX_ALIASES + 1} exceeds the limit of ${MAX_ALIASES}.`);
  });

  it('accepts a body just under the size limit', async () => {
    const reply = await post(api.url, { query: '{ __typename }', variables: { padding: 'x'.repeat(200 * 1024) } });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ __typename: 'Query' });
  });

  it('serves 20 normal queries while every hostile request is refused at the same time', async () => {
    const alone = await normalBurst();
    const started = performance.now();
    const [refused, alongside] = await Promise.all([
      Promise.all(HOSTILE.map(async (h) => ({ h, reply: await send(api.url, h.request) }))),
      normalBurst(),
    ]);
    const wall = performance.now() - started;
    for (const { h, reply } of refused) expectRefused(reply, h);
    expect(alongside).toHaveLength(20);
    console.log(
      `[abuse] 20 normal queries at once: alone ${figures(alone)}; ` +
        `alongside ${refused.length} hostile requests (all refused) ${figures(alongside)}, all done in ${wall.toFixed(1)} ms`,
    );
  });

  it('shows field suggestions while introspection is on (development and tests)', async () => {
    const reply = await post(api.url, { query: '{ actors(first: 1) { nodes { nme } } }' });
    expect(reply.body.errors?.[0].message).toBe('Cannot query field "nme" on type "Actor". Did you mean "name"?');
  });
});

describe('in production', () => {
  const db = testDb();
  const servers: RunningServer[] = [];
  let production: RunningServer;
  let withIntrospection: RunningServer;

  const productionConfig = (introspection?: string) =>
    loadConfig({
      ...testEnv(),
      NODE_ENV: 'production',
      NEO4J_URI: inject('neo4jUri'),
      PORT: '0',
      LOAD_DEMO: 'false',
      IMPORT_TERRITORIES: 'false',
      INTROSPECTION: introspection,
    });

  beforeAll(async () => {
    production = await startServer(productionConfig(), db);
    servers.push(production);
    withIntrospection = await startServer(productionConfig('true'), db);
    servers.push(withIntrospection);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('gives no "Did you mean" suggestion and no stack trace for an invalid field', async () => {
    const reply = await post(production.url, { query: '{ actors(first: 1) { nodes { nme } } }' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { message: 'Cannot query field "nme" on type "Actor".', locations: [{ line: 1, column: 30 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    const enumTypo = await post(production.url, { query: '{ actors(first: 1, sort: NAM) { totalCount } }' });
    expect(enumTypo.body.errors?.[0].message).toBe('Value "NAM" does not exist in "ActorSort" enum.');
    expect(enumTypo.body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('gives no stack trace for an error raised by a resolver', async () => {
    const reply = await post(production.url, { query: '{ actors(first: 1000) { totalCount } }' });
    expect(reply.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses introspection', async () => {
    const reply = await post(production.url, { query: getIntrospectionQuery() });
    expect(reply.status).toBe(400);
    expect(reply.body.data ?? undefined).toBeUndefined();
    expect(reply.body.errors?.[0].message).toMatch(/introspection is not allowed/);
    expect(reply.body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('allows introspection, and suggestions with it, when INTROSPECTION=true', async () => {
    const reply = await post(withIntrospection.url, { query: getIntrospectionQuery() });
    expect(reply.body.errors).toBeUndefined();
    expect((reply.body.data?.__schema as { queryType: { name: string } }).queryType.name).toBe('Query');
    const typo = await post(withIntrospection.url, { query: '{ actors(first: 1) { nodes { nme } } }' });
    expect(typo.body.errors?.[0].message).toMatch(/Did you mean "name"\?/);
  });

  it('still refuses deep queries with the limit named', async () => {
    const reply = await post(production.url, { query: nestedListQuery(9) });
    expect(reply.body.errors?.map((e) => e.message)).toContain(`Query depth 21 exceeds the limit of ${MAX_DEPTH}.`);
  });
});
