// The test run's own safety: a NEO4J_URI in the shell names someone's database, which the tests would
// migrate and fill, so the run refuses it and says why; a failed setup ends with a failure line, never
// with vitest's "No test files found" and a summary that looks clean. Runs vitest itself, in a child.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../api/config.js';
import { testEnv } from './helpers/env.js';

function runVitest(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT_DIR, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/config.test.ts'], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The shell of a developer who has NEO4J_URI set for `npm start`, outside any vitest run. */
function shellWith(env: Record<string, string>): NodeJS.ProcessEnv {
  const shell = testEnv();
  for (const key of Object.keys(shell)) if (key.startsWith('VITEST') || key.startsWith('TEST_NEO4J_')) delete shell[key];
  delete shell.NODE_ENV;
  return { ...shell, ...env, NO_COLOR: '1' };
}

describe('the test setup', () => {
  it('refuses the database NEO4J_URI names, says how to run, and ends with a failure line', async () => {
    const run = await runVitest(shellWith({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'not-for-tests' }));
    expect(run.code).toBe(1);
    const output = run.stdout + run.stderr;
    expect(output).toContain('NEO4J_URI is set in this shell (bolt://127.0.0.1:1)');
    expect(output).toContain('TEST_NEO4J_URI');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
    expect(lines.at(-2)).toMatch(/^Test setup failed while reading the configuration: NEO4J_URI is set in this shell .* \(no test ran\)$/);
    // Nothing was started: the refusal comes before any Neo4j or migration.
    expect(output).not.toContain('[neo4j]');
  }, 120_000);
});
