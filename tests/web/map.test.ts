// The explorer's map in a real browser (Debian's Chromium driven by playwright-core), served by the real
// API from the built SPA. This file's places carry a theme of its own and the map is opened on that
// theme, so other files' data in the same graph never counts. The group of five places sits at a third
// of a grid cell at every zoom (see `offCellEdges`), so it is one cluster whatever the zoom of the view.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from '../factories/actions.js';
import { buildActor } from '../factories/actors.js';
import { buildPlace } from '../factories/places.js';
import { buildTheme } from '../factories/themes.js';
import type { Built } from '../factories/write.js';
import { uid, useTestApi } from '../helpers/api.js';
import { launchChromium } from '../helpers/browser.js';
import { ROOT, buildSpaIfStale } from '../helpers/spa.js';

const SCREENSHOTS = join(ROOT, 'tests', 'web', 'screenshots');

// Registered before useTestApi's own beforeAll: the server only serves dist/ if it exists at start.
beforeAll(buildSpaIfStale, 180_000);
const api = useTestApi();

// The API runs beside other test files on a shared machine: give the page time, but fail in the end.
const WAIT_MS = 20_000;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 100 });

/**
 * A point at a third of a cell of the 2^10-cell Web-Mercator grid in both directions: doubling the grid
 * puts it at two thirds, then a third again, so at every zoom it is a third of a cell away from an edge.
 */
function offCellEdges(latitude: number, longitude: number): { latitude: number; longitude: number } {
  const n = 1024;
  const x = (Math.floor(((longitude + 180) / 360) * n) + 1 / 3) / n;
  const rad = (latitude * Math.PI) / 180;
  const y0 = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  const y = (Math.floor(y0 * n) + 1 / 3) / n;
  return { longitude: x * 360 - 180, latitude: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI };
}

const id = uid();
const GROUP = 5;
const centre = offCellEdges(48.5348, -2.7706); // Plérin
const names = {
  group: Array.from({ length: GROUP }, (_, n) => `Local ${id} ${n + 1}`),
  actor: (n: number) => `Association carte ${id} ${n + 1}`,
  lone: `Salle ${id}`,
  loneAction: `Atelier carte ${id}`,
  secret: `Réserve ${id}`,
  secretAction: `Réunion réservée ${id}`,
};
let theme: Built;
let firstActor: Built;
let secretPlace: Built;

let browser: Browser;
const pageErrors: string[] = [];

interface OpenOptions {
  lang?: 'fr' | 'en';
  width?: number;
  /** For axe-core, whose source is injected as a script (the page's CSP would refuse it). */
  bypassCSP?: boolean;
}

interface MapPage {
  context: BrowserContext;
  page: Page;
  /** CSP violations the page reported (securitypolicyviolation events). */
  violations: () => Promise<string[]>;
  /** Every GraphQL response body the page received. */
  responses: string[];
  /** Variables of the page's mapClusters requests, in order. */
  mapRequests: Record<string, unknown>[];
}

