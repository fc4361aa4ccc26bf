// Q7 (writes) of the benchmark: the three arms write what the database holds alike (the gate), arm A
// writes the same change records as the API, and a write without the right is refused by the API and by
// arm A's statement. Own tiny territory, prefix, corner of the map and century (the test Neo4j is shared).
import neo4j from 'neo4j-driver';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../api/db/driver.js';
import { generate, type Graph } from '../bench/generate.js';
import { createHarness, runGate, type Harness } from '../bench/harness.js';
import { loadGraph } from '../bench/load.js';
import { PUBLISH_ARTICLE_CYPHER, Q7, type WriteInput } from '../bench/queries/q7-writes.js';
import type { Reader } from '../bench/queries/types.js';

describe('benchmark Q7: writes', () => {
  const seed = randomInt(1, 2 ** 31);
  let graph: Graph;
  let harness: Harness;
  let db: Db;

  beforeAll(async () => {
    graph = generate({
      size: 'tiny',
      seed,
      prefix: `q7${seed.toString(36)}`,
      geoOffset: { longitude: 100 + (seed % 40), latitude: -60 },
      yearOffset: 400,
    });
    const uri = inject('neo4jUri');
    db = new Db(neo4j.driver(uri), 'neo4j', 120_000);
    await loadGraph(db, graph);
    harness = await createHarness(uri, graph);
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
    await db?.close();
  });

  const member = () => harness.readers.find((r) => r.kind === 'member')!;
  const anonymous = () => harness.readers.find((r) => r.kind === 'anonymous')!;

  it('has every arm write the same nodes, relationships and properties', async () => {
    await runGate(harness, graph, ['Q7'], 12);
  }, 300_000);

  it('has arm A write the change records the API writes', async () => {
    const [input] = Q7.inputs(graph, harness.readers, 1) as WriteInput[];
    expect(input!.kind).toBe('action');
    await Q7.prepare!(harness.rt, input!);
    await harness.call('A', Q7 as never, input);
    await harness.call('C-http', Q7 as never, input);
    const changes = await db.read((tx) =>
      tx.runText<{ name: string; ops: string[] }>(
        `MATCH (a:Action:Entity) WHERE a.name STARTS WITH $base
         MATCH (ch:Change)-[:ABOUT]->(a)
         WITH a, ch ORDER BY ch.op
         RETURN a.name AS name, collect(ch.op) AS ops`,
        { base: `${input!.name} ` },
      ),
    );
    const byArm = new Map(changes.map((c) => [c.name.replace(/^.* ([ABC])\d+$/, '$1'), c.ops]));
    expect(byArm.get('A')).toEqual(['createAction', 'createLink', 'createLink', 'createLink', 'createLink', 'createMembership']);
    expect(byArm.get('A')).toEqual(byArm.get('C'));
  }, 120_000);

  it('refuses a write from an anonymous reader or from a member without a role in the space', async () => {
    const space = graph.actors.find((a) => !member().access.spaceIds.includes(a.id) && a.props.visibility === 'PUBLIC')!;
    const publish = (reader: Reader) =>
      harness.rt.c.execute(
        `mutation Publish($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`,
        { input: { spaceId: space.id, title: 'Q7 refused', body: 'Refused.' } },
        reader,
      );
    const anon = await publish(anonymous());
    expect(anon.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const stranger = await publish(member());
    expect(stranger.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // Arm A's statement checks the same right: no row, nothing written.
    const rows = await harness.rt.db.write((tx) =>
      tx.runText(PUBLISH_ARTICLE_CYPHER, { personId: member().personId, spaceId: space.id, themeIds: [], id: `q7-refused-${seed}`, props: { title: 'Q7 refused' }, publishedAt: new Date().toISOString(), now: new Date().toISOString(), changes: [] }),
    );
    expect(rows).toEqual([]);
    const [left] = await db.read((tx) => tx.runText<{ n: number }>('MATCH (c:Content) WHERE c.title = $t RETURN count(c) AS n', { t: 'Q7 refused' }));
    expect(Number(left!.n)).toBe(0);
  }, 60_000);
});
