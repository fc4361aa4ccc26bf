// The Python reference implementations in .venv-ref (tests/reference/setup.sh, which .ci/run calls):
// parsers from another ecosystem that the feed tests hand the API's output to.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCI } from './env.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PYTHON = join(ROOT, '.venv-ref', 'bin', 'python');
const SETUP = join(ROOT, 'tests', 'reference', 'setup.sh');

let ready = false;

/** The venv's python with the feed parsers: made (or brought up to date) here on a developer's machine, required in CI. */
function python(): string {
  if (ready) return PYTHON;
  const probe = spawnSync(PYTHON, ['-c', 'import icalendar, recurring_ical_events, feedparser'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    if (onCI()) throw new Error(`The feed parsers are missing from ${PYTHON}: .ci/run must run tests/reference/setup.sh before the tests.`);
    console.log('[reference] installing the pinned feed parsers into .venv-ref (bash tests/reference/setup.sh)…');
    const made = spawnSync('bash', [SETUP], { cwd: ROOT, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`bash tests/reference/setup.sh failed (it needs python3 and PyPI):\n${made.stdout}\n${made.stderr}`);
  }
  ready = true;
  return PYTHON;
}

/** Writes `content` to a temporary file and runs tests/reference/<script> on it with `args`; returns its stdout. */
export function runReference(script: string, content: string, args: string[] = []): string {
  const file = join(mkdtempSync(join(tmpdir(), 'convergences-ref-')), 'input');
  writeFileSync(file, content);
  return execFileSync(python(), [join(ROOT, 'tests', 'reference', script), file, ...args], { encoding: 'utf8' });
}
