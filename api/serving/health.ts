// GET /healthz is liveness: the process answers, and says whether Neo4j does (503 while it does not,
// so a load balancer stops sending requests there). GET /readyz is readiness: 503 with the running
// step until the start sequence is done (migrations, territories, demo…), then the same Neo4j check.
import express, { type Response, type Router } from 'express';
import type { Db } from '../db/driver.js';
import { RETRY_AFTER_SECONDS } from '../errors.js';
import type { Readiness } from '../shared/readiness.js';

export function healthRoutes(db: Db, readiness: Readiness): Router {
  const router = express.Router();
  // Probes are never cached: each must ask again.
  const noStore = (res: Response) => res.setHeader('cache-control', 'no-store');

  /** Neo4j's state: at once while the circuit is open (api/db/health.ts), otherwise asks the server, 3 s at most. */
  async function neo4jUp(): Promise<boolean> {
    try {
      await db.check();
      return true;
    } catch {
      return false;
    }
  }

  router.get('/healthz', async (_req, res) => {
    noStore(res);
    const { ready } = readiness.state;
    if (await neo4jUp()) {
      res.json({ status: 'ok', neo4j: 'ok', ready });
      return;
    }
    const { downSince } = db.health.state;
    res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: 'degraded', neo4j: 'unreachable', downSince, ready });
  });

  router.get('/readyz', async (_req, res) => {
    noStore(res);
    const state = readiness.state;
    if (!state.ready) {
      res.status(503).setHeader('retry-after', '1').json({ status: 'starting', step: state.step, steps: state.steps });
      return;
    }
    if (await neo4jUp()) {
      res.json({ status: 'ready', neo4j: 'ok', steps: state.steps });
      return;
    }
    const { downSince } = db.health.state;
    res.status(503).setHeader('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: 'degraded', neo4j: 'unreachable', downSince });
  });
  return router;
}
