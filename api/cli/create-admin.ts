// `npm run create-admin -- --email admin@example.org --name "Admin"`: creates an administrator account,
// or makes an existing account an administrator. The password is read from standard input (typed at a
// hidden prompt, or piped: `echo 'a long password' | npm run create-admin -- …`), never from the
// command line or the environment, where other users and shell history could read it.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database.js';
import { AppError } from '../errors.js';
import { checkDisplayName, checkEmail, createAdmin, findLogin, promoteToAdmin } from '../person/person.store.js';

const USAGE = 'Usage: npm run create-admin -- --email admin@example.org --name "Display name"   (password on standard input)';

/** One line from a pipe, or a hidden prompt (asked twice) on a terminal. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    // The first line is enough: no need to wait for the pipe to close.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) return line;
    return '';
  }
  const first = await promptHidden('Password (10 characters or more): ');
  const again = await promptHidden('Password again: ');
  if (first !== again) throw new Error('The two passwords differ.');
  return first;
}

/** Keys typed ahead of a prompt are kept for it rather than lost. */
let typedAhead = '';

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let typed = '';
    process.stderr.write(prompt);
    const finish = (error: Error | null, rest: string) => {
      typedAhead = rest;
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: string) => {
      for (let i = 0; i < data.length; i += 1) {
        const ch = data[i]!;
        if (ch === '\r' || ch === '\n') return finish(null, data.slice(data[i + 1] === '\n' ? i + 2 : i + 1));
        if (ch === '\u0003') return finish(new Error('Cancelled.'), '');
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
    if (typedAhead) onData(typedAhead);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.email) throw new Error(`--email is required.\n${USAGE}`);
  const config = loadConfig();
  // Progress lines go to stderr, so stdout carries only the outcome.
  const database = await openDatabase(config, (line) => console.error(line));
  try {
    const existing = await findLogin(database.db, values.email);
    if (existing) {
      // The account has its password already; none is asked.
      const result = await promoteToAdmin(database.db, values.email);
      if (!result) throw new Error(`No account has the e-mail ${values.email}.`);
      const { person, wasAdmin } = result;
      console.log(wasAdmin ? `${person.email} (${person.id}) is already an administrator.` : `Made ${person.email} (${person.id}) an administrator.`);
      if (person.suspended) console.log('Note: this account is suspended, so it cannot sign in.');
      return;
    }
    if (!values.name) throw new Error(`No account has the e-mail ${values.email}; give --name to create one.\n${USAGE}`);
    checkEmail('email', values.email);
    checkDisplayName('name', values.name);
    const password = await readPassword();
    const person = await createAdmin(database.db, { email: values.email, displayName: values.name, password });
    console.log(`Created administrator ${person.email} (${person.id}).`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const field = error instanceof AppError && typeof error.extensions.field === 'string' ? `${error.extensions.field}: ` : '';
  console.error(`create-admin failed: ${field}${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
