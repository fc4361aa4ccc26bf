// Starts one real Neo4j for the whole test run (embedded, in a throwaway directory) unless NEO4J_URI
// names a server, applies the migrations, and hands the address to the test workers. APOC is loaded
// for the benchmark gate's @neo4j/graphql arm (tests/bench-gate.test.ts); the API never calls it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../api/config.js';
import { Db } from '../api/db/driver.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import { migrate } from '../api/db/migrate.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let uri = config.neo4j.uri;
  let stop: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'convergences-test-neo4j-'));
    const started = Date.now();
    const neo = await startEmbeddedNeo4j({ rootDir: config.rootDir, dataDir, port: 0, heap: '1g', pageCache: '256m', apoc: true, log: (l) => console.log(`[neo4j] ${l}`) });
    console.log(`[neo4j] test database ready at ${neo.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    uri = neo.uri;
    stop = () => neo.stop();
  }
  const db = Db.connect({ ...config.neo4j, uri });
  await migrate(db);
  await db.close();
  project.provide('neo4jUri', uri);
  return async () => {
    if (stop) await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
