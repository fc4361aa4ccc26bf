// The one place the tests read the shell's environment (eslint keeps it so). A developer's shell may
// name their own database in NEO4J_URI; the tests migrate and write into the database they use, so
// they never take it from there: only TEST_NEO4J_* name a server for tests, and without one the run
// starts its own throwaway Neo4j (tests/global-setup.ts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Without SMTP_URL the API writes each e-mail it sends (invitations, password resets) to an outbox
 * directory: the tests' go to a temporary one, not the developer's data/outbox.
 */
const TEST_OUTBOX_DIR = join(tmpdir(), 'convergences-test-outbox');

/** The settings that name a database and its credentials, and their test-only names. */
const DATABASE_KEYS = ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;

class TestDatabaseRefused extends Error {}

/**
 * The shell's environment for a test's configuration or child process: NEO4J_URI and its credentials
 * from the shell are dropped, TEST_NEO4J_URI, TEST_NEO4J_USERNAME, TEST_NEO4J_PASSWORD and
 * TEST_NEO4J_DATABASE take their place. `overrides` come last.
 */
export function testEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A developer's own mail server is never sent test e-mails: tests that need SMTP start their own.
  delete env.SMTP_URL;
  for (const key of DATABASE_KEYS) {
    delete env[key];
    const value = process.env[`TEST_${key}`];
    if (value !== undefined) env[key] = value;
  }
  return { MAIL_OUTBOX_DIR: TEST_OUTBOX_DIR, ...env, ...overrides };
}

/** Refuses a run whose shell names a database in NEO4J_URI without naming one for tests. */
export function refuseShellDatabase(): void {
  const uri = process.env.NEO4J_URI;
  if (uri && !process.env.TEST_NEO4J_URI) {
    throw new TestDatabaseRefused(
      `NEO4J_URI is set in this shell (${uri}). The tests migrate and write into the database they run on, so they ` +
        `never use the one NEO4J_URI names. Unset it (the tests then start a throwaway Neo4j of their own), or name a ` +
        `database kept for tests in TEST_NEO4J_URI (with TEST_NEO4J_PASSWORD, TEST_NEO4J_USERNAME, TEST_NEO4J_DATABASE).`,
    );
  }
}

/** Set by CI (.ci/run runs on a CI machine): missing prerequisites fail instead of being installed. */
export const onCI = (): boolean => Boolean(process.env.CI);

/** Runs `work` with NODE_ENV set to `value` in this process, then puts it back (Vite's build reads it). */
export async function withNodeEnv<T>(value: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = value;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}
