// What a browser meets on the wire: the portal under the Content-Security-Policy with no violation,
// the self-hosted GraphQL explorer working with no request to another origin, and the notice the
// portal shows while the server is still loading its data. Debian's Chromium via playwright-core.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/server.js';
import { Readiness } from '../../api/shared/readiness.js';
import { uid, useTestApi } from '../helpers/api.js';
import { launchChromium } from '../helpers/browser.js';
import { testConfig, testDb } from '../helpers/db.js';
import { buildSpaIfStale } from '../helpers/spa.js';

// The API runs beside other test files on a shared machine: give the page time, but fail in the end.
const WAIT_MS = 20_000;

// Registered before useTestApi's own beforeAll: the server serves dist/ only if it exists at start.
beforeAll(buildSpaIfStale, 180_000);
const api = useTestApi();

let browser: Browser;

interface Watched {
  page: Page;
  /** CSP violations the page reported (securitypolicyviolation events), as "directive blocked-uri". */
  violations(): Promise<string[]>;
  /** Every URL the page requested. */
  requests: string[];
  /** Script errors and console errors. */
  errors: string[];
  /** Requests sent and not yet finished (a response body left unread keeps one open). */
  pending: Set<string>;
}

async function open(base: string, path: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  page.setDefaultTimeout(WAIT_MS);
  const requests: string[] = [];
  const errors: string[] = [];
  const pending = new Set<string>();
  let sent = 0;
  const keys = new WeakMap<object, string>();
  page.on('request', (request) => {
    requests.push(request.url());
    const key = `${(sent += 1)} ${request.method()} ${request.url()}`;
    keys.set(request, key);
    pending.add(key);
  });
  const settle = (request: object) => pending.delete(keys.get(request) ?? '');
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${base}${path}`);
  return { page, requests, errors, pending, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

beforeAll(async () => {
  // Neo4j plans each statement on its first run; on a busy machine the first search took longer than
  // the 15 s query timeout. Run the portal's statements once so the browser steps measure the page.
  await Promise.all(
    [null, uid()].map((text) =>
      api.gql(`query ($text: String) { actors(filter: { text: $text }) { totalCount } actions(filter: { text: $text }) { totalCount } }`, { text }),
    ),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy', () => {
  it('lets the portal render its pages with no violation and no request to another origin', async () => {
    const name = `Collectif CSP ${uid()}`;
    const { createActor } = await api.ok<{ createActor: { actor: { slug: string } } }>(
      `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { slug } } }`,
      { input: { name, kind: 'COLLECTIVE', description: 'Un collectif créé par le test des en-têtes.' } },
    );
    const watched = await open(api.url, '/');
    const response = await watched.page.reload();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await watched.page.locator('h1').waitFor();
    await watched.page.goto(`${api.url}/acteurs/${createActor.actor.slug}`);
    await watched.page.getByRole('heading', { level: 1, name }).waitFor();

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.requests.filter((url) => new URL(url).origin !== api.url)).toEqual([]);
    // Every request the pages made completes: none is left hanging (the readiness check once was).
    await expect.poll(() => [...watched.pending], { timeout: WAIT_MS }).toEqual([]);
    await watched.page.close();
  });
});

describe('GraphQL explorer', () => {
  it('runs a typed query from /graphql with every request to this origin and no CSP violation', async () => {
    const name = `Explorateur ${uid()}`;
    const { createActor } = await api.ok<{ createActor: { actor: { slug: string } } }>(
      `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { slug } } }`,
      { input: { name, kind: 'COLLECTIVE' } },
    );
    const watched = await open(api.url, '/graphql');
    const { page } = watched;
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).waitFor();

    // GraphiQL's explorer plugin lists the schema's root fields (from introspection, same origin).
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.getByText('actors', { exact: true }).first().waitFor();

    // CodeMirror's editor has no accessible name: it is reached by GraphiQL's own class.
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(`{ actor(slug: "${createActor.actor.slug}") { name`);
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await page.locator('.result-window').getByText(`"${name}"`).waitFor();
    await page.screenshot({ path: '/tmp/explorer.png' });

    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    const origins = new Set(watched.requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([api.url]);
    await page.close();
  });
});

describe('while the server is still loading its data', () => {
  let server: RunningServer;
  const readiness = new Readiness(() => {}, ['territories', 'demo']);
  let release!: () => void;
  let demo: Promise<void>;
  beforeAll(async () => {
    server = await startServer(testConfig(), testDb(), { readiness });
    await readiness.step('territories', async () => {});
    // Held until the test releases it: the banner's state is driven by this, not by a delay.
    demo = readiness.step('demo', () => new Promise<void>((resolve) => (release = resolve)));
  });
  afterAll(() => server?.close());

  it('shows a polite loading notice, then hides it and loads the data once ready, without a reload', async () => {
    const word = uid();
    const watched = await open(server.url, `/explorer?q=${word}&show=actors`);
    const { page } = watched;
    const notice = page.getByRole('status').filter({ hasText: 'Chargement des données de démonstration…' });
    await notice.waitFor();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const actors = page.getByRole('region', { name: 'Acteurs', exact: true });

    // Data that arrives during the load shows once the server is ready.
    const name = `Collectif arrivé ${word}`;
    await api.ok(`mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, { input: { name, kind: 'COLLECTIVE' } });
    release();
    await demo;
    readiness.markReady();

    await notice.waitFor({ state: 'detached' });
    await actors.getByRole('link', { name }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // The 503s of /readyz while starting are the only console errors allowed.
    expect(watched.errors.filter((e) => !/503/.test(e))).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    await page.close();
  });
});
