// Accounts end to end: GraphQL over HTTP with real cookies, against the real Neo4j.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { hashToken } from '../api/auth/session.js';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter, SignUpLimiter, addressBucket } from '../api/auth/rate-limit.js';
import { ROOT_DIR, loadConfig } from '../api/config.js';
import { startServer, type RunningServer } from '../api/server.js';
import { uid, useTestApi } from './helpers/api.js';
import { createClient, signUpClient, type Client } from './helpers/client.js';
import { testConfig, testDb } from './helpers/db.js';
import { testEnv } from './helpers/env.js';

const api = useTestApi();
const db = testDb();

const ME = `{ me { id displayName email emailPublic isAdmin } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { me { id isAdmin } } }`;
const LOG_OUT = `mutation { logOut }`;
const PERSON = `query($id: ID!) { person(id: $id) { id displayName email deleted } }`;

interface MeData {
  me: { id: string; displayName: string; email: string; emailPublic: boolean; isAdmin: boolean } | null;
}

type ErrorLike = { message: string; extensions?: { code?: string; field?: string; retryAfterSeconds?: number }; path?: (string | number)[] };

function logIn(client: Client, email: string, password: string) {
  return client.gql<{ logIn: { me: { id: string; isAdmin: boolean } } }>(LOG_IN, { input: { email, password } });
}

function firstError(res: { errors?: ErrorLike[] }): ErrorLike {
  expect(res.errors, 'expected an error').toBeDefined();
  return res.errors![0]!;
}

async function meOf(client: Client): Promise<MeData['me']> {
  return (await client.ok<MeData>(ME)).me;
}

/** What a browser holding only this token would see. */
async function meWithToken(token: string): Promise<MeData['me']> {
  const replay = createClient(api.url);
  replay.setCookie(token);
  return meOf(replay);
}

// Every request of this file comes from 127.0.0.1: each test starts with fresh limits.
beforeEach(() => api.limits.login.configure(DEFAULT_LOGIN_LIMITS));

