// E-mail end to end: password resets and invitations go through a real SMTP server started here
// (smtp-server, on a free loopback port), parsed as a mail client would (mailparser); the development
// outbox is checked on a server of its own. GraphQL over HTTP, against the real Neo4j.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_RESET_LIMITS } from '../api/auth/rate-limit.js';
import { hashToken } from '../api/auth/session.js';
import { ROOT_DIR, loadConfig } from '../api/config.js';
import { mailStartProblem } from '../api/mail/mailer.js';
import { startServer, type RunningServer } from '../api/server.js';
import { adminSession } from './factories/people.js';
import { buildActor } from './factories/actors.js';
import { apiOn, uid } from './helpers/api.js';
import { createClient, signUpClient, type Client } from './helpers/client.js';
import { testConfigWith, testDb } from './helpers/db.js';
import { testEnv } from './helpers/env.js';

const PUBLIC_URL = 'http://portal.convergences.test';

/** Settings every server of this file shares (see testConfig: a busy machine, many sign-ups from 127.0.0.1). */
const BASE_ENV = { REQUEST_TIMEOUT_MS: '120000', NEO4J_QUERY_TIMEOUT_MS: '120000', SIGNUP_LIMIT_PER_HOUR: '100000', PUBLIC_URL };

/** A real SMTP server on loopback: every message it accepts is parsed and kept, in order of arrival. */
class Inbox {
  readonly messages: ParsedMail[] = [];
  private waiters: { to: string; resolve: (m: ParsedMail) => void }[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(mail);
          for (const w of this.waiters.filter((w) => recipients(mail).includes(w.to))) w.resolve(mail);
          this.waiters = this.waiters.filter((w) => !recipients(mail).includes(w.to));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.server.address() as AddressInfo).port;
  }

  /** The first message to `to`, now or when it arrives (bounded, so a missing e-mail fails the test). */
  receive(to: string): Promise<ParsedMail> {
    const already = this.messages.find((m) => recipients(m).includes(to));
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No e-mail to ${to} arrived.`)), 30_000);
      this.waiters.push({ to, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => recipients(m).includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address ?? ''));
}

/** The token of the one link of a given path in a text. */
function tokenIn(text: string, path: string): string {
  const match = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  expect(match, `a link ${PUBLIC_URL}${path}?token=… in:\n${text}`).not.toBeNull();
  return match![1]!;
}

const inbox = new Inbox();
const db = testDb();
let server: RunningServer;
let admin: { personId: string; cookie: string };
const api = apiOn(
  () => server,
  () => admin,
);

beforeAll(async () => {
  const port = await inbox.listen();
  server = await startServer(testConfigWith({ ...BASE_ENV, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Convergences <no-reply@convergences.test>' }), db);
  admin = await adminSession(db);
});
afterAll(async () => {
  await server?.close();
  await inbox.close();
});
// Every request of this file comes from 127.0.0.1.
beforeEach(() => api.limits.passwordReset.configure(DEFAULT_PASSWORD_RESET_LIMITS));

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { me { id email lang } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { me { id } } }`;
const ME = `{ me { id lang memberships { space { ... on Actor { id } } role } } }`;

type Reset = { resetPassword: { me: { id: string; email: string; lang: string } } };

async function requestReset(client: Client, email: string) {
  return client.gql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { input: { email } });
}

