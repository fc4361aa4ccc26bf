// Starts one real Neo4j for the whole test run (embedded, in a throwaway directory) unless
// TEST_NEO4J_URI names a server kept for tests, applies the migrations, and hands the address to the
// test workers. A NEO4J_URI in the shell is refused (tests/helpers/env.ts): it names someone's real
// database. On any failure the JVM and its directory are removed before the error is reported. APOC
// is loaded for the benchmark gate's @neo4j/graphql arm (tests/bench-gate.test.ts); the API never calls it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../api/config.js';
import { Db } from '../api/db/driver.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import { migrate } from '../api/db/migrate.js';
import { refuseShellDatabase, testEnv } from './helpers/env.js';
import { recordSetupFailure } from './helpers/summary-reporter.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let stop: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  const teardown = async () => {
    try {
      if (stop) await stop();
    } finally {
      stop = null;
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      dataDir = null;
    }
  };
  let step = 'reading the configuration';
  try {
    refuseShellDatabase();
    const config = loadConfig(testEnv({ NODE_ENV: 'test' }));
    let uri = config.neo4j.uri;
    if (!uri) {
      step = 'starting the embedded Neo4j';
      dataDir = mkdtempSync(join(tmpdir(), 'convergences-test-neo4j-'));
      console.log(`[neo4j] starting the test database in ${dataDir}`);
      const started = Date.now();
      const neo = await startEmbeddedNeo4j({ rootDir: config.rootDir, dataDir, port: 0, heap: '1g', pageCache: '256m', apoc: true, log: (l) => console.log(`[neo4j] ${l}`) });
      stop = () => neo.stop();
      console.log(`[neo4j] test database ready at ${neo.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      uri = neo.uri;
    }
    step = `migrating the test database at ${uri}`;
    const db = Db.connect({ ...config.neo4j, uri });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    project.provide('neo4jUri', uri);
  } catch (error) {
    await teardown().catch((e: unknown) => console.error(`[setup] cleaning up also failed: ${String(e)}`));
    const message = `Test setup failed while ${step}: ${error instanceof Error ? error.message : String(error)}`;
    // Vitest then says only "No test files found"; the summary reporter says what failed.
    recordSetupFailure(message);
    throw new Error(message, { cause: error });
  }
  return teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
