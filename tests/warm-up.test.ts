// The start's warm-up step runs the portal's first requests (home lists, a search, an actor's and an
// action's page, the map) through the real API: each must be valid against the schema and answer data.
import { describe, expect, it } from 'vitest';
import { warmUp } from '../api/serving/warm-up.js';
import { createApollo } from '../api/server.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { uid, useTestApi } from './helpers/api.js';
import { testConfig, testDb } from './helpers/db.js';

const api = useTestApi();

describe('warm-up at start', () => {
  it("runs the portal's first requests, pages included, with no error", async () => {
    // A public actor and action, so the home lists have a first entry whose pages are then read.
    await buildActor(api, { name: `Warm ${uid()}` });
    await buildAction(api, { name: `Warm ${uid()}` });
    const apollo = createApollo(testConfig());
    await apollo.start();
    try {
      const lines: string[] = [];
      const report = await warmUp(apollo, testDb(), (l) => lines.push(l));
      expect(lines).toEqual([]);
      expect(report.failed).toBe(0);
      // Three list requests, then the pages now and a year ago, the map, and a place's popup when
      // the map's first view shows a place alone (other files' data may cluster them).
      expect(report.operations).toBeGreaterThanOrEqual(6);
      expect(report.operations).toBeLessThanOrEqual(7);
    } finally {
      await apollo.stop();
    }
  }, 180_000); // Plans every statement cold, the map's included (47 s alone on a loaded two-core machine).
});
