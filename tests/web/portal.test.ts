// The portal in a real browser (Debian's Chromium driven by playwright-core), served by the real
// API from the built SPA, on the test run's Neo4j. Other files' data is in the same graph: every
// check looks for this file's own unique names.
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uid, useTestApi } from '../helpers/api.js';
import { launchChromium } from '../helpers/browser.js';
import { buildSpaIfStale } from '../helpers/spa.js';

const SCREENSHOT = '/tmp/portal.png';

// Registered before useTestApi's own beforeAll: the server only serves dist/ if it exists at start.
beforeAll(buildSpaIfStale, 120_000);
const api = useTestApi();

const id = uid();
const names = {
  parent: `Réseau test ${id}`,
  child: `Association test ${id}`,
  action: `Atelier test ${id}`,
  place: `Salle test ${id}`,
};
const slugs = { parent: '', child: '', action: '' };
// A second unique word shared by more actors than one page holds.
const crowd = uid();
const CROWD_SIZE = 23;

// The API runs beside other test files on a shared machine: give the page time, but fail in the end.
const WAIT_MS = 15_000;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 100 });

let browser: Browser;
const pageErrors: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  page.setDefaultTimeout(WAIT_MS);
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${api.url}${path}`);
  return page;
}

beforeAll(async () => {
  // api.ok writes as an administrator: this file is about the portal, not about rights.
  const { createActor: parent } = await api.ok<{ createActor: { actor: { id: string; slug: string } } }>(
    `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id slug } } }`,
    { input: { name: names.parent, kind: 'NETWORK', description: 'Un réseau créé par le test du portail.' } },
  );
  const { createPlace: place } = await api.ok<{ createPlace: { place: { id: string } } }>(
    `mutation ($input: CreatePlaceInput!) { createPlace(input: $input) { place { id } } }`,
    {
      input: {
        name: names.place,
        location: { latitude: 48.5146, longitude: -2.7653 },
        address: { street: '1 rue du Test', postalCode: '22000', city: 'Saint-Brieuc' },
      },
    },
  );
  const { createActor: child } = await api.ok<{ createActor: { actor: { id: string; slug: string } } }>(
    `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id slug } } }`,
    { input: { name: names.child, kind: 'ASSOCIATION', parentIds: [parent.actor.id], placeIds: [place.place.id] } },
  );
  const { createAction: action } = await api.ok<{ createAction: { action: { id: string; slug: string } } }>(
    `mutation ($input: CreateActionInput!) { createAction(input: $input) { action { id slug } } }`,
    {
      input: {
        name: names.action,
        kind: 'WORKSHOP',
        status: 'CANCELLED',
        startsAt: '2031-03-14T18:30:00+01:00',
        endsAt: '2031-03-14T20:00:00+01:00',
        carrierIds: [child.actor.id],
        placeIds: [place.place.id],
      },
    },
  );
  await Promise.all(
    Array.from({ length: CROWD_SIZE }, (_, n) =>
      api.ok(`mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`, {
        input: { name: `Collectif ${crowd} ${String(n + 1).padStart(2, '0')}`, kind: 'COLLECTIVE' },
      }),
    ),
  );
  // Neo4j plans each statement on its first run; on a busy machine the first list and search took
  // 7–10 s here, near the API's 15 s query timeout. Run the portal's statements once so the browser
  // steps measure the page, not the planner. Errors are ignored here: the steps check the results.
  await Promise.all(
    [null, id].map((text) =>
      api.gql(
        `query ($text: String, $sort: ActionSort) { actors(filter: { text: $text }) { totalCount } actions(filter: { text: $text }, sort: $sort) { totalCount nodes { id } } }`,
        // The home page's order without a search (web/src/home/ActionList.tsx).
        { text, sort: text ? null : 'UPCOMING' },
      ),
    ),
  );
  slugs.parent = parent.actor.slug;
  slugs.child = child.actor.slug;
  slugs.action = action.action.slug;

  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// A script error or a failed request in the page fails the test that caused it.
afterEach(() => {
  const seen = pageErrors.splice(0);
  expect(seen).toEqual([]);
});

describe('portal', () => {
  it('serves a French page with landmarks, a heading and a skip link first in the tab order', async () => {
    const page = await openPage('/');
    await page.locator('h1').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe('Convergences');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(2);
    expect(await page.getByRole('main').count()).toBe(1);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(first.text).toBe('Aller au contenu');
    expect(first.outline).not.toBe('none');
    await page.close();
  });

  it('lists what is on first on the home page: its first action runs today or later', async () => {
    // This file's own action (in 2031) is on, so whatever else the shared database holds, the first is.
    const page = await openPage('/');
    const first = page.getByRole('region', { name: 'Actions', exact: true }).getByRole('listitem').first().getByRole('link');
    await first.waitFor();
    const slug = decodeURIComponent(new URL((await first.getAttribute('href'))!, api.url).pathname.split('/').pop()!);
    const res = await api.anon<{ action: { startsAt: string | null; endsAt: string | null; recurrence: { rule: string } | null } }>(
      `query ($s: String) { action(slug: $s) { startsAt endsAt recurrence { rule } } }`,
      { s: slug },
    );
    const a = res.data!.action;
    const todayStart = Temporal.Now.zonedDateTimeISO('Europe/Paris').startOfDay().epochMilliseconds;
    const on = a.recurrence !== null || (a.endsAt ? Date.parse(a.endsAt) > todayStart : Date.parse(a.startsAt!) >= todayStart);
    expect(on, `${slug}: ${a.startsAt} → ${a.endsAt}`).toBe(true);
    await page.close();
  });

  it('finds actors and actions from the search box, typed with the keyboard only, with totals and French labels', async () => {
    const page = await openPage('/');
    // Keyboard only: Tab to the home page's search field, type, Enter.
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'search'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type(id);
    await page.keyboard.press('Enter');
    await poll(() => new URL(page.url()).pathname).toBe('/recherche');
    expect(new URL(page.url()).searchParams.get('q')).toBe(id);

    const actors = page.getByRole('region', { name: 'Acteurs', exact: true });
    const actions = page.getByRole('region', { name: 'Actions', exact: true });
    await actors.getByRole('link', { name: names.child }).waitFor();
    await actions.getByRole('link', { name: names.action }).waitFor();
    await poll(() => actors.getByRole('status').textContent()).toBe('2 acteurs');
    await poll(() => actions.getByRole('status').textContent()).toBe('1 action');
    expect(await actors.getByRole('link', { name: names.parent }).count()).toBe(1);

    const actorItem = actors.getByRole('listitem').filter({ hasText: names.child });
    expect(await actorItem.textContent()).toContain('Association');
    const actionItem = actions.getByRole('listitem').filter({ hasText: names.action });
    const actionText = await actionItem.textContent();
    expect(actionText).toContain('Atelier');
    expect(actionText).toContain('14 mars 2031');
    expect(actionText).toContain('18:30');
    expect(actionText).toContain('Annulé');
    // The header's search box shows what was searched.
    expect(await page.locator('#site-search').inputValue()).toBe(id);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // "Accueil" leads back to the home page, the header's box emptied.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/');
    await poll(() => page.locator('#site-search').inputValue()).toBe('');
    await page.close();
  });

  it('goes from an actor to its parent and back down through links, without reloading the page', async () => {
    const page = await openPage(`/recherche?q=${id}`);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await page.getByRole('region', { name: 'Acteurs', exact: true }).getByRole('link', { name: names.child }).click();
    await page.getByRole('heading', { level: 1, name: names.child }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/acteurs/${slugs.child}`);
    await poll(() => page.title()).toBe(`${names.child} — Convergences`);

    const partOf = page.getByRole('region', { name: 'Fait partie de' });
    await partOf.getByRole('link', { name: names.parent }).waitFor();
    await page.getByRole('region', { name: 'Actions portées' }).getByRole('link', { name: names.action }).waitFor();
    const places = await page.getByRole('region', { name: 'Lieux' }).textContent();
    expect(places).toContain(names.place);
    expect(places).toContain('1 rue du Test, 22000 Saint-Brieuc');
    await page.screenshot({ path: '/tmp/portal-actor.png', fullPage: true });

    await partOf.getByRole('link', { name: names.parent }).click();
    await page.getByRole('heading', { level: 1, name: names.parent }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/acteurs/${slugs.parent}`);
    expect(await page.getByText('Réseau', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Comprend' }).getByRole('link', { name: names.child }).waitFor();

    // Back returns to the child's page, still inside the same document.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: names.child }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.close();
  });

  it('shows an action with its carrier, and reads it as of a date before its links existed', async () => {
    const page = await openPage(`/actions/${slugs.action}`);
    await page.getByRole('heading', { level: 1, name: names.action }).waitFor();
    const header = await page.locator('article header').textContent();
    expect(header).toContain('Atelier');
    expect(header).toContain('Annulé');
    expect(header).toContain('14 mars 2031');
    await page.getByRole('region', { name: 'Porté par' }).getByRole('link', { name: names.child }).waitFor();

    await page.getByLabel('À la date du').fill('2020-01-01');
    await poll(() => new URL(page.url()).searchParams.get('date')).toBe('2020-01-01');
    await page.getByRole('region', { name: 'Porté par' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 1, name: names.action }).count()).toBe(1);

    await page.getByRole('button', { name: 'Aujourd’hui' }).click();
    await page.getByRole('region', { name: 'Porté par' }).getByRole('link', { name: names.child }).waitFor();
    await page.close();
  });

  it('shows the total and loads the next page of a long list with "Voir plus"', async () => {
    const page = await openPage(`/explorer?q=${crowd}&show=actors`);
    const actors = page.getByRole('region', { name: 'Acteurs', exact: true });
    await poll(() => actors.getByRole('status').textContent()).toBe(`${CROWD_SIZE} acteurs · 20 affichés`);
    expect(await actors.getByRole('listitem').count()).toBe(20);

    await actors.getByRole('button', { name: 'Voir plus d’acteurs' }).click();
    await poll(() => actors.getByRole('listitem').count()).toBe(CROWD_SIZE);
    expect(await actors.getByRole('status').textContent()).toBe(`${CROWD_SIZE} acteurs`);
    expect(await actors.getByRole('button').count()).toBe(0);
    const listed = await actors.getByRole('link').allTextContents();
    expect(new Set(listed).size).toBe(CROWD_SIZE);
    await page.close();
  });

  it('says "Introuvable" for an unknown slug', async () => {
    const page = await openPage(`/acteurs/inconnu-${id}`);
    await page.getByRole('heading', { level: 1, name: 'Introuvable' }).waitFor();
    await page.close();
  });
});
