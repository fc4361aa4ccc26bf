// Applies cypher/migrations/ and the code migrations (code-migrations.ts) in the order of their numbers,
// and records each in the graph, so applying twice changes nothing. Migrations run under the
// maintenance timeout (NEO4J_MAINTENANCE_TIMEOUT_MS), not the request query timeout: on a large graph
// or a busy machine a statement may take longer than any request should.
import { CODE_MIGRATIONS, type CodeMigration } from './code-migrations.js';
import { migrationFiles } from './cypher.js';
import type { Db } from './driver.js';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

export async function migrate(requestDb: Db, log: (line: string) => void = () => {}): Promise<MigrationReport> {
  const db = requestDb.forMaintenance();
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
