// `npm run codegen:check` compares what codegen would write with the files on disk, not with git: it
// passes right after `npm run codegen` (nothing committed yet) and fails on a stale or hand-edited file.
// It runs on a copy of the project's codegen inputs, so the test never touches the working tree.
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../api/config.js';

const run = promisify(execFile);
const CHECK = join(ROOT_DIR, 'api/cli/codegen-check.ts');

let copy: string;

/** Runs the check on the copy; its exit code and what it printed. */
async function check(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CHECK, copy], { cwd: ROOT_DIR });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** Runs `npm run codegen`'s command in the copy. */
async function codegen(): Promise<void> {
  await run(process.execPath, [join(ROOT_DIR, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'], { cwd: copy });
}

describe('npm run codegen:check', () => {
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'convergences-codegen-'));
    for (const path of ['schema.graphql', 'codegen.ts', 'package.json', 'web/src', 'api/generated']) cpSync(join(ROOT_DIR, path), join(copy, path), { recursive: true });
    symlinkSync(join(ROOT_DIR, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('passes right after npm run codegen, with nothing committed', async () => {
    // A new field in the schema, regenerated: the files differ from git's but match the schema.
    appendFileSync(join(copy, 'schema.graphql'), '\nextend type Query {\n  """A field added by the codegen check test."""\n  codegenCheckProbe: Int\n}\n');
    await codegen();
    expect(readFileSync(join(copy, 'api/generated/graphql.ts'), 'utf8')).toContain('codegenCheckProbe');
    expect(await check()).toEqual({ code: 0, output: 'Generated code is up to date.\n' });
  }, 120_000);

  it('fails, naming the file, when the schema changed without regenerating', async () => {
    appendFileSync(join(copy, 'schema.graphql'), '\nextend type Query {\n  """Another field, not regenerated."""\n  codegenCheckStale: Int\n}\n');
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.output).toContain('api/generated/graphql.ts: differs from what codegen generates');
    await codegen();
    expect((await check()).code).toBe(0);
  }, 120_000);

  it('fails on a generated file edited by hand, and on a stray file in a generated folder', async () => {
    const file = join(copy, 'web/src/gql/graphql.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('export type', 'export  type'));
    writeFileSync(join(copy, 'web/src/gql/leftover.ts'), 'export {};\n');
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.output).toContain('web/src/gql/graphql.ts: differs from what codegen generates');
    expect(result.output).toContain('web/src/gql/leftover.ts: not written by codegen');
  }, 120_000);
});
