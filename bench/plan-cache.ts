// `node --import tsx bench/plan-cache.ts [--rounds 3]`: what the start's EXPLAIN pass (api/db/explain.ts)
// saves the first visitor. On a throwaway embedded Neo4j, times the API's `actions(first: 3)` with
// Neo4j's query caches cleared (cold), right after (warm), and with the caches cleared then every
// statement EXPLAINed (as `npm start` does after an upgrade), and with the caches cleared then the
// start's warm-up run (api/serving/warm-up.ts). Prints the figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, ROOT_DIR } from '../api/config.js';
import { Db } from '../api/db/driver.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import { explainAll } from '../api/db/explain.js';
import { migrate } from '../api/db/migrate.js';
import { startServer } from '../api/server.js';
import { warmUp } from '../api/serving/warm-up.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const QUERY = '{ actions(first: 3) { totalCount nodes { id name } } }';

const dir = mkdtempSync(join(tmpdir(), 'convergences-plan-cache-'));
const neo = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir: dir, port: 0, heap: '1g', pageCache: '256m' });
const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: neo.uri, PORT: '0', LOAD_DEMO: 'false', IMPORT_TERRITORIES: 'false', REQUEST_TIMEOUT_MS: '120000', NEO4J_QUERY_TIMEOUT_MS: '120000' });
const db = Db.connect({ ...config.neo4j, uri: neo.uri });
const server = await startServer(config, db);
const time = async (): Promise<number> => {
  const started = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
};
const clear = () => db.write((tx) => tx.runText('CALL db.clearQueryCaches()'));
try {
  await migrate(db);
  for (let round = 1; round <= Number(values.rounds); round++) {
    await clear();
    const cold = await time();
    const warm = await time();
    await clear();
    const explain = await explainAll(db);
    const afterExplain = await time();
    await clear();
    const warmed = await warmUp(server.apollo, db);
    const afterWarmUp = await time();
    console.log(
      `round ${round}: actions(first: 3) cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms, after the EXPLAIN pass ${afterExplain.toFixed(0)} ms ` +
        `(${explain.statements} statements planned in ${(explain.ms / 1000).toFixed(1)} s), after the start's warm-up ${afterWarmUp.toFixed(0)} ms ` +
        `(${warmed.operations} operations in ${(warmed.ms / 1000).toFixed(1)} s)`,
    );
  }
} finally {
  await server.close();
  await db.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
