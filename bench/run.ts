// `npm run bench [-- --size S|L|tiny] [--only Q3] [--reps 3]`: starts a throwaway embedded Neo4j (with
// APOC, for arm B) in bench/data/, generates and loads a territory, runs the correctness gate, then
// times every query in every arm and writes bench/results/<size>-<date>.json, an SVG chart and a table.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { ROOT_DIR } from '../api/config.js';
import { Db } from '../api/db/driver.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import { migrate } from '../api/db/migrate.js';
import { describeGraph, generate, type SizeName } from './generate.js';
import { ARMS, createHarness, GateError, inputsFor, runGate, type Arm, type Harness } from './harness.js';
import { loadGraph } from './load.js';
import { QUERIES, type QueryId } from './queries/index.js';
import { hostileBodiesB, hostileBodiesC, sendHostile } from './queries/q8-hostile.js';
import type { Query } from './queries/types.js';
import { renderSvg, renderTable, type Figure, type Results } from './report.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    only: { type: 'string' },
    reps: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20260601' },
    'data-dir': { type: 'string' },
    // Queries whose arm B is left out (gate and timing): at L, @neo4j/graphql's article queries scan
    // every article for each request (5 s and more), which would not fit the run's time bound.
    'without-b': { type: 'string' },
  },
});
const size = values.size as SizeName;
if (!['tiny', 'S', 'L'].includes(size)) throw new Error(`--size must be tiny, S or L (got ${size})`);
const only = values.only;
const reps = Number(values.reps);
const seed = Number(values.seed);
const onlyIds = only ? only.split(',').map((x) => x.trim().toUpperCase()) : null;
const known = [...Object.keys(QUERIES), 'Q8'];
for (const id of onlyIds ?? []) if (!known.includes(id)) throw new Error(`--only: unknown query ${id} (known: ${known.join(', ')})`);
const queryIds = (Object.keys(QUERIES) as QueryId[]).filter((q) => !onlyIds || onlyIds.includes(q));
const hostile = !onlyIds || onlyIds.includes('Q8');
const withoutB = new Set((values['without-b'] ?? '').split(',').map((x) => x.trim().toUpperCase()).filter(Boolean));
const armsOf = (id: QueryId): readonly Arm[] => (withoutB.has(id) || QUERIES[id]?.hasB === false ? ARMS.filter((a) => a !== 'B') : ARMS);
const log = (line: string) => console.log(line);
/** The whole run stops by itself after this long, whatever happens. */
const DEADLINE_MS = size === 'L' ? 90 * 60_000 : 45 * 60_000;
const deadline = setTimeout(() => {
  console.error(`The benchmark did not finish within ${DEADLINE_MS / 60_000} minutes; stopping.`);
  process.exit(2);
}, DEADLINE_MS);
deadline.unref();

/** Requests per timed batch: fewer at L, where the slowest queries take seconds, so the run stays bounded. */
const REQUESTS = size === 'L' ? { warmUp: 2, c1: 10, c8: 16 } : { warmUp: 5, c1: 20, c8: 32 };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Rep {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  cpuMs: number;
  roundTrips: number;
  bytes: number;
  errors: number;
}

