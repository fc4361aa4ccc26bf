// Several API processes on one database behave as one service: two real processes (A over bolt://,
// B over neo4j:// routing) on the test run's Neo4j, sharing one media directory. A sign-out, a role
// change or an ended membership on A is honoured by B within a second (the delays are printed); sign-in
// limits count attempts on both; a write on A is read on B with the bookmark A returned; a file
// uploaded on A is served by B.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../api/config.js';
import { BOOKMARK_COOKIE, BOOKMARK_HEADER } from '../api/shared/consistency.js';
import { adminSession } from './factories/people.js';
import { uid } from './helpers/api.js';
import { testDb } from './helpers/db.js';
import { testEnv } from './helpers/env.js';

interface ApiProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

const mediaDir = mkdtempSync(join(tmpdir(), 'convergences-shared-media-'));
const db = testDb();
let a: ApiProcess;
let b: ApiProcess;
let adminCookie: string;

/** Starts tests/helpers/api-process.ts on the given Neo4j address; resolves with its URL once it listens. */
function startProcess(name: string, neo4jUri: string): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/api-process.ts'], {
    cwd: ROOT_DIR,
    env: testEnv({
      NODE_ENV: 'test',
      NEO4J_URI: neo4jUri,
      HOST: '127.0.0.1',
      PORT: '0',
      LOAD_DEMO: 'false',
      IMPORT_TERRITORIES: 'false',
      // Client addresses from X-Forwarded-For, as behind the reverse proxy that spreads requests.
      TRUST_PROXY: 'true',
      MEDIA_DIR: mediaDir,
      REQUEST_TIMEOUT_MS: '120000',
      SIGNUP_LIMIT_PER_HOUR: '100000',
      NEO4J_QUERY_TIMEOUT_MS: '120000',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const url = /^LISTENING (\S+)$/m.exec(stdout)?.[1];
      if (url) resolve({ name, url, child });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`API process ${name} exited (${code}) before listening:\n${stderr}`)));
  });
}

function stopProcess(p: ApiProcess | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    p.child.once('exit', () => resolve());
    p.child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  const bolt = inject('neo4jUri');
  [a, b] = await Promise.all([startProcess('A', bolt), startProcess('B', bolt.replace(/^bolt:/, 'neo4j:'))]);
  adminCookie = (await adminSession(db)).cookie;
}, 180_000);

afterAll(async () => {
  await Promise.all([stopProcess(a), stopProcess(b)]);
  rmSync(mediaDir, { recursive: true, force: true });
});

interface Answer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

/** One GraphQL request to a process, with the cookies and headers given (no cookie jar). */
async function gql<T = Record<string, unknown>>(
  p: ApiProcess,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookies?: string[]; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${p.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.cookies?.length ? { cookie: options.cookies.join('; ') } : {}), ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as Omit<Answer<T>, 'status' | 'headers'>), status: res.status, headers: res.headers };
}

