// The embedded Neo4j: a second start on the same data directory fails with a clear message (no crash
// dump), and stop() closes the store cleanly so it starts again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../api/config.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';

describe('the embedded Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'convergences-embedded-test-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second instance on the same data directory, then restarts cleanly after stop', async () => {
    const first = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir, port: 0, heap: '512m', pageCache: '64m' });
    try {
      const second = startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir, port: 0, heap: '512m', pageCache: '64m' });
      await expect(second).rejects.toThrow(/already using the data directory/);
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir, port: 0, heap: '512m', pageCache: '64m' });
    try {
      const driver = neo4j.driver(again.uri);
      const result = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition');
      await driver.close();
      expect(result.records[0]!.get('version')).toBe('5.26.30');
      expect(result.records[0]!.get('edition')).toBe('community');
    } finally {
      await again.stop();
    }
  }, 240_000);
});
