// `node --import tsx bench/export-memory.ts [--sizes 10000,100000]`: the memory of a streamed export.
// On a throwaway embedded Neo4j, writes public actors (each at one of 1,000 places) by batched UNWIND
// up to each size in turn, then downloads GET /export/actors.csv from the API in this process while
// sampling its resident memory every 20 ms. A flat export shows about the same peak at every size,
// far below the size of the file. Prints the figures (docs/performance.md keeps them); asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, ROOT_DIR } from '../api/config.js';
import { Db } from '../api/db/driver.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import { migrate } from '../api/db/migrate.js';
import { startServer } from '../api/server.js';
import { foldText, searchTextOf } from '../api/shared/slug.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const PLACES = 1_000;
const BATCH = 5_000;
const MB = 1024 * 1024;

// Fixed statements (no input reaches their text), in the shape the stores write.
const CREATE_PLACES = `UNWIND $rows AS row
CREATE (n:Place:Entity {id: row.id})
SET n += row.props, n.createdAt = datetime(), n.updatedAt = datetime(),
  n.location = point({longitude: row.longitude, latitude: row.latitude})`;
const CREATE_ACTORS = `UNWIND $rows AS row
MATCH (p:Place {id: row.placeId})
CREATE (a:Actor:Entity {id: row.id})
SET a += row.props, a.createdAt = datetime(), a.updatedAt = datetime()
CREATE (a)-[:LOCATED_AT {id: row.linkId, since: datetime('2020-01-01T00:00:00Z'), createdAt: datetime()}]->(p)`;

const dir = mkdtempSync(join(tmpdir(), 'convergences-export-memory-'));
const neo = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir: dir, port: 0, heap: '1g', pageCache: '256m' });
const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: neo.uri, PORT: '0', LOAD_DEMO: 'false', IMPORT_TERRITORIES: 'false', REQUEST_TIMEOUT_MS: '120000', NEO4J_QUERY_TIMEOUT_MS: '120000' });
const db = Db.connect({ ...config.neo4j, uri: neo.uri }).forMaintenance();
const serverDb = Db.connect({ ...config.neo4j, uri: neo.uri });
const server = await startServer(config, serverDb);

async function writeActors(from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const rows: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const name = `Association ${String(i).padStart(6, '0')} "des ${['Îles', 'Halles', 'Quais'][i % 3]}", Saint-Brieuc`;
      rows.push({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        linkId: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
        placeId: `00000000-0000-4000-a000-${String(i % PLACES).padStart(12, '0')}`,
        props: {
          name,
          slug: `bench-export-${i}`,
          sortName: foldText(name),
          searchText: searchTextOf('entity', { name }),
          kind: 'ASSOCIATION',
          description: `Une association du territoire, numéro ${i}; elle agit pour le quartier.`,
          website: `https://asso-${i}.example`,
          contactVisibility: 'MEMBERS',
          visibility: 'PUBLIC',
          createdBy: null,
        },
      });
    }
    await db.write((tx) => tx.runText(CREATE_ACTORS, { rows }));
  }
}

/** Downloads the export, reading and dropping chunks, while sampling this process's RSS. */
async function measure(rows: number): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const started = performance.now();
  const res = await fetch(`${server.url}/export/actors.csv`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${rows.toLocaleString('en')} actors: ${(bytes / MB).toFixed(1)} MB of CSV (${(lines - 1).toLocaleString('en')} rows) in ${seconds.toFixed(1)} s; ` +
      `RSS ${(before.rss / MB).toFixed(0)} MB before, peak ${(peakRss / MB).toFixed(0)} MB while streaming (+${((peakRss - before.rss) / MB).toFixed(0)} MB); ` +
      `JS heap ${(before.heapUsed / MB).toFixed(0)} MB before, peak ${(peakHeap / MB).toFixed(0)} MB`,
  );
}

try {
  await migrate(db);
  const places = Array.from({ length: PLACES }, (_, i) => ({
    id: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
    longitude: -2.9 + (i % 40) * 0.01,
    latitude: 48.4 + Math.floor(i / 40) * 0.01,
    props: { name: `Lieu ${i}`, slug: `bench-export-place-${i}`, sortName: `lieu ${i}`, street: `${i} rue du Port`, postalCode: '22000', city: 'Saint-Brieuc', createdBy: null },
  }));
  await db.write((tx) => tx.runText(CREATE_PLACES, { rows: places }));
  let written = 0;
  for (const size of sizes) {
    const t = performance.now();
    await writeActors(written, size);
    console.log(`wrote actors ${written.toLocaleString('en')}–${size.toLocaleString('en')} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    written = size;
    await measure(size);
  }
} finally {
  await server.close();
  await serverDb.close();
  await db.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