async function timeArm(h: Harness, arm: Arm, q: Query<unknown>, inputs: unknown[], concurrency: number, requests: number): Promise<Rep> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const counter = arm === 'A' ? h.rt.db.stats : arm === 'B' ? null : h.dbC.stats;
  const trips0 = counter?.roundTrips ?? 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const worker = async () => {
    while (next < requests) {
      const input = inputs[next++ % inputs.length];
      const start = performance.now();
      try {
        const result = await h.call(arm, q, input);
        bytes += JSON.stringify(result).length;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: (requests / elapsed) * 1000,
    cpuMs: (cpu.user + cpu.system) / 1000 / requests,
    roundTrips: counter ? (counter.roundTrips - trips0) / requests : NaN,
    bytes: bytes / requests,
    errors,
  };
}

function summarise(repsOf: Rep[]): Figure {
  const fig = {} as Figure;
  for (const key of Object.keys(repsOf[0]!) as (keyof Rep)[]) {
    const xs = repsOf.map((r) => r[key]);
    fig[key] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  }
  return fig;
}

/** Writes the figures so far (after every query, so a run stopped midway keeps what it measured). */
function save(results: Results): string {
  const outDir = join(ROOT_DIR, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const stem = `${results.size}-${results.date.slice(0, 10)}`;
  writeFileSync(join(outDir, `${stem}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(outDir, `${stem}.svg`), renderSvg(results));
  writeFileSync(join(outDir, `latest-${results.size}.md`), renderTable(results));
  return stem;
}

function sumDbHits(plan: { dbHits?: number; children?: unknown[] }): number {
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((s, c) => s + sumDbHits(c as typeof plan), 0);
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = values['data-dir'] ?? join(ROOT_DIR, 'bench', 'data', size);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  log(`Convergences benchmark, size ${size}, seed ${seed}, ${reps} repetitions.`);
  const neo = await startEmbeddedNeo4j({
    rootDir: ROOT_DIR,
    dataDir,
    apoc: true,
    heap: '2g',
    pageCache: size === 'L' ? '2g' : '1g',
    txTimeout: '600s',
    log,
  });
  let h: Harness | null = null;
  try {
    const loaderDb = new Db(neo4j.driver(neo.uri), 'neo4j', 600_000);
    await migrate(loaderDb);
    const tGen = Date.now();
    const graph = generate({ size, seed, prefix: 'bench' });
    const counts = describeGraph(graph);
    log(`Generated in ${((Date.now() - tGen) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    log('Loading…');
    const load = await loadGraph(loaderDb, graph, log);
    await loaderDb.close();
    log(`Loaded in ${(load.ms / 1000).toFixed(1)} s.`);

    h = await createHarness(neo.uri, graph);
    log('Correctness gate (100 sampled inputs per query, every arm, anonymous and member)…');
    await runGate(h, graph, queryIds, 100, log, armsOf);

    const results: Results = {
      size,
      seed,
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
      counts,
      loadMs: load.ms,
      reps,
      queries: [],
      hostile: [],
      underAttack: null,
      withoutB: [...withoutB],
    };
    for (const id of queryIds) {
      const q: Query<unknown> = QUERIES[id]!;
      const inputs = await inputsFor(h, graph, id, 40);
      const variants = q.variants ? q.variants(inputs) : [{ name: id, inputs }];
      for (const variant of variants) {
        let dbHits: number | null = null;
        if (q.profile) {
          const { text, params } = q.profile(variant.inputs[0]);
          const session = h.driver.session({ database: 'neo4j' });
          try {
            const r = await session.run(`PROFILE ${text}`, params);
            dbHits = sumDbHits(r.summary.profile as unknown as { dbHits: number; children: unknown[] });
          } finally {
            await session.close();
          }
        }
        const arms: Record<string, { c1: Figure; c8: Figure }> = {};
        for (const arm of armsOf(id)) {
          await timeArm(h, arm, q, variant.inputs, 1, REQUESTS.warmUp);
          const c1: Rep[] = [];
          const c8: Rep[] = [];
          for (let r = 0; r < reps; r++) {
            c1.push(await timeArm(h, arm, q, variant.inputs, 1, REQUESTS.c1));
            c8.push(await timeArm(h, arm, q, variant.inputs, 8, REQUESTS.c8));
          }
          arms[arm] = { c1: summarise(c1), c8: summarise(c8) };
          log(`  ${variant.name} ${arm}: p95 ${arms[arm].c1.p95.median.toFixed(1)} ms (c1), ${arms[arm].c8.p95.median.toFixed(1)} ms (c8)`);
        }
        results.queries.push({ name: variant.name, dbHitsA: dbHits, arms, whyMissed: q.whyMissed?.[variant.name] ?? null });
        save(results);
      }
    }
    if (hostile) {
      const targets = [
        { arm: 'C-http', url: `${h.server.url}/graphql`, bodies: hostileBodiesC() },
        { arm: 'B', url: h.bHttp.url, bodies: hostileBodiesB() },
      ];
      for (const { arm, url, bodies } of targets) {
        for (const { name, body } of bodies) {
          const times: number[] = [];
          let refused = 0;
          // B executes what C refuses: fewer tries there, the point is the order of magnitude.
          const tries = arm === 'B' ? 5 * reps : 20 * reps;
          for (let i = 0; i < tries; i++) {
            const r = await sendHostile(url, body);
            times.push(r.ms);
            if (r.refused) refused += 1;
          }
          times.sort((a, b) => a - b);
          results.hostile.push({ arm, name, p50: percentile(times, 50), p95: percentile(times, 95), refused, total: times.length });
          log(`  Q8 ${name} ${arm}: refused ${refused}/${times.length}, p95 ${percentile(times, 95).toFixed(1)} ms`);
        }
      }
      // Do other requests keep their latency while hostile ones arrive? Q2 at commune scale in arm C
      // over HTTP, alone and then with two clients (in another process) sending C's hostile bodies in a loop.
      const q2 = QUERIES.Q2!;
      const mapInputs = (await inputsFor(h, graph, 'Q2', 40)).filter((i) => (i as { scale: string }).scale === 'commune');
      const alone = await timeArm(h, 'C-http', q2, mapInputs, 1, 40);
      const attacker = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'bench', 'attacker.ts'), `${h.server.url}/graphql`, '2'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      attacker.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        attacker.stdout.on('data', () => out.includes('ready') && resolve());
        attacker.once('exit', (code) => reject(new Error(`the attacker process stopped early (${code})`)));
      });
      await new Promise((r) => setTimeout(r, 500));
      const attacked = await timeArm(h, 'C-http', q2, mapInputs, 1, 40);
      attacker.stdin.end();
      await new Promise((r) => attacker.once('exit', r));
      const sent = Number(/sent (\d+)/.exec(out)?.[1] ?? 0);
      results.underAttack = { query: 'Q2 commune', arm: 'C-http', aloneP95: alone.p95, attackedP95: attacked.p95, hostileSent: sent };
      log(`  Q8 Q2 commune (C-http) p95 alone ${alone.p95.toFixed(1)} ms, with hostile requests arriving ${attacked.p95.toFixed(1)} ms (${sent} refused alongside)`);
    }
    const stem = save(results);
    console.log('\n' + renderTable(results));
    log(`Wrote bench/results/${stem}.json and .svg; total wall time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    if (h) await h.close();
    await neo.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof GateError) {
      console.error(`\nCorrectness gate failed, nothing timed:\n${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