async function openPage(path: string, o: OpenOptions = {}): Promise<MapPage> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 1280, height: 900 },
    locale: o.lang === 'en' ? 'en-GB' : 'fr-FR',
    bypassCSP: o.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.addInitScript((lang) => {
    localStorage.setItem('convergences.lang', lang);
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  }, o.lang ?? 'fr');
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
  });
  const responses: string[] = [];
  const mapRequests: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/graphql') && body?.includes('mapClusters')) mapRequests.push((JSON.parse(body) as { variables: Record<string, unknown> }).variables);
  });
  page.on('response', (response) => {
    if (response.url().endsWith('/graphql')) void response.text().then((text) => responses.push(text), () => {});
  });
  await page.goto(`${api.url}${path}`);
  return {
    context,
    page,
    responses,
    mapRequests,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

const mapPath = () => `/carte?theme=${theme.id}`;
const CLUSTERS_QUERY = `query ($bbox: BoundingBox!, $zoom: Float!, $actors: ActorFilter, $actions: ActionFilter, $show: [MapLayer!]) {
  mapClusters(bbox: $bbox, zoom: $zoom, actors: $actors, actions: $actions, show: $show) { totalPlaces clusters { count } places { id name } }
}`;

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  theme = await buildTheme(api, { name: `Thème carte ${id}` });
  const group = await Promise.all(
    names.group.map((name, n) =>
      buildPlace(api, {
        name,
        latitude: centre.latitude + (n - 2) * 0.00002,
        longitude: centre.longitude + (n - 2) * 0.00002,
        address: { street: `${n + 1} rue du Port`, postalCode: '22190', city: 'Plérin' },
      }),
    ),
  );
  // One after the other: links to the same theme in parallel transactions deadlock (Neo4j retries, the API does not).
  const actors: Built[] = [];
  for (const [n, place] of group.entries()) actors.push(await buildActor(api, { name: names.actor(n), places: [place], themes: [theme] }));
  firstActor = actors[0]!;
  // Far enough from the group (0.7° east, two cells at the first view's zoom) to be drawn alone.
  const lone = await buildPlace(api, { name: names.lone, ...offCellEdges(48.4556, -2.0503), address: { city: 'Dinan' } });
  await buildAction(api, { name: names.loneAction, kind: 'WORKSHOP', places: [lone], themes: [theme], carriers: [firstActor], startsAt: '2031-05-01T10:00:00+02:00' });
  // A members-only action at a place of its own: an anonymous visitor's map must not count that place.
  secretPlace = await buildPlace(api, { name: names.secret, ...offCellEdges(48.235, -3.3167), address: { city: 'Rostrenen' } });
  await buildAction(api, { name: names.secretAction, visibility: 'MEMBERS', places: [secretPlace], themes: [theme], carriers: [firstActor], startsAt: '2031-05-02T10:00:00+02:00' });
  // Neo4j plans each statement on its first run; on a busy machine the map's first took 47 s here.
  // Run the page's statements once (as the start's warm-up does) so the steps measure the page.
  const warm = { bbox: { west: -3.67, south: 48.03, east: -1.9, north: 48.9 }, zoom: 9, actors: { themeIds: [theme.id] }, actions: { themeIds: [theme.id] } };
  await Promise.all([api.anon(CLUSTERS_QUERY, warm), api.gql(CLUSTERS_QUERY, warm)]);
  await api.anon(`query ($id: ID!) { place(id: $id) { id name actors(first: 100) { actor { id slug name kind } } actions(first: 100) { action { id slug name kind status } } } }`, { id: secretPlace.id });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

// A script error, a failed request or a CSP report in the page fails the test that caused it.
afterEach(() => {
  const seen = pageErrors.splice(0);
  expect(seen).toEqual([]);
});

describe('the map', () => {
  it('draws the filter’s places as named clusters and places, with the total the API gives for the same view', async () => {
    const { page, context, mapRequests, violations } = await openPage(mapPath());
    const region = page.getByRole('region', { name: 'Carte des lieux' });
    const cluster = region.getByRole('button', { name: /^5 lieux\b/ });
    await cluster.waitFor();
    expect(await cluster.textContent()).toBe('5');
    await region.getByRole('button', { name: `${names.lone} — Dinan` }).waitFor();
    await poll(() => region.getByRole('status').textContent()).toBe(`${GROUP + 1} lieux dans cette zone`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Carte');
    expect(await page.getByText('Clavier : Tab va de la carte').count()).toBe(1);

    // The same question asked by an anonymous visitor over HTTP gets the count the page shows.
    const variables = mapRequests.at(-1)!;
    const anon = await api.anon<{ mapClusters: { totalPlaces: number } }>(CLUSTERS_QUERY, variables);
    expect(anon.data!.mapClusters.totalPlaces).toBe(GROUP + 1);
    expect(await violations()).toEqual([]);
    await screenshot(page, 'map-fr-1280');
    await context.close();
  });

  it('does not count the place of a members-only action for an anonymous visitor, in the page or its responses', async () => {
    const { page, context, mapRequests, responses } = await openPage(mapPath());
    const region = page.getByRole('region', { name: 'Carte des lieux' });
    await poll(() => region.getByRole('status').textContent()).toBe(`${GROUP + 1} lieux dans cette zone`);
    // The administrator's answer for the same view holds it: the seed is there, the visitor does not see it.
    const asAdmin = await api.ok<{ mapClusters: { totalPlaces: number } }>(CLUSTERS_QUERY, mapRequests.at(-1));
    expect(asAdmin.mapClusters.totalPlaces).toBe(GROUP + 2);
    expect(await page.getByText(names.secret).count()).toBe(0);
    expect(await page.locator(`[data-place-id="${secretPlace.id}"]`).count()).toBe(0);
    const received = responses.join('\n');
    expect(received).not.toContain(secretPlace.id);
    expect(received).not.toContain(names.secret);
    await context.close();
  });

  it('zooms to a cluster’s places when it is clicked', async () => {
    const { page, context } = await openPage(mapPath());
    const region = page.getByRole('region', { name: 'Carte des lieux' });
    await region.getByRole('button', { name: /^5 lieux\b/ }).click();
    // Zoomed in, the five places are drawn one by one, each a named button.
    for (const name of names.group) await region.getByRole('button', { name: `${name} — ${name.slice(-1)} rue du Port, 22190 Plérin` }).waitFor();
    expect(await region.getByRole('button', { name: /^5 lieux\b/ }).count()).toBe(0);
    await screenshot(page, 'map-fr-1280-zoomed');
    await context.close();
  });

  it('opens a place’s popup with the keyboard, lists its actors with links, and closes it with Escape', async () => {
    const { page, context } = await openPage(mapPath());
    const region = page.getByRole('region', { name: 'Carte des lieux' });
    const lone = region.getByRole('button', { name: `${names.lone} — Dinan` });
    await lone.waitFor();
    // Tab from the map's canvas through the markers to the place.
    await page.locator('.maplibregl-canvas').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await lone.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: names.lone });
    await dialog.getByRole('link', { name: names.loneAction }).waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await screenshot(page, 'map-fr-1280-popup');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await lone.evaluate((element) => element === document.activeElement)).toBe(true);

    // The list below the map reaches the same place, and its popup leads to the action's page.
    await page.getByRole('region', { name: 'Les lieux de cette zone' }).getByRole('button', { name: names.lone }).click();
    await dialog.getByRole('link', { name: names.loneAction }).click();
    await page.getByRole('heading', { level: 1, name: names.loneAction }).waitFor();
    await context.close();
  });

  it('limits the explorer to the map’s area, so the list follows', async () => {
    const { page, context } = await openPage(mapPath());
    const region = page.getByRole('region', { name: 'Carte des lieux' });
    await region.getByRole('button', { name: /^5 lieux\b/ }).click();
    await region.getByRole('button', { name: new RegExp(`^${names.group[0]} —`) }).waitFor();
    await region.getByRole('button', { name: 'Limiter à la zone de la carte' }).click();
    await poll(() => new URL(page.url()).searchParams.get('bbox')).toMatch(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/);
    expect(new URL(page.url()).searchParams.get('theme')).toBe(theme.id);
    await region.getByRole('button', { name: 'Retirer la limite de zone' }).waitFor();
    await page.getByRole('link', { name: 'Voir ces résultats en liste' }).click();
    const actors = page.getByRole('region', { name: 'Acteurs', exact: true });
    await poll(() => actors.getByRole('status').textContent()).toBe(`${GROUP} acteurs`);
    await context.close();
  });

  it('shows an actor’s places on a small map on its page', async () => {
    const { page, context, violations } = await openPage(`/acteurs/${firstActor.slug}`);
    await page.getByRole('heading', { level: 1, name: firstActor.name }).waitFor();
    await page.getByRole('img', { name: `Carte des lieux de ${firstActor.name}` }).waitFor();
    await page.locator('.mini-map .maplibregl-canvas').waitFor();
    expect(await violations()).toEqual([]);
    await screenshot(page, 'actor-mini-map-fr-1280');
    await context.close();
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const width of [390, 1280]) {
      it(`has no serious or critical axe-core violation (${lang}, ${width} px)`, async () => {
        const { page, context } = await openPage(mapPath(), { lang, width, bypassCSP: true });
        const region = page.getByRole('region', { name: lang === 'fr' ? 'Carte des lieux' : 'Map of places' });
        await poll(() => region.getByRole('status').textContent()).toBe(lang === 'fr' ? `${GROUP + 1} lieux dans cette zone` : `${GROUP + 1} places in this area`);
        await region.locator('.maplibregl-canvas').waitFor();
        await page.addScriptTag({ content: axe.source });
        const found = await page.evaluate(async () => {
          const { axe: run } = window as unknown as { axe: typeof import('axe-core') };
          const result = await run.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(found).toEqual([]);
        await screenshot(page, `map-${lang}-${width}`);
        await context.close();
      });
    }
  }
});
