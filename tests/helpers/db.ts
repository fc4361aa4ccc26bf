// The test run's Neo4j, one driver per test file, closed after the file.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { loadConfig, type Config } from '../../api/config.js';
import { Db } from '../../api/db/driver.js';
import { testEnv } from './env.js';

let shared: Db | null = null;

/**
 * Configuration pointing at the test run's Neo4j (credentials from TEST_NEO4J_*, see env.ts), with
 * `env` on top: tests of a setting start servers of their own with it.
 */
export function testConfigWith(env: Record<string, string | undefined> = {}): Config {
  return loadConfig(testEnv({ NODE_ENV: 'test', NEO4J_URI: inject('neo4jUri'), PORT: '0', LOAD_DEMO: 'false', IMPORT_TERRITORIES: 'false', ...env }));
}

/** Configuration pointing at the test run's Neo4j. */
export function testConfig(): Config {
  // The suite runs on shared, busy machines: a request may take longer than in production without being
  // wrong. Neo4j plans each statement on its first run, and on a loaded two-core machine a list's or a
  // search's first plan took more than the 15 s default query timeout, so the first search of the
  // portal test answered TIMEOUT. Tests of the deadline and the query timeout themselves start servers
  // with their own REQUEST_TIMEOUT_MS and NEO4J_QUERY_TIMEOUT_MS. Test files sign up many people from
  // 127.0.0.1; tests of the sign-up limit set their own.
  return testConfigWith({ REQUEST_TIMEOUT_MS: '120000', NEO4J_QUERY_TIMEOUT_MS: '120000', SIGNUP_LIMIT_PER_HOUR: '100000' });
}

export function testDb(): Db {
  if (!shared) {
    const config = testConfig();
    shared = Db.connect({ ...config.neo4j, uri: config.neo4j.uri! });
    afterAll(async () => {
      await shared?.close();
      shared = null;
    });
  }
  return shared;
}

/** A bare neo4j-driver on the test run's Neo4j, for tests that hold locks or sessions of their own; the caller closes it. */
export function testDriver(): Driver {
  const { uri, username, password } = testConfig().neo4j;
  return neo4j.driver(uri!, password !== undefined ? neo4j.auth.basic(username, password) : undefined);
}