describe('sign-up and sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie at sign-up and signs the person in', async () => {
    const client = createClient(api.url);
    const email = `  ${uid()}.Mixed@Test.Convergences.Local `;
    const res = await client.gql<{ signUp: { me: { id: string; email: string; displayName: string } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { me { id email displayName } } }`,
      { input: { email, password: 'correct horse battery', displayName: '  Camille  ' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.me).toMatchObject({ email: email.trim().toLowerCase(), displayName: 'Camille' });
    const line = client.last()!.setCookies.find((l) => l.startsWith('cv_session='));
    expect(line).toBeDefined();
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).toMatch(/;\s*SameSite=Lax/i);
    expect(line).toMatch(/;\s*Path=\//i);
    // Plain HTTP here: Secure would make the browser drop the cookie.
    expect(line).not.toMatch(/;\s*Secure/i);
    expect(await meOf(client)).toMatchObject({ id: res.data!.signUp.me.id, displayName: 'Camille', emailPublic: false, isAdmin: false });
  });

  it('answers me with null for a visitor without a cookie', async () => {
    expect(await meOf(createClient(api.url))).toBeNull();
    expect(await meWithToken('not-a-real-token')).toBeNull();
  });

  it('stores only a hash of the session token and an Argon2id hash of the password', async () => {
    const { client, personId, password } = await signUpClient(api);
    const token = client.cookie()!;
    const stored = await db.read((tx) =>
      tx.runText<{ person: Record<string, unknown>; sessions: Record<string, unknown>[] }>(
        'MATCH (p:Person {id: $id}) RETURN properties(p) AS person, [(p)-[:HAS_SESSION]->(s) | properties(s)] AS sessions',
        { id: personId },
      ),
    );
    const { person, sessions } = stored[0]!;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(sessions)).not.toContain(token);
    expect(String(person.passwordHash)).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(person)).not.toContain(password);
  });

  it('refuses malformed sign-up input, naming the field', async () => {
    const client = createClient(api.url);
    const signUp = (input: Record<string, string>) =>
      client.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`, {
        input: { email: `${uid()}@test.convergences.local`, password: 'long enough password', displayName: 'Ok', ...input },
      });
    expect(firstError(await signUp({ email: 'not-an-email' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(firstError(await signUp({ password: 'short' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(firstError(await signUp({ password: 'x'.repeat(201) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(firstError(await signUp({ displayName: '   ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(firstError(await signUp({ displayName: 'x'.repeat(101) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(client.cookie()).toBeUndefined();
  });

  it('refuses a second account for the same e-mail, whatever its case', async () => {
    const first = await signUpClient(api);
    const res = await createClient(api.url).gql(`mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`, {
      input: { email: first.email.toUpperCase(), password: 'another long password', displayName: 'Copie' },
    });
    expect(firstError(res).extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('rotates the token at login: a new cookie each time, and the one the request came with stops working', async () => {
    const { client, email, password } = await signUpClient(api);
    const before = client.cookie()!;
    const res = await logIn(client, email, password);
    expect(res.errors).toBeUndefined();
    const after = client.cookie()!;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(await meWithToken(before)).toBeNull();
    expect((await meWithToken(after))?.email).toBe(email);
  });

  it('keeps the sessions of other browsers when someone logs in on a new one', async () => {
    const { client, email, password, personId } = await signUpClient(api);
    const other = createClient(api.url);
    await logIn(other, email, password);
    expect((await meOf(client))?.id).toBe(personId);
    expect((await meOf(other))?.id).toBe(personId);
  });

  it('ends the session on the server at logout, so a copied cookie no longer works', async () => {
    const { client } = await signUpClient(api);
    const token = client.cookie()!;
    const res = await client.gql<{ logOut: boolean }>(LOG_OUT);
    expect(res.data?.logOut).toBe(true);
    expect(client.last()!.setCookies.some((l) => /^cv_session=;/.test(l))).toBe(true);
    expect(client.cookie()).toBeUndefined();
    expect(await meWithToken(token)).toBeNull();
    // Replaying the ended token is just an anonymous logout.
    const replay = createClient(api.url);
    replay.setCookie(token);
    expect((await replay.ok<{ logOut: boolean }>(LOG_OUT)).logOut).toBe(false);
  });
});

describe('sign-in errors and limits', () => {
  it('gives the same error for a wrong password and for an unknown e-mail', async () => {
    const { email } = await signUpClient(api);
    const wrong = firstError(await logIn(createClient(api.url), email, 'not the password at all'));
    const unknown = firstError(await logIn(createClient(api.url), `${uid()}@test.convergences.local`, 'not the password at all'));
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.message).toBe('E-mail or password is incorrect.');
    expect(unknown.extensions).toEqual(wrong.extensions);
    expect(unknown.message).toBe(wrong.message);
  });

  it('accepts the e-mail in another case or with spaces around it', async () => {
    const { email, password, personId } = await signUpClient(api);
    const res = await logIn(createClient(api.url), `  ${email.toUpperCase()} `, password);
    expect(res.data?.logIn.me.id).toBe(personId);
  });

  it('refuses a sixth attempt on an account after five wrong passwords, even with the right one', async () => {
    const { email, password } = await signUpClient(api);
    const client = createClient(api.url);
    for (let i = 0; i < 5; i += 1) expect(firstError(await logIn(client, email, `wrong password ${i}`)).extensions?.code).toBe('UNAUTHENTICATED');
    const refused = firstError(await logIn(client, email, password));
    expect(refused.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.message).toMatch(/^Too many sign-in attempts; try again in \d+ minutes?\.$/);
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(800);
    expect(refused.extensions?.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(client.cookie()).toBeUndefined();
    // The same limit applies to an e-mail that has no account: limits do not reveal who exists.
    const ghost = `${uid()}@test.convergences.local`;
    for (let i = 0; i < 5; i += 1) await logIn(client, ghost, `wrong password ${i}`);
    expect(firstError(await logIn(client, ghost, 'wrong password 6')).extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('lets the account try again once the window has passed, and a success clears earlier failures', async () => {
    let now = Date.now();
    api.limits.login.configure({ ...DEFAULT_LOGIN_LIMITS, now: () => now });
    const { email, password } = await signUpClient(api);
    const client = createClient(api.url);
    for (let i = 0; i < 5; i += 1) await logIn(client, email, 'wrong password here');
    expect(firstError(await logIn(client, email, password)).extensions?.code).toBe('TOO_MANY_REQUESTS');
    now += 15 * 60_000 + 1;
    expect((await logIn(client, email, password)).errors).toBeUndefined();
    // After a success, four more failures still leave room for the right password.
    for (let i = 0; i < 4; i += 1) await logIn(client, email, 'wrong password here');
    expect((await logIn(client, email, password)).errors).toBeUndefined();
  });

  it('limits attempts per client address, across accounts', async () => {
    const client = createClient(api.url);
    for (let i = 0; i < 20; i += 1) {
      expect(firstError(await logIn(client, `${uid()}@test.convergences.local`, 'some password')).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { email, password } = await signUpClient(api);
    const refused = firstError(await logIn(client, email, password));
    expect(refused.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('counts each aliased logIn of one request as an attempt', async () => {
    const { email, password } = await signUpClient(api);
    const fields = Array.from({ length: 30 }, (_, i) => `a${i}: logIn(input: $input) { me { id } }`).join('\n');
    const res = await createClient(api.url).gql<Record<string, unknown>>(`mutation($input: LogInInput!) {\n${fields}\n}`, { input: { email, password } });
    // Twenty attempts pass the per-address limit; the 21st alias is refused (and, the field being
    // non-null, the rest of the mutation stops there).
    const refused = firstError(res);
    expect(refused.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.path).toEqual(['a20']);
    const sessions = await db.read((tx) =>
      tx.runText<{ n: number }>('MATCH (:Person {email: $email})-[:HAS_SESSION]->(s) RETURN count(s) AS n', { email }),
    );
    // The sign-up session plus the twenty logins that went through.
    expect(sessions[0]!.n).toBe(21);
  });

  it('counts wrong current passwords in changePassword against the account\u2019s sign-in limit', async () => {
    const { client, password } = await signUpClient(api);
    const change = (currentPassword: string) =>
      client.gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword, newPassword: 'a brand new password' } });
    for (let i = 0; i < 5; i += 1) expect(firstError(await change('wrong current pw')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(firstError(await change(password)).extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('limits that lock the attacker, not the owner', () => {
  // A server that reads client addresses from X-Forwarded-For, as behind a reverse proxy, so one test
  // can speak from many addresses.
  let proxied: RunningServer;
  beforeAll(async () => {
    proxied = await startServer({ ...testConfig(), trustProxy: true, signUpLimitPerHour: 1000 }, db);
  });
  afterAll(async () => {
    await proxied?.close();
  });
  const from = (address: string) => {
    const client = createClient(proxied.url);
    client.headers['x-forwarded-for'] = address;
    return client;
  };
  const signUpFrom = (address: string) =>
    from(address).gql(`mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`, {
      input: { email: `${uid()}${uid()}@test.convergences.local`, password: `pw-${uid()}-${uid()}`, displayName: 'Quelqu\u2019un' },
    });

  it('refuses wrong passwords from one address without locking the owner out from another', async () => {
    proxied.limits.login.configure(DEFAULT_LOGIN_LIMITS);
    const { email, password, personId } = await signUpClient({ url: proxied.url });
    const attacker = from('203.0.113.7');
    for (let i = 0; i < 5; i += 1) expect(firstError(await logIn(attacker, email, `wrong password ${i}`)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await logIn(attacker, email, password)).extensions?.code).toBe('TOO_MANY_REQUESTS');
    const owner = await logIn(from('198.51.100.20'), email, password);
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.logIn.me.id).toBe(personId);
  });

  it('slows a distributed attack on one account instead of locking it', async () => {
    const spacingMs = 300;
    proxied.limits.login.configure({ ...DEFAULT_LOGIN_LIMITS, perAccount: { threshold: 6, windowMs: 15 * 60_000, spacingMs, maxDelayMs: 5_000 } });
    const { email, password, personId } = await signUpClient({ url: proxied.url });
    // Six addresses, one guess each: the account reaches its threshold, no pair or address is locked.
    for (let i = 0; i < 6; i += 1) expect(firstError(await logIn(from(`192.0.2.${i + 1}`), email, 'a wrong guess')).extensions?.code).toBe('UNAUTHENTICATED');
    // From then on attempts are spaced, not refused: four more guesses from new addresses, sent at once,
    // are all answered as wrong passwords, one slot after the other.
    const started = Date.now();
    const guesses = await Promise.all([0, 1, 2, 3].map((i) => logIn(from(`192.0.2.${i + 50}`), email, 'another wrong guess')));
    for (const g of guesses) expect(firstError(g).extensions?.code).toBe('UNAUTHENTICATED');
    // The fourth waited for three slots before it: a lower bound, the delay being a sleep.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * spacingMs);
    // The owner, from an address of their own, still gets in.
    const owner = await logIn(from('198.51.100.30'), email, password);
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.logIn.me.id).toBe(personId);
  });

  it('answers a flood on one account with a retry in seconds, never a lock-out of minutes', async () => {
    // The limiter's clock stands still during the flood, so the five attempts arrive "at once" however
    // slowly a loaded machine delivers them: slots at 0, 0 and 1 s, then a wait over 1.5 s is refused.
    const now = Date.now();
    proxied.limits.login.configure({ ...DEFAULT_LOGIN_LIMITS, now: () => now, perAccount: { threshold: 1, windowMs: 15 * 60_000, spacingMs: 1_000, maxDelayMs: 1_500 } });
    const { email } = await signUpClient({ url: proxied.url });
    const answers = await Promise.all([0, 1, 2, 3, 4].map((i) => logIn(from(`192.0.2.${i + 100}`), email, 'flooding guess')));
    const codes = answers.map((a) => firstError(a).extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    const refused = answers.map(firstError).filter((e) => e.extensions?.code === 'TOO_MANY_REQUESTS');
    expect(refused).toHaveLength(2);
    for (const e of refused) {
      expect(e.extensions?.retryAfterSeconds).toBeLessThanOrEqual(2);
      expect(e.message).toMatch(/^Too many sign-in attempts; try again in \d+ seconds?\.$/);
    }
  });

  it('limits sign-ups per client address', async () => {
    proxied.limits.signUp.configure({ max: 3, windowMs: 60 * 60_000 });
    for (let i = 0; i < 3; i += 1) expect((await signUpFrom('203.0.113.50')).errors).toBeUndefined();
    const refused = firstError(await signUpFrom('203.0.113.50'));
    expect(refused.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(3000);
    expect(refused.message).toMatch(/^Too many sign-ups from this address; try again in \d+ minutes\.$/);
    // Another address is not affected.
    expect((await signUpFrom('203.0.113.51')).errors).toBeUndefined();
  });

  it('reads its sign-up limit from SIGNUP_LIMIT_PER_HOUR', () => {
    expect(loadConfig({ SIGNUP_LIMIT_PER_HOUR: '25' }).signUpLimitPerHour).toBe(25);
    expect(loadConfig({}).signUpLimitPerHour).toBe(10);
    expect(() => loadConfig({ SIGNUP_LIMIT_PER_HOUR: '0' })).toThrow(/SIGNUP_LIMIT_PER_HOUR/);
  });
});

describe('rate limiter', () => {
  it('frees a slot when the oldest hit leaves the window, and reports the wait', async () => {
    // A fake clock that does not run behind the real one, by which expired windows are deleted.
    let now = Date.now();
    const limiter = new SignUpLimiter();
    limiter.configure({ max: 2, windowMs: 10_000 }, () => now);
    expect(await limiter.attempt(db, '192.0.2.1')).toBe(0);
    now += 4_000;
    expect(await limiter.attempt(db, '192.0.2.1')).toBe(0);
    expect(await limiter.attempt(db, '192.0.2.1')).toBe(6);
    now += 6_001;
    expect(await limiter.attempt(db, '192.0.2.1')).toBe(0);
  });

  it('keeps the counts in the graph, shared by every limiter, without e-mails or addresses', async () => {
    const email = `${uid()}@test.convergences.local`;
    // A /64 of its own, so no other test counts against it.
    const address = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}::7`;
    // Two limiters as two processes have: the shared scope, the default limits (five per pair).
    const [first, second] = [new LoginLimiter(), new LoginLimiter()];
    for (let i = 0; i < 5; i += 1) expect(await (i % 2 ? second : first).attempt(db, email, address)).toEqual({ delayMs: 0 });
    expect(await first.attempt(db, email, address)).toMatchObject({ refusedForSeconds: expect.any(Number) });
    expect(await second.attempt(db, email, address)).toMatchObject({ refusedForSeconds: expect.any(Number) });
    const keys = JSON.stringify(await db.read((tx) => tx.runText<{ key: string }>('MATCH (n:RateWindow) RETURN n.key AS key')));
    expect(keys).not.toContain(email);
    expect(keys).not.toContain(addressBucket(address).split('::')[0]!);
  });

  it('deletes windows whose attempts have all expired', async () => {
    const key = `expired-${uid()}`;
    await db.write((tx) => tx.runText('CREATE (:RateWindow {key: $key, hits: [1], expiresAt: 1})', { key }));
    // A limiter's first attempt sets off its cleanup, in the background: wait until the window is gone.
    const limiter = new SignUpLimiter();
    limiter.configure({ max: 5, windowMs: 60_000 });
    await limiter.attempt(db, '192.0.2.99');
    const left = async () => (await db.read((tx) => tx.runText<{ n: number }>('MATCH (n:RateWindow {key: $key}) RETURN count(n) AS n', { key })))[0]!.n;
    while ((await left()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await left()).toBe(0);
  });

  it('groups IPv6 clients by /64 and unwraps IPv4-mapped addresses', () => {
    expect(addressBucket('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });
});

describe('password and profile', () => {
  it('changes the password with the current one and ends the other sessions only', async () => {
    const { client, email, password } = await signUpClient(api);
    const other = createClient(api.url);
    await logIn(other, email, password);
    expect(await meOf(other)).not.toBeNull();
    const res = await client.gql<{ changePassword: boolean }>(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: password, newPassword: 'the new long password' },
    });
    expect(res.data?.changePassword).toBe(true);
    expect(await meOf(client)).not.toBeNull();
    expect(await meOf(other)).toBeNull();
    expect(firstError(await logIn(createClient(api.url), email, password)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await logIn(createClient(api.url), email, 'the new long password')).errors).toBeUndefined();
  });

  it('refuses to change the password for an anonymous visitor or with a short new one', async () => {
    const anon = await createClient(api.url).gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: 'whatever password', newPassword: 'the new long password' },
    });
    expect(firstError(anon).extensions?.code).toBe('UNAUTHENTICATED');
    const { client, password } = await signUpClient(api);
    const short = await client.gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword: password, newPassword: 'short' } });
    expect(firstError(short).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });

  it('shows a person\u2019s e-mail to others only once they make it public', async () => {
    const alice = await signUpClient(api, { displayName: 'Alice' });
    const bob = await signUpClient(api);
    const seenByBob = async () => (await bob.client.ok<{ person: { email: string | null; displayName: string } }>(PERSON, { id: alice.personId })).person;
    expect(await seenByBob()).toMatchObject({ displayName: 'Alice', email: null });
    expect((await createClient(api.url).ok<{ person: { email: string | null } }>(PERSON, { id: alice.personId })).person.email).toBeNull();
    // Her own public profile shows her what others see.
    expect((await alice.client.ok<{ person: { email: string | null } }>(PERSON, { id: alice.personId })).person.email).toBeNull();

    const updated = await alice.client.ok<{ updateMyProfile: { emailPublic: boolean; displayName: string } }>(
      `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { emailPublic displayName } }`,
      { input: { emailPublic: true, displayName: 'Alice M.' } },
    );
    expect(updated.updateMyProfile).toEqual({ emailPublic: true, displayName: 'Alice M.' });
    expect(await seenByBob()).toMatchObject({ displayName: 'Alice M.', email: alice.email });
  });

  it('records profile changes without personal data in the audit log', async () => {
    const { client, personId, email } = await signUpClient(api, { displayName: 'Nom Privé' });
    await client.ok(`mutation { updateMyProfile(input: { displayName: "Autre Nom" }) { id } }`);
    const changes = await db.read((tx) =>
      tx.runText<{ op: string; before: string | null; after: string | null }>(
        "MATCH (c:Change {entityType: 'Person', entityId: $id}) RETURN c.op AS op, c.before AS before, c.after AS after ORDER BY c.seq",
        { id: personId },
      ),
    );
    expect(changes.map((c) => c.op)).toEqual(['createPerson', 'updatePerson']);
    const text = JSON.stringify(changes);
    expect(text).not.toContain(email);
    expect(text).not.toContain('Nom Privé');
    expect(text).not.toContain('Autre Nom');
    expect(text).not.toContain('argon2');
  });

  it('returns null for an unknown person id', async () => {
    expect((await createClient(api.url).ok<{ person: unknown }>(PERSON, { id: '00000000-0000-4000-8000-000000000000' })).person).toBeNull();
  });
});

describe('account deletion', () => {
  it('erases personal data, ends sessions and memberships, and keeps change records attributed', async () => {
    const { client, personId, email, password } = await signUpClient(api);
    const other = createClient(api.url);
    await logIn(other, email, password);
    const created = await client.ok<{ createActor: { actor: { id: string } } }>(
      `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`,
      { input: { name: `Asso ${uid()}`, kind: 'ASSOCIATION' } },
    );
    const actorId = created.createActor.actor.id;

    const wrong = await client.gql(`mutation { deleteMyAccount(input: { password: "not my password" }) }`);
    expect(firstError(wrong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const token = client.cookie()!;
    const res = await client.gql<{ deleteMyAccount: boolean }>(`mutation($p: String!) { deleteMyAccount(input: { password: $p }) }`, { p: password });
    expect(res.data?.deleteMyAccount).toBe(true);
    expect(client.cookie()).toBeUndefined();
    expect(await meWithToken(token)).toBeNull();
    expect(await meOf(other)).toBeNull();

    const [stored] = await db.read((tx) =>
      tx.runText<{ person: Record<string, unknown>; memberships: { until: string | null }[]; authored: { entityId: string; op: string }[] }>(
        `MATCH (p:Person {id: $id})
         RETURN properties(p) AS person,
           [(p)-[m:MEMBER_OF]->() | {until: m.until}] AS memberships,
           COLLECT { MATCH (c:Change {personId: $id}) RETURN c {.entityId, .op} } AS authored`,
        { id: personId },
      ),
    );
    expect(stored!.person).toMatchObject({ displayName: 'Personne supprimée', emailPublic: false });
    expect(stored!.person.email).toBeUndefined();
    expect(stored!.person.passwordHash).toBeUndefined();
    expect(stored!.person.deletedAt).toBeDefined();
    expect(stored!.memberships.length).toBeGreaterThan(0);
    for (const m of stored!.memberships) expect(m.until).not.toBeNull();
    expect(stored!.authored.map((c) => c.entityId)).toContain(actorId);
    expect(stored!.authored.map((c) => c.op)).toEqual(expect.arrayContaining(['createActor', 'endMembership', 'deletePerson']));

    const profile = await createClient(api.url).ok<{ person: { displayName: string; email: string | null; deleted: boolean } }>(PERSON, { id: personId });
    expect(profile.person).toEqual({ id: personId, displayName: 'Personne supprimée', email: null, deleted: true });

    // The old credentials are gone, with the usual neutral error; the address may sign up again.
    expect(firstError(await logIn(createClient(api.url), email, password)).message).toBe('E-mail or password is incorrect.');
    const again = await createClient(api.url).ok<{ signUp: { me: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`, {
      input: { email, password: 'a fresh long password', displayName: 'Revenue' },
    });
    expect(again.signUp.me.id).not.toBe(personId);
  });
});

describe('suspension', () => {
  const SUSPEND = `mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id displayName deleted } }`;

  it('is refused to anonymous visitors and to people who are not administrators', async () => {
    const target = await signUpClient(api);
    const input = { personId: target.personId, reason: 'spam' };
    expect(firstError(await createClient(api.url).gql(SUSPEND, { input })).extensions?.code).toBe('UNAUTHENTICATED');
    const someone = await signUpClient(api);
    expect(firstError(await someone.client.gql(SUSPEND, { input })).extensions?.code).toBe('FORBIDDEN');
    expect(await meOf(target.client)).not.toBeNull();
  });

  it('ends the person\u2019s sessions, blocks their sign-in and records the reason', async () => {
    const target = await signUpClient(api);
    const reason = `Messages abusifs ${uid()}`;
    const res = await api.gql<{ suspendPerson: { id: string } }>(SUSPEND, { input: { personId: target.personId, reason } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.suspendPerson.id).toBe(target.personId);
    expect(await meOf(target.client)).toBeNull();

    const right = firstError(await logIn(createClient(api.url), target.email, target.password));
    expect(right.extensions?.code).toBe('FORBIDDEN');
    expect(right.message).toBe('This account is suspended.');
    // Without the right password, nothing tells the account is suspended.
    const wrong = firstError(await logIn(createClient(api.url), target.email, 'not the right password'));
    expect(wrong).toMatchObject({ message: 'E-mail or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });

    const [change] = await db.read((tx) =>
      tx.runText<{ after: string; personId: string }>("MATCH (c:Change {op: 'suspendPerson', entityId: $id}) RETURN c.after AS after, c.personId AS personId", {
        id: target.personId,
      }),
    );
    expect(JSON.parse(change!.after)).toMatchObject({ suspended: true, reason });
    expect(change!.personId).toBe(api.adminId);
  });

  it('names the field for an unknown person or a missing reason', async () => {
    const unknown = await api.gql(SUSPEND, { input: { personId: '00000000-0000-4000-8000-000000000000', reason: 'x' } });
    expect(firstError(unknown).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
    const target = await signUpClient(api);
    expect(firstError(await api.gql(SUSPEND, { input: { personId: target.personId, reason: '  ' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});

describe('data export', () => {
  it('contains the profile, memberships, authored changes and sessions, and no hash', async () => {
    const { client, personId, email } = await signUpClient(api);
    await client.ok(`mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, { input: { name: `Collectif ${uid()}`, kind: 'COLLECTIVE' } });
    const { exportMyData } = await client.ok<{ exportMyData: string }>(`{ exportMyData }`);
    const data = JSON.parse(exportMyData) as {
      profile: Record<string, unknown>;
      memberships: { role: string }[];
      changes: { op: string }[];
      sessions: Record<string, unknown>[];
    };
    expect(data.profile).toMatchObject({ id: personId, email, emailPublic: false });
    expect(data.memberships.map((m) => m.role)).toContain('MANAGER');
    expect(data.changes.map((c) => c.op)).toEqual(expect.arrayContaining(['createPerson', 'createActor']));
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toHaveProperty('ip');
    expect(exportMyData).not.toMatch(/passwordHash|tokenHash|\$argon2/);
    expect(exportMyData).not.toContain(client.cookie()!);
  });

  it('is refused to anonymous visitors', async () => {
    expect(firstError(await createClient(api.url).gql(`{ exportMyData }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('create-admin command', () => {
  function runCli(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/create-admin.ts', ...args], {
        cwd: ROOT_DIR,
        env: testEnv({ NODE_ENV: 'test', NEO4J_URI: inject('neo4jUri') }),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it('creates an administrator with the password piped on stdin', async () => {
    const email = `admin-${uid()}@test.convergences.local`;
    const out = await runCli(['--email', email, '--name', 'Admin CLI'], 'the admin password\n');
    expect(out.stderr).not.toContain('failed');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Created administrator ${email}`);
    const client = createClient(api.url);
    const res = await logIn(client, email, 'the admin password');
    expect(res.data?.logIn.me.isAdmin).toBe(true);
  });

  it('promotes an existing account without asking its password', async () => {
    const { client, email } = await signUpClient(api);
    expect((await meOf(client))?.isAdmin).toBe(false);
    const out = await runCli(['--email', email.toUpperCase()], '');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Made ${email}`);
    expect((await meOf(client))?.isAdmin).toBe(true);
  });

  it('takes no password on the command line and checks the one it reads', async () => {
    const refused = await runCli(['--email', `x-${uid()}@test.convergences.local`, '--name', 'X', '--password', 'in argv'], '');
    expect(refused.code).not.toBe(0);
    const short = await runCli(['--email', `x-${uid()}@test.convergences.local`, '--name', 'X'], 'short\n');
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain('password');
  });
});
