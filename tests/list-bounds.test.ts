// Every list of the schema has a bound the cost limit reads, so no small query can fan out into
// megabytes: the walk below starts from introspection, so a new list field without a bound fails it.
// The outside audit's query (`places → territories → children → children → children`, 100 bytes,
// 6.6 MB in 12 s) is refused before anything runs.
import { buildSchema, getIntrospectionQuery, type IntrospectionQuery, type IntrospectionTypeRef } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../api/config.js';
import { MAX_COST } from '../api/security/limits.js';
import { LIST_BOUNDS, listBoundProblems } from '../api/security/list-bounds.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { uid, useTestApi } from './helpers/api.js';

const api = useTestApi();

interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function anonymous(query: string, variables?: Record<string, unknown>): Promise<Reply> {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as Reply['body'] };
}

const COST_REFUSAL = new RegExp(`^Query cost \\d+ exceeds the limit of ${MAX_COST}\\.$`);

function expectCostRefusal(reply: Reply): void {
  expect(reply.status, JSON.stringify(reply.body)).toBe(400);
  expect(reply.body.data ?? undefined).toBeUndefined();
  expect(reply.body.errors).toHaveLength(1);
  expect(reply.body.errors![0]!.message).toMatch(COST_REFUSAL);
  expect(reply.body.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
}

/** LIST, through any NON_NULL wrapping. */
function isList(ref: IntrospectionTypeRef): boolean {
  if (ref.kind === 'NON_NULL') return isList(ref.ofType);
  return ref.kind === 'LIST';
}

describe('every list field of the schema', () => {
  it('has a bound: its own `first` with the default the table states, its connection’s page, a closed enum, or one the model fixes', async () => {
    const reply = await anonymous(getIntrospectionQuery());
    const schema = (reply.body.data as unknown as IntrospectionQuery).__schema;
    const lists: string[] = [];
    const unbounded: string[] = [];
    for (const type of schema.types) {
      if (type.name.startsWith('__') || (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE')) continue;
      for (const field of type.fields) {
        if (!isList(field.type)) continue;
        const name = `${type.name}.${field.name}`;
        lists.push(name);
        const bound = LIST_BOUNDS[name];
        if (!bound) {
          unbounded.push(name);
          continue;
        }
        if (bound.by === 'first') {
          const first = field.args.find((a) => a.name === 'first');
          expect(first?.type, `${name} takes first: Int`).toEqual({ kind: 'SCALAR', name: 'Int', ofType: null });
          expect(first?.defaultValue, `${name}'s default first`).toBe(String(bound.default));
          expect(first?.description, `${name}'s first is described`).toBeTruthy();
        }
        if (bound.by === 'parent') expect(type.name, `${name}: only a connection, facets or a search group take their size from the enclosing field`).toMatch(/(Connection|Facets|^SearchGroup)$/);
      }
    }
    expect(unbounded, 'list fields without a bound in api/security/list-bounds.ts').toEqual([]);
    expect(lists.length).toBeGreaterThan(50);
  });

  it('keeps the server from starting when a list field has no bound', () => {
    const schema = buildSchema(`${readFileSync(join(ROOT_DIR, 'schema.graphql'), 'utf8')}\nextend type Territory { neighbours: [Territory!]! }`);
    expect(listBoundProblems(schema)).toEqual([expect.stringMatching(/^Territory\.neighbours is a list without a bound/)]);
    expect(listBoundProblems(buildSchema(readFileSync(join(ROOT_DIR, 'schema.graphql'), 'utf8')))).toEqual([]);
  });
});

describe('the cost limit', () => {
  it("refuses the audit's 100-byte query before running it", async () => {
    const attack = '{places(first:20){nodes{territories{children{children{children{id name parents{id name}}}}}}}}';
    expect(attack.length).toBeLessThanOrEqual(100);
    expectCostRefusal(await anonymous(attack));
  });

  it('refuses a 2 kB variant that spreads the same fan-out over aliases and fragments', async () => {
    const fragment = 'fragment T on Territory { id name postalCodes parents { id name children { id name } } children { id name children { id name parents { id } } } }';
    const roots = Array.from({ length: 25 }, (_, i) => `p${i}: places(first: 100) { nodes { id name territories { ...T } } }`).join(' ');
    const query = `{ ${roots} } ${fragment}`;
    expect(query.length).toBeGreaterThan(1500);
    expectCostRefusal(await anonymous(query));
  });

  it('counts a `first` passed as a variable as it counts a literal one', async () => {
    const query = 'query($n: Int) { actors(first: $n) { nodes { children(first: $n) { actor { children(first: $n) { actor { id } } } } } } }';
    expectCostRefusal(await anonymous(query, { n: 100 }));
    const small = await anonymous(query, { n: 2 });
    expect(small.body.errors).toBeUndefined();
    expect(small.status).toBe(200);
  });

  it('counts a list without `first` at its default, so nesting three of them is refused but asking for fewer is served', async () => {
    expectCostRefusal(await anonymous('{ territories(first: 50) { nodes { children { children { children { id } } } } } }'));
    const bounded = await anonymous('{ places(first: 20) { nodes { territories(first: 5) { children(first: 10) { id name } } } } }');
    expect(bounded.body.errors).toBeUndefined();
  });
});

describe('a list with `first`', () => {
  it('returns at most `first` items, in its order, and 20 when not told', async () => {
    const parent = await buildActor(api);
    const prefix = `Enfant ${uid()}`;
    for (let i = 0; i < 23; i++) await buildActor(api, { name: `${prefix} ${String(i).padStart(2, '0')}`, parents: [parent] });
    const read = (first?: number) =>
      api.ok<{ actor: { children: { actor: { name: string } }[] } }>(`query($id: ID!, $first: Int) { actor(id: $id) { children(first: $first) { actor { name } } } }`, {
        id: parent.id,
        first,
      });
    const names = (r: Awaited<ReturnType<typeof read>>) => r.actor.children.map((c) => c.actor.name);
    expect(names(await read(3))).toEqual([0, 1, 2].map((i) => `${prefix} ${String(i).padStart(2, '0')}`));
    expect(names(await read())).toHaveLength(20);
    expect(names(await read(100))).toHaveLength(23);
    expect(names(await read(0))).toEqual([]);
  });

  it('refuses a `first` over its maximum, naming the argument', async () => {
    const action = await buildAction(api);
    for (const query of [
      `query($id: ID!) { action(id: $id) { themes(first: 101) { theme { id } } } }`,
      `query($id: ID!) { action(id: $id) { places(first: -1) { place { id } } } }`,
      `query($id: ID!) { action(id: $id) { occurrences(from: "2026-01-01", to: "2026-02-01", first: 5001) { startsAt } } }`,
    ]) {
      const res = await api.gql(query, { id: action.id });
      expect(res.errors?.[0]?.extensions, query).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(res.errors?.[0]?.message).toMatch(/^first must be between 0 and \d+\.$/);
    }
  });
});
