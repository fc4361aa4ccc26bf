// Applies cypher/migrations/ and the code migrations (code-migrations.ts) in the order of their numbers,
// and records each in the graph, so applying twice changes nothing. Migrations run under the
// maintenance timeout (NEO4J_MAINTENANCE_TIMEOUT_MS), not the request query timeout: on a large graph
// or a busy machine a statement may take longer than any request should.
//
// Several processes may start together on one database (a rolling upgrade, a service manager starting
// them all): one of them migrates, holding a lease in the graph that it renews while it works; the
// others wait for it, then find every migration recorded and apply none. A process that dies while
// migrating loses the lease after LEASE_MS, and the next one takes over.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CODE_MIGRATIONS, type CodeMigration } from './code-migrations.js';
import { migrationFiles } from './cypher.js';
import type { Db } from './driver.js';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/** How long the lease lasts without renewal, how often its holder renews it, how often a waiter asks. */
const LEASE_MS = 30_000;
const RENEW_EVERY_MS = 10_000;
const ASK_EVERY_MS = 500;

export async function migrate(requestDb: Db, log: (line: string) => void = () => {}): Promise<MigrationReport> {
  const db = requestDb.forMaintenance();
  const holder = randomUUID();
  await ensureLockConstraint(db);
  await acquireLease(db, holder, log);
  const renewal = setInterval(() => {
    void askLease(db, holder)
      .then((got) => got || console.error('The migration lease was taken by another process: this one paused for more than 30 s.'))
      .catch(() => {});
  }, RENEW_EVERY_MS);
  renewal.unref();
  try {
    return await applyMigrations(db, log);
  } finally {
    clearInterval(renewal);
    await db.write((tx) => tx.run('migration/release-migration-lock', { holder })).catch(() => {});
  }
}

/** Creates the lock's constraint when missing; two processes creating it at once: the loser's retry finds it there. */
async function ensureLockConstraint(db: Db): Promise<void> {
  const [row] = await db.query<{ n: number }>('migration/count-migration-lock-constraint');
  if ((row?.n ?? 0) > 0) return;
  try {
    await db.write((tx) => tx.run('migration/create-migration-lock-constraint'));
  } catch {
    await db.write((tx) => tx.run('migration/create-migration-lock-constraint'));
  }
}

async function askLease(db: Db, holder: string): Promise<boolean> {
  const [row] = await db.write((tx) => tx.run<{ acquired: boolean }>('migration/acquire-migration-lock', { holder, leaseMs: LEASE_MS }));
  return row?.acquired ?? false;
}

/** Waits until this process holds the lease, saying once that another one is migrating. */
async function acquireLease(db: Db, holder: string, log: (line: string) => void): Promise<void> {
  let said = false;
  while (!(await askLease(db, holder))) {
    if (!said) log('another process is applying the migrations; waiting for it');
    said = true;
    await sleep(ASK_EVERY_MS);
  }
}

async function applyMigrations(db: Db, log: (line: string) => void): Promise<MigrationReport> {
  const report: MigrationReport = { applied: [], skipped: [] };
  const done = new Set((await db.query<{ name: string }>('migration/list-migrations')).map((r) => r.name));
  for (const file of allMigrations()) {
    if (done.has(file.name)) {
      report.skipped.push(file.name);
      continue;
    }
    // Schema statements cannot share a transaction with data writes: one transaction each.
    if ('run' in file) await file.run(db, log);
    else for (const statement of file.statements) await db.write((tx) => tx.runText(statement));
    await db.write((tx) => tx.run('migration/record-migration', { name: file.name }));
    report.applied.push(file.name);
    log(`migration ${file.name} applied`);
  }
  await db.write((tx) => tx.runText('CALL db.awaitIndexes(120)'));
  return report;
}

/** The Cypher migrations and the code ones (api/db/code-migrations.ts), in the order of their numbers. */
export function allMigrations(): (ReturnType<typeof migrationFiles>[number] | CodeMigration)[] {
  return [...migrationFiles(), ...CODE_MIGRATIONS].sort((a, b) => (a.name < b.name ? -1 : 1));
}