async function ok<T = Record<string, unknown>>(p: ApiProcess, query: string, variables: Record<string, unknown> = {}, cookie = adminCookie): Promise<T> {
  const res = await gql<T>(p, query, variables, { cookies: [cookie] });
  if (res.errors?.length) throw new Error(`GraphQL errors on ${p.name}: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

/** The value a response's Set-Cookie gives one cookie. */
function setCookieValue(headers: Headers, name: string): string | undefined {
  const line = headers.getSetCookie().find((l) => l.startsWith(`${name}=`));
  return line ? decodeURIComponent(line.slice(name.length + 1).split(';')[0]!) : undefined;
}

/** Signs up on a process; returns the session cookie and the credentials. */
async function signUp(p: ApiProcess): Promise<{ cookie: string; personId: string; email: string; password: string }> {
  const email = `${uid()}${uid()}@test.convergences.local`;
  const password = `pw-${uid()}-${uid()}`;
  const res = await gql<{ signUp: { me: { id: string } } }>(p, `mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`, {
    input: { email, password, displayName: `Personne ${uid()}` },
  });
  expect(res.errors).toBeUndefined();
  return { cookie: `cv_session=${encodeURIComponent(setCookieValue(res.headers, 'cv_session')!)}`, personId: res.data!.signUp.me.id, email, password };
}

/**
 * How long after `change` (made on one process) another process first answers as `honoured` says.
 * Probes run before the change too, so the other process holds a freshly cached reader when it comes
 * (the case to bound); one is sent every 25 ms without waiting for the previous one (a slow answer must
 * not hide a quicker one), at most 8 at a time. The delay runs from the change's answer to the sending
 * of the first probe that saw it (0 if one sent during the change did). Gives up after 10 s.
 */
async function honouredAfter(change: () => Promise<void>, honoured: () => Promise<boolean>): Promise<number> {
  let done: number | null = null;
  let first: number | null = null;
  let warm = false;
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  const probe = () => {
    const sent = Date.now();
    inFlight += 1;
    pending.push(
      honoured().then((yes) => {
        inFlight -= 1;
        if (!yes) warm = true;
        else if (done !== null && first === null) first = Math.max(sent, done);
      }),
    );
  };
  const changing = (async () => {
    while (!warm) await sleep(5);
    await change();
    done = Date.now();
  })();
  const started = Date.now();
  while (first === null && Date.now() - started < 15_000) {
    if (inFlight < 8) probe();
    await sleep(25);
  }
  await changing;
  await Promise.all(pending);
  expect(first, 'the change was never seen').not.toBeNull();
  return first! - done!;
}

const ME = `{ me { id } }`;
const ACTOR = `query($id: ID!) { actor(id: $id) { id } }`;
const delays: Record<string, number> = {};

describe('two API processes on one database', () => {
  it('refuses on B a session signed out on A within a second', async () => {
    const person = await signUp(a);
    // B has resolved (and cached) the session.
    expect((await ok<{ me: { id: string } | null }>(b, ME, {}, person.cookie)).me?.id).toBe(person.personId);
    const logOut = async () => {
      const out = await gql<{ logOut: boolean }>(a, `mutation { logOut }`, {}, { cookies: [person.cookie] });
      expect(out.data?.logOut).toBe(true);
    };
    // The copied cookie alone, as an attacker holding it would send it.
    delays.logout = await honouredAfter(logOut, async () => (await ok<{ me: unknown }>(b, ME, {}, person.cookie)).me === null);
    console.log(`[multi-process] sign-out on A honoured by B after ${delays.logout} ms`);
    expect(delays.logout).toBeLessThanOrEqual(1_000);
  });

  it('applies on B a role change and an ended membership made on A within a second', async () => {
    // The person is EDITOR of a parent space, so sees its members-only child; and MEMBER of another space.
    const parent = await ok<{ createActor: { actor: { id: string } } }>(a, `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, {
      input: { name: `Réseau ${uid()}`, kind: 'NETWORK' },
    });
    const parentId = parent.createActor.actor.id;
    const createMembersOnly = async (parentIds?: string[]) =>
      (
        await ok<{ createActor: { actor: { id: string } } }>(a, `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, {
          input: { name: `Interne ${uid()}`, kind: 'ASSOCIATION', visibility: 'MEMBERS', parentIds },
        })
      ).createActor.actor.id;
    const childId = await createMembersOnly([parentId]);
    const otherId = await createMembersOnly();
    const person = await signUp(a);
    const join = async (spaceId: string, role: string) => {
      const invited = await ok<{ inviteMember: { invitation: { id: string } } }>(a, `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`, {
        input: { spaceId, role, email: person.email },
      });
      const accepted = await ok<{ acceptInvitation: { membership: { id: string } } }>(
        a,
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`,
        { input: { invitationId: invited.inviteMember.invitation.id } },
        person.cookie,
      );
      return accepted.acceptInvitation.membership.id;
    };
    const editorship = await join(parentId, 'EDITOR');
    const membership = await join(otherId, 'MEMBER');
    const seesOnB = async (id: string) => (await ok<{ actor: { id: string } | null }>(b, ACTOR, { id }, person.cookie)).actor !== null;
    expect(await seesOnB(childId)).toBe(true);
    expect(await seesOnB(otherId)).toBe(true);

    const demote = () => ok(a, `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { id } } }`, { input: { membershipId: editorship, role: 'MEMBER' } }).then(() => {});
    delays.roleChange = await honouredAfter(demote, async () => !(await seesOnB(childId)));
    console.log(`[multi-process] role change on A honoured by B after ${delays.roleChange} ms`);

    const end = () => ok(a, `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`, { input: { membershipId: membership } }).then(() => {});
    delays.membershipEnd = await honouredAfter(end, async () => !(await seesOnB(otherId)));
    console.log(`[multi-process] ended membership on A honoured by B after ${delays.membershipEnd} ms`);
    expect(delays.roleChange).toBeLessThanOrEqual(1_000);
    expect(delays.membershipEnd).toBeLessThanOrEqual(1_000);
  });

  it('counts sign-in failures on A and B against one limit', async () => {
    const person = await signUp(a);
    // One client address (the proxy's X-Forwarded-For), its requests spread over both processes.
    const address = `203.0.113.${Math.floor(Math.random() * 254) + 1}`;
    const logIn = (p: ApiProcess, password: string) =>
      gql(p, `mutation($input: LogInInput!) { logIn(input: $input) { me { id } } }`, { input: { email: person.email, password } }, { headers: { 'x-forwarded-for': address } });
    for (let i = 0; i < 5; i += 1) {
      expect((await logIn(i % 2 ? b : a, `wrong password ${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // Three failures on A and two on B make the five the pair allows: both refuse now, the right password too.
    expect((await logIn(a, person.password)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await logIn(b, person.password)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('reads on B what was written on A, with the bookmark A returned', async () => {
    const name = `Écrit sur A ${uid()}`;
    const created = await gql<{ createActor: { actor: { id: string } } }>(a, `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, { input: { name, kind: 'ASSOCIATION' } }, { cookies: [adminCookie] });
    expect(created.errors).toBeUndefined();
    const bookmark = created.headers.get(BOOKMARK_HEADER);
    expect(bookmark).toMatch(/^[A-Za-z0-9+/=:_.-]+(,[A-Za-z0-9+/=:_.-]+)*$/);
    // The same bookmark in a short-lived HttpOnly cookie, for browsers.
    const line = created.headers.getSetCookie().find((l) => l.startsWith(`${BOOKMARK_COOKIE}=`));
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/Max-Age=\d+/i);
    expect(setCookieValue(created.headers, BOOKMARK_COOKIE)).toBe(bookmark);
    const id = created.data!.createActor.actor.id;
    const read = (options: { cookies?: string[]; headers?: Record<string, string> }) => gql<{ actor: { id: string; name: string } | null }>(b, `query($id: ID!) { actor(id: $id) { id name } }`, { id }, options);

    const byHeader = await read({ headers: { [BOOKMARK_HEADER]: bookmark! } });
    expect(byHeader.data?.actor).toEqual({ id, name });
    const byCookie = await read({ cookies: [`${BOOKMARK_COOKIE}=${encodeURIComponent(bookmark!)}`] });
    expect(byCookie.data?.actor).toEqual({ id, name });
    // A read sets no bookmark of its own.
    expect(byHeader.headers.get(BOOKMARK_HEADER)).toBeNull();
    // A malformed bookmark, or a well-shaped one the server never issued, is ignored: never an error.
    for (const bad of ['not a bookmark!', 'x'.repeat(5000), 'FB:AAAA', 'a,b,c,d,e,f']) {
      const res = await read({ headers: { [BOOKMARK_HEADER]: bad } });
      expect(res.status, bad).toBe(200);
      expect(res.errors, bad).toBeUndefined();
      expect(res.data?.actor, bad).toEqual({ id, name });
    }
  });

  it('serves from B a file uploaded on A, the media directory being shared', async () => {
    const space = await ok<{ createActor: { actor: { id: string } } }>(a, `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, {
      input: { name: `Médiathèque ${uid()}`, kind: 'ASSOCIATION' },
    });
    const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: { r: Math.floor(Math.random() * 255), g: 90, b: 40 } } })
      .png()
      .toBuffer();
    const res = await fetch(`${a.url}/media?${new URLSearchParams({ spaceId: space.createActor.actor.id, title: `Image ${uid()}` })}`, {
      method: 'POST',
      headers: { 'x-convergences-upload': '1', 'content-type': 'application/octet-stream', cookie: adminCookie },
      body: png,
    });
    expect(res.status).toBe(201);
    const { media } = (await res.json()) as { media: { url: string; thumbnailUrl: string } };
    const bookmark = res.headers.get(BOOKMARK_HEADER);
    expect(bookmark).not.toBeNull();
    const file = await fetch(`${b.url}${media.url}`, { headers: { [BOOKMARK_HEADER]: bookmark! } });
    expect(file.status).toBe(200);
    const served = Buffer.from(await file.arrayBuffer());
    expect((await sharp(served).metadata()).width).toBe(24);
    const thumb = await fetch(`${b.url}${media.thumbnailUrl}`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
  });
});
