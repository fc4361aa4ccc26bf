// Ends the run with one plain line, `N passed, N failed`, read the same way by every tool. When the
// global setup fails (no Neo4j, a refused NEO4J_URI, a migration error), vitest runs no test file and
// says "No test files found"; the line then says what failed and counts the setup as one failure, and
// comes after vitest's own report of the error, so the last line is never a success.
import type { Reporter, TestModule } from 'vitest/node';

/** Where tests/global-setup.ts leaves its failure for this reporter: both run in vitest's main process. */
const SETUP_FAILURE = Symbol.for('convergences.test-setup-failure');

type WithSetupFailure = typeof globalThis & { [SETUP_FAILURE]?: string };

/** Called by the global setup before it throws. */
export function recordSetupFailure(message: string): void {
  (globalThis as WithSetupFailure)[SETUP_FAILURE] = message;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const setupFailure = (globalThis as WithSetupFailure)[SETUP_FAILURE];
    if (setupFailure !== undefined) {
      // Vitest prints the setup's error after this hook; the summary waits for the very end.
      process.once('exit', () => process.stdout.write(`\n${setupFailure.split('\n')[0]} (no test ran)\n0 passed, 1 failed\n`));
      return;
    }
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed += 1;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
