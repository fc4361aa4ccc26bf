// Every statement under cypher/ compiles on the test Neo4j: planned with EXPLAIN after `@include`
// expansion, by the start's own step (api/db/explain.ts checkStatements). What fails: anything Neo4j refuses to plan (syntax,
// unknown functions and procedures, type errors). Unknown labels, relationship types and properties
// are only notices (a fresh database knows only the tokens its migrations made), printed here.
import { describe, expect, it } from 'vitest';
import { cypher } from '../api/db/cypher.js';
import { checkStatements, explainStatements, statementNames } from '../api/db/explain.js';
import { testDb } from './helpers/db.js';

describe('EXPLAIN on every Cypher statement', () => {
  it('lists statements, not migrations or @include fragments', () => {
    const names = statementNames();
    expect(names).toContain('entity/get-entities-by-ids');
    expect(names).toContain('migration/list-migrations');
    // Fragments pulled in by others, and the numbered migrations, are not statements of their own.
    expect(names).not.toContain('shared/reach');
    expect(names).not.toContain('entity/visible-entity');
    expect(names.some((n) => n.startsWith('migrations/'))).toBe(false);
    for (const name of names) expect(cypher(name)).not.toMatch(/@include/);
  });

  it('plans every statement without an error, as the start does, and records it so the next start skips the pass', async () => {
    const db = testDb();
    await db.write((tx) => tx.runText('MATCH (c:StatementCheck) DELETE c'));
    const lines: string[] = [];
    // Throws, listing each statement Neo4j refused with its file, when one does not compile.
    const report = (await checkStatements(db, (l) => lines.push(l)))!;
    const byCode = new Map<string, Set<string>>();
    for (const { notice } of report.notices) {
      const seen = byCode.get(notice.code) ?? new Set<string>();
      seen.add(notice.description.split('\n')[0]!);
      byCode.set(notice.code, seen);
    }
    console.log(
      `[explain] ${report.statements} statements planned in ${(report.ms / 1000).toFixed(1)} s, ${report.errors.length} errors, ${report.notices.length} notices` +
        [...byCode].map(([code, seen]) => `\n  ${code}: ${seen.size} distinct`).join(''),
    );
    expect(report.errors).toEqual([]);
    expect(report.statements).toBe(statementNames().length);
    expect(report.statements).toBeGreaterThan(80);
    // Same statements, same server: the next start does not plan them again.
    expect(await checkStatements(db, (l) => lines.push(l))).toBeNull();
    expect(lines.at(-1)).toBe('Cypher statements: unchanged since they were checked on this server');
    // Planning all of them is the work of seconds on an idle machine, minutes on a loaded one.
  }, 600_000);

  it('reports a syntax error, an unknown function and an unknown procedure, naming the statement', async () => {
    const report = await explainStatements(testDb(), [
      { name: 'probe/syntax', text: 'MATCH (a:Actor WHERE a.id = $id RETURN a.id AS id' },
      { name: 'probe/function', text: 'MATCH (a:Actor) RETURN toUpperr(a.name) AS name' },
      { name: 'probe/procedure', text: "CALL db.index.fulltext.queryNodez('entity_search', $q) YIELD node RETURN node.id AS id" },
      { name: 'probe/fine', text: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name' },
    ]);
    expect(report.errors.map((e) => e.name)).toEqual(['probe/syntax', 'probe/function', 'probe/procedure']);
    expect(report.errors[1]!.message).toMatch(/toUpperr/);
    expect(report.errors[2]!.message).toMatch(/queryNodez/);
  });

  it('notes an unknown label, so a misspelt one shows in the start log', async () => {
    const report = await explainStatements(testDb(), [{ name: 'probe/label', text: 'MATCH (a:Actr) RETURN a.id AS id' }]);
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([{ name: 'probe/label', notice: expect.objectContaining({ code: 'Neo.ClientNotification.Statement.UnknownLabelWarning' }) }]);
  });
});
