// Plans every Cypher statement in cypher/ with EXPLAIN, without running it: a statement that does not
// compile on the server (a syntax error, an unknown function or procedure, a missing or broken
// @include) is found at start and in the tests rather than by the first request that needs it.
// It only partly warms Neo4j's plan cache for the API's requests: Neo4j caches a plan per statement and
// parameter types, and EXPLAIN runs without parameters; bench/plan-cache.ts measured a first
// `actions(first: 3)` at 2.5-3.3 s after the pass, 4.3-13 s cold, 0.05-0.3 s warm (two cores).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT_DIR } from '../config.js';
import { cypher, INCLUDE } from './cypher.js';
import type { Db, Notice } from './driver.js';

const CYPHER_DIR = join(ROOT_DIR, 'cypher');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : walk(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

/**
 * The names of the statements under cypher/, as `cypher()` takes them: every file except the numbered
 * migrations (cypher/migrations/, several statements each, run by migrate.ts) and the fragments that
 * other files pull in with `// @include` (pieces of a statement, not statements).
 */
export function statementNames(): string[] {
  const files = walk(CYPHER_DIR).map((path) => ({ name: relative(CYPHER_DIR, path).replace(/\.cypher$/, ''), text: readFileSync(path, 'utf8') }));
  const fragments = new Set(files.flatMap((f) => [...f.text.matchAll(INCLUDE)].map((m) => m[1]!)));
  return files
    .map((f) => f.name)
    .filter((name) => !fragments.has(name))
    .sort();
}

/** Statements that change the graph are planned in a write transaction, so a cluster routes them to its leader. */
const WRITES = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/;

export interface ExplainReport {
  statements: number;
  ms: number;
  /** Statements Neo4j refused to plan, with its message: each would fail every request that runs it. */
  errors: { name: string; message: string }[];
  /** What Neo4j noted (unknown labels, relationship types or properties, deprecations), by statement. */
  notices: { name: string; notice: Notice }[];
}

/** Notifications that say nothing about the statement: EXPLAIN is run without parameter values. */
const IGNORED = new Set(['Neo.ClientNotification.Statement.ParameterNotProvided']);

/**
 * EXPLAINs every statement under cypher/ (after `@include` expansion), one transaction each, under
 * the maintenance timeout: planning a large statement cold takes seconds on a busy machine.
 */
export function explainAll(db: Db): Promise<ExplainReport> {
  return explainStatements(
    db.forMaintenance(),
    statementNames().map((name) => ({ name, text: cypher(name) })),
  );
}

/**
 * How many statements are planned at once: planning is CPU work on the server, so a few at a time
 * keep its cores busy without crowding out the requests a running server may already answer.
 */
const CONCURRENCY = 4;

/** EXPLAINs each statement in its own transaction and reports what failed or was noted, in the given order. */
export async function explainStatements(db: Db, statements: { name: string; text: string }[]): Promise<ExplainReport> {
  const started = Date.now();
  const results: { errors: ExplainReport['errors']; notices: ExplainReport['notices'] }[] = statements.map(() => ({ errors: [], notices: [] }));
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < statements.length; i = next++) {
      const { name, text } = statements[i]!;
      try {
        const writes = WRITES.test(text.replace(/^\s*\/\/.*$/gm, ''));
        const notices = await (writes ? db.write((tx) => tx.explain(text)) : db.read((tx) => tx.explain(text)));
        for (const notice of notices) if (!IGNORED.has(notice.code)) results[i]!.notices.push({ name, notice });
      } catch (error) {
        results[i]!.errors.push({ name, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, statements.length) }, worker));
  return {
    statements: statements.length,
    ms: Date.now() - started,
    errors: results.flatMap((r) => r.errors),
    notices: results.flatMap((r) => r.notices),
  };
}

/** A hash of every statement's text and the server's version: what a check holds for. */
async function fingerprintOf(db: Db, names: string[]): Promise<string> {
  const servers = await db.query<{ name: string; version: string; edition: string }>('migration/get-server-version');
  const hash = createHash('sha256');
  for (const s of servers) hash.update(`${s.name} ${s.version} ${s.edition}\n`);
  for (const name of names) hash.update(`${name}\n${cypher(name)}\n`);
  return hash.digest('hex');
}

/**
 * The start's step: plans every statement on the server it will serve from, logs the time and what
 * Neo4j noted, and refuses to go on when one does not compile there (every request needing it would
 * fail), e.g. a server older than the statements or a procedure it lacks. A pass that succeeded is
 * recorded with the fingerprint of the statements and the server, so later starts of the same code
 * on the same server skip it (it costs 40 s or more on two cores, and warms the plan cache only in part).
 */
export async function checkStatements(db: Db, log: (line: string) => void): Promise<ExplainReport | null> {
  const maintenance = db.forMaintenance();
  const fingerprint = await fingerprintOf(maintenance, statementNames());
  const [last] = await maintenance.query<{ fingerprint: string | null }>('migration/get-statement-check');
  if (last?.fingerprint === fingerprint) {
    log('Cypher statements: unchanged since they were checked on this server');
    return null;
  }
  log('Checking every Cypher statement with EXPLAIN (after an upgrade or a server change)…');
  const report = await explainAll(db);
  const noted = report.notices.length > 0 ? `; Neo4j noted ${report.notices.length} (unknown labels or properties on an empty graph, deprecations): ${[...new Set(report.notices.map((n) => n.notice.title))].slice(0, 3).join('; ')}` : '';
  log(`Cypher statements: ${report.statements} planned in ${(report.ms / 1000).toFixed(1)} s${noted}`);
  if (report.errors.length > 0) {
    throw new Error(`${report.errors.length} Cypher statement(s) do not compile on this Neo4j server:\n${report.errors.map((e) => `  cypher/${e.name}.cypher: ${e.message}`).join('\n')}`);
  }
  await maintenance.write((tx) => tx.run('migration/record-statement-check', { fingerprint }));
  return report;
}