describe('password reset by e-mail', () => {
  it('sends the link through SMTP in the recipient’s language, as text and HTML', async () => {
    const french = await signUpClient(api);
    const english = await signUpClient(api);
    await english.client.ok(`mutation { updateMyProfile(input: { lang: EN }) { lang } }`);

    expect((await requestReset(createClient(api.url), french.email)).data).toEqual({ requestPasswordReset: true });
    expect((await requestReset(createClient(api.url), english.email.toUpperCase())).data).toEqual({ requestPasswordReset: true });

    const fr = await inbox.receive(french.email);
    expect(fr.subject).toBe('Choisir un nouveau mot de passe — Convergences');
    expect(fr.from?.text).toContain('no-reply@convergences.test');
    expect(fr.text).toContain(`Bonjour ${french.displayName}`);
    expect(fr.html).toContain('<html lang="fr">');
    const en = await inbox.receive(english.email);
    expect(en.subject).toBe('Choose a new password — Convergences');
    expect(en.text).toContain(`Hello ${english.displayName}`);
    expect(en.text).toContain('1 hour');
    expect(en.html).toContain('<html lang="en">');
    // The same plain link in both bodies.
    for (const mail of [fr, en]) expect(tokenIn(String(mail.html), '/compte/nouveau-mot-de-passe')).toBe(tokenIn(mail.text!, '/compte/nouveau-mot-de-passe'));
  });

  it('sets the new password once, signs that browser in and ends the person’s other sessions', async () => {
    const english = await signUpClient(api);
    await english.client.ok(`mutation { updateMyProfile(input: { lang: EN }) { lang } }`);
    await requestReset(createClient(api.url), english.email);
    const token = tokenIn((await inbox.receive(english.email)).text!, '/compte/nouveau-mot-de-passe');

    // The link's page, in another browser: sets the password and signs that browser in.
    const browser = createClient(api.url);
    const reset = await browser.gql<Reset>(RESET, { input: { token, newPassword: 'a brand new password' } });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetPassword.me).toMatchObject({ id: english.personId, lang: 'EN' });
    expect((await browser.ok<{ me: { id: string } | null }>(ME)).me?.id).toBe(english.personId);
    // The session the person had before is over; the old password no longer works, the new one does.
    expect((await english.client.ok<{ me: unknown }>(ME)).me).toBeNull();
    const old = await createClient(api.url).gql(LOG_IN, { input: { email: english.email, password: english.password } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await createClient(api.url).gql(LOG_IN, { input: { email: english.email, password: 'a brand new password' } })).errors).toBeUndefined();

    // A second use is refused, on the token field.
    const again = await createClient(api.url).gql<Reset>(RESET, { input: { token, newPassword: 'yet another password' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TOKEN', field: 'token' });
    expect(again.errors?.[0]?.message).toMatch(/already used/);

    // Written to the audit log, without personal data.
    const records = await db.read((tx) =>
      tx.runText<{ after: string; personId: string }>(`MATCH (c:Change {op: 'resetPassword', entityId: $id}) RETURN c.after AS after, c.personId AS personId`, { id: english.personId }),
    );
    expect(records).toEqual([{ after: JSON.stringify({ password: '(changed)' }), personId: english.personId }]);
  });

  it('answers the same for an unknown address and sends it no e-mail', async () => {
    const unknown = `nobody-${uid()}@test.convergences.local`;
    const known = await signUpClient(api);
    const answer = await requestReset(createClient(api.url), unknown);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ requestPasswordReset: true });
    // Messages leave one at a time in the order they were asked for: once the known address's one has
    // arrived, one for the unknown address would have arrived before it.
    expect((await requestReset(createClient(api.url), known.email)).data).toEqual(answer.data);
    await inbox.receive(known.email);
    expect(inbox.to(unknown)).toEqual([]);
  });

  it('refuses an expired link, and stores only the token’s hash', async () => {
    const person = await signUpClient(api);
    await requestReset(createClient(api.url), person.email);
    const token = tokenIn((await inbox.receive(person.email)).text!, '/compte/nouveau-mot-de-passe');
    const stored = await db.read((tx) =>
      tx.runText<{ hashed: number; raw: number }>(
        `OPTIONAL MATCH (hashed:PasswordReset {tokenHash: $hash}) WITH count(hashed) AS hashed
         OPTIONAL MATCH (raw:PasswordReset) WHERE any(k IN keys(raw) WHERE raw[k] = $token)
         RETURN hashed, count(raw) AS raw`,
        { hash: hashToken(token), token },
      ),
    );
    expect(stored).toEqual([{ hashed: 1, raw: 0 }]);

    await db.write((tx) => tx.runText(`MATCH (r:PasswordReset {tokenHash: $hash}) SET r.expiresAt = datetime() - duration('PT1M')`, { hash: hashToken(token) }));
    const res = await createClient(api.url).gql<Reset>(RESET, { input: { token, newPassword: 'a brand new password' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TOKEN_EXPIRED', field: 'token' });
    expect(res.errors?.[0]?.message).toMatch(/expired/);
    // The password did not change.
    expect((await createClient(api.url).gql(LOG_IN, { input: { email: person.email, password: person.password } })).errors).toBeUndefined();
  });

  it('refuses an unknown token and a short new password, naming the field', async () => {
    const unknown = await createClient(api.url).gql<Reset>(RESET, { input: { token: 'not-a-token', newPassword: 'a brand new password' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TOKEN', field: 'token' });
    const short = await createClient(api.url).gql<Reset>(RESET, { input: { token: 'not-a-token', newPassword: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });

  it('limits requests per address asked for, whether or not it has an account', async () => {
    api.limits.passwordReset.configure({ ...DEFAULT_PASSWORD_RESET_LIMITS, perAccount: { max: 2, windowMs: 60_000 } });
    const known = await signUpClient(api);
    const unknown = `nobody-${uid()}@test.convergences.local`;
    for (const email of [known.email, unknown]) {
      for (let i = 0; i < 2; i++) expect((await requestReset(createClient(api.url), email)).data).toEqual({ requestPasswordReset: true });
      const refused = await requestReset(createClient(api.url), email);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(refused.errors?.[0]?.message).toMatch(/password reset requests/);
    }
  });
});

describe('invitations by e-mail', () => {
  it('sends the invited address a link whose token lets a new person sign up and join the space', async () => {
    const manager = await signUpClient(api, { displayName: `Camille ${uid()}` });
    const space = await buildActor(manager.client, { name: `Compagnie ${uid()}` });
    const invited = `new-${uid()}@test.convergences.local`;
    const answer = await manager.client.ok<{ inviteMember: { invitation: { id: string; email: string }; token: string | null } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id email } token } }`,
      { input: { spaceId: space.id, role: 'EDITOR', email: invited, lang: 'EN' } },
    );
    // As before: an e-mail invitation's token is in the e-mail only, never in the answer.
    expect(answer.inviteMember.token).toBeNull();

    const mail = await inbox.receive(invited);
    expect(mail.subject).toContain('Invitation to join');
    expect(mail.text).toContain(manager.displayName);
    expect(mail.text).toContain('as editor');
    expect(mail.html).toContain('<html lang="en">');
    const token = tokenIn(mail.text!, '/invitation');
    expect(tokenIn(String(mail.html), '/invitation')).toBe(token);

    // What the web app does with the link: sign up (with any address), then accept with the token.
    const newcomer = createClient(api.url);
    await newcomer.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`, {
      input: { email: `someone-${uid()}@test.convergences.local`, password: 'a long enough password', displayName: 'Nouvelle', lang: 'EN' },
    });
    const accepted = await newcomer.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { role } } }`, { input: { token } });
    expect(accepted.errors).toBeUndefined();
    const me = (await newcomer.ok<{ me: { lang: string; memberships: { space: { id: string }; role: string }[] } }>(ME)).me;
    expect(me.lang).toBe('EN');
    expect(me.memberships).toEqual([{ space: { id: space.id }, role: 'EDITOR' }]);

    // The token works once.
    const other = await signUpClient(api);
    const again = await other.client.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { role } } }`, { input: { token } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });
  });

  it('writes in the invited account’s language when the address has one, else the inviter’s', async () => {
    const manager = await signUpClient(api);
    const space = await buildActor(manager.client);
    const existing = await signUpClient(api);
    await existing.client.ok(`mutation { updateMyProfile(input: { lang: EN }) { lang } }`);
    const stranger = `new-${uid()}@test.convergences.local`;
    for (const email of [existing.email, stranger]) {
      await manager.client.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`, { input: { spaceId: space.id, role: 'MEMBER', email } });
    }
    expect((await inbox.receive(existing.email)).subject).toContain('Invitation to join');
    expect((await inbox.receive(stranger)).subject).toContain('Invitation à rejoindre');
  });
});

describe('the development outbox', () => {
  let outboxServer: RunningServer;
  let outboxDir: string;

  beforeAll(async () => {
    outboxDir = await mkdtemp(join(tmpdir(), 'convergences-outbox-'));
    outboxServer = await startServer(testConfigWith({ ...BASE_ENV, MAIL_OUTBOX_DIR: outboxDir }), db);
  });
  afterAll(async () => {
    await outboxServer?.close();
  });

  it('writes each message to a file and lists it, newest first, at /dev/outbox.json', async () => {
    const person = await signUpClient({ url: outboxServer.url });
    await requestReset(createClient(outboxServer.url), person.email);
    await outboxServer.mailer.idle();

    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    const file = JSON.parse(await readFile(join(outboxDir, files[0]!), 'utf8')) as Record<string, string>;
    expect(file).toMatchObject({ to: person.email, lang: 'fr', kind: 'password-reset', subject: 'Choisir un nouveau mot de passe — Convergences' });
    expect(file.text).toContain(`${PUBLIC_URL}/compte/nouveau-mot-de-passe?token=`);
    expect(file.html).toContain('<html lang="fr">');
    expect(Number.isNaN(Date.parse(file.date!))).toBe(false);

    const second = await signUpClient({ url: outboxServer.url });
    await requestReset(createClient(outboxServer.url), second.email);
    await outboxServer.mailer.idle();
    const res = await fetch(`${outboxServer.url}/dev/outbox.json`);
    expect(res.status).toBe(200);
    const listing = (await res.json()) as { dir: string; messages: { to: string; subject: string; text: string }[] };
    expect(listing.dir).toBe(outboxDir);
    expect(listing.messages.map((m) => m.to)).toEqual([second.email, person.email]);
  });

  it('answers 404 at /dev/outbox.json when e-mail goes through SMTP, and in production', async () => {
    expect((await fetch(`${api.url}/dev/outbox.json`)).status).toBe(404);
    const production = await startServer({ ...testConfigWith({ ...BASE_ENV, MAIL_OUTBOX_DIR: outboxDir }), env: 'production', introspection: false }, db);
    try {
      expect((await fetch(`${production.url}/dev/outbox.json`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });

  it('refuses to start in production without SMTP_URL unless e-mail is turned off', async () => {
    const run = (env: Record<string, string>) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/start.ts'], { cwd: ROOT_DIR, env: testEnv({ NODE_ENV: 'production', ...env }), stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const refused = await run({});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('In production, e-mail needs SMTP_URL');
    expect(refused.stderr).toContain('MAIL_DISABLED=true');
    // The check the start runs first: SMTP set, or mail turned off on purpose, passes it.
    const production = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'production', ...env });
    expect(mailStartProblem('production', production({ MAIL_DISABLED: 'true' }).mail)).toBeNull();
    expect(mailStartProblem('production', production({ SMTP_URL: 'smtps://mail.example.org', MAIL_FROM: 'a@example.org' }).mail)).toBeNull();
  });
});
