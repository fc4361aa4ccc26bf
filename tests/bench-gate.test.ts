// Keeps the benchmark from rotting: the generator builds a tiny territory (under its own prefix, in a
// region of the map and a century no other test uses, since the test Neo4j is shared), and the
// correctness gate checks that the three arms (hand-written Cypher, @neo4j/graphql, our API over HTTP
// and in process) give the same answers. The timed runs stay manual (`npm run bench`).
import neo4j from 'neo4j-driver';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../api/db/driver.js';
import { describeGraph, generate, type Graph } from '../bench/generate.js';
import { createHarness, runGate, type Harness } from '../bench/harness.js';
import { loadGraph } from '../bench/load.js';
import { QUERIES } from '../bench/queries/index.js';

describe('benchmark correctness gate (tiny territory)', () => {
  const seed = randomInt(1, 2 ** 31);
  let graph: Graph;
  let harness: Harness;
  let db: Db;

  beforeAll(async () => {
    graph = generate({
      size: 'tiny',
      seed,
      prefix: `bg${seed.toString(36)}`,
      // Far from France and from every other test's places, and a century before their dates: in the
      // past, as the generated history is in the bench, so what the API filters by the real clock
      // (published articles, links valid now) is there to compare; after 1911, so Paris time is
      // whole hours off UTC.
      geoOffset: { longitude: 100 + (seed % 40), latitude: -70 },
      yearOffset: -100,
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

  it('generates the same graph from the same seed', () => {
    const again = generate({ ...graph.options });
    expect(describeGraph(again)).toEqual(describeGraph(graph));
    expect(again.links.slice(0, 50)).toEqual(graph.links.slice(0, 50));
  });

  it('generates a series with no end (the timeline arms must keep it)', () => {
    expect(describeGraph(graph).unboundedSeries).toBeGreaterThan(0);
  });

  it('has every arm agree on every query, and shows nothing members-only to anonymous readers', async () => {
    await runGate(harness, graph, Object.keys(QUERIES), 100);
  }, 900_000);
});
