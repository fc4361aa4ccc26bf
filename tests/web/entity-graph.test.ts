// Entity pages in a real browser (Debian's Chromium, playwright-core), served by the real API from the
// built SPA, on a demo territory loaded for this file under slugs of its own: the festival's graph
// through time (slider by pointer and by keyboard, drawing and table agreeing), every page type
// (place, theme, territory, partnership, content, actor, action) clean for axe-core in French and
// English at 390 and 1280 px, no CSP violation, and a members-only item kept from anonymous visitors.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inProcessExecutor } from '../../api/demo/demo.js';
import { demoToday, type DemoData } from '../../api/demo/demo-data.js';
import { loadDemo } from '../../api/demo/load-demo.js';
import { createApollo } from '../../api/server.js';
import { importTerritories } from '../../api/territory/territory.import.js';
import { adminSession } from '../factories/people.js';
import { uid, useTestApi } from '../helpers/api.js';
import { launchChromium } from '../helpers/browser.js';
import { testConfig, testDb } from '../helpers/db.js';
import { ROOT, buildSpaIfStale } from '../helpers/spa.js';

const SCREENSHOTS = join(ROOT, 'tests/web/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Registered before useTestApi's own beforeAll: the server only serves dist/ if it exists at start.
beforeAll(buildSpaIfStale, 180_000);
const api = useTestApi();

// The API runs beside other test files on a shared machine: give the page time, but fail in the end.
const WAIT_MS = 20_000;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 100 });

const suffix = uid();
let demo: DemoData;
const slug = (written: string) => `${written}-${suffix}`;
const secretName = `Répétition à huis clos ${suffix}`;
let articleId = '';
let communeSlug = '';
let showNames: { current: string[]; archive: string[] };

let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  await importTerritories(testDb(), { departements: ['22'] });
  const apollo = createApollo(testConfig());
  await apollo.start();
  try {
    ({ data: demo } = await loadDemo(inProcessExecutor(apollo, testDb().forMaintenance()), { today: demoToday(), slugSuffix: suffix }));
  } finally {
    await apollo.stop();
  }
  const nameOf = (written: string) => demo.actions.find((a) => a.slug === written)!.name;
  showNames = { current: demo.slugs.shows.map(nameOf), archive: demo.slugs.archiveShows.map(nameOf) };

  // A members-only show of the current festival: its members see it, nobody else.
  const { action: festival } = await api.ok<{ action: { id: string } }>(`query ($s: String) { action(slug: $s) { id } }`, { s: slug(demo.slugs.festival) });
  await api.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`, {
    input: { name: secretName, kind: 'SHOW', visibility: 'MEMBERS', parentIds: [festival.id], since: '2020-01-01' },
  });
  const { content } = await api.ok<{ content: { nodes: { id: string; title: string }[] } }>(
    `query ($space: ID!) { content(kind: ARTICLE, spaceId: $space, first: 50) { nodes { id ... on Article { title } } } }`,
    { space: festival.id },
  );
  articleId = content.nodes.find((n) => n.title === demo.slugs.programmeArticleTitle)!.id;
  const { place } = await api.ok<{ place: { territories: { slug: string; level: string }[] } }>(
    `query ($s: String) { place(slug: $s) { territories { slug level } } }`,
    { s: slug('parc-des-promenades') },
  );
  communeSlug = place.territories.find((t) => t.level === 'COMMUNE')!.slug;

  // Neo4j plans each statement on its first run; on a busy machine that took longer than a page's
  // wait (as in portal.test.ts). Run the pages' statements once, so the browser steps measure the page.
  // Errors are ignored here: the steps check the results.
  const { theme } = await api.ok<{ theme: { id: string } }>(`query ($s: String) { theme(slug: $s) { id } }`, { s: slug(demo.slugs.circusArtsTheme) });
  const { territory } = await api.ok<{ territory: { id: string } }>(`query ($s: String) { territory(slug: $s) { id } }`, { s: communeSlug });
  const period = { from: '2020-01-01', to: '2021-01-01' };
  await Promise.all([
    api.anon(`query ($id: ID!) { entity(id: $id) { links(types: [PART_OF, CARRIES, TAKES_PART_IN, PARTY_TO, CONCERNS], first: 100) { totalCount nodes { id other { id ... on Partnership { links(types: [PARTY_TO], direction: IN, first: 10) { nodes { id } } } } } } } }`, { id: festival.id }),
    ...[{ themeIds: [theme.id] }, { territoryIds: [territory.id] }].map((filter) =>
      api.anon(`query ($f: ActorFilter, $g: ActionFilter) { actors(filter: $f, first: 20) { totalCount nodes { id } } actions(filter: $g, first: 20) { totalCount nodes { id } } }`, { f: filter, g: filter }),
    ),
    ...[{ themeId: theme.id }, { territoryId: territory.id }, { spaceId: festival.id }].map((scope) =>
      api.anon(`query ($f: StatisticsFilter!) { statistics(metric: ACTIONS, filter: $f) { total } }`, { f: { ...scope, ...period } }),
    ),
    api.anon(`query ($s: ID!) { content(kind: ARTICLE, spaceId: $s, first: 5) { totalCount } }`, { s: festival.id }),
  ]);

  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

// A script error, a failed request or a CSP violation in the page fails the test that caused it.
afterEach(() => {
  const seen = pageErrors.splice(0);
  expect(seen).toEqual([]);
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Bodies of the page's GraphQL responses, to check what reached the browser. */
  responses: string[];
}

async function openPage(path: string, options: { width?: number; lang?: 'fr' | 'en'; cookie?: string; reducedMotion?: boolean } = {}): Promise<Opened> {
  const { width = 1280, lang = 'fr' } = options;
  // bypassCSP only lets the test inject axe-core; violations by the page itself are still reported.
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
    bypassCSP: true,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  if (options.cookie) {
    const at = options.cookie.indexOf('=');
    await context.addCookies([{ name: options.cookie.slice(0, at), value: options.cookie.slice(at + 1), url: api.url }]);
  }
  await context.addInitScript((chosen) => {
    localStorage.setItem('convergences.lang', chosen);
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  }, lang);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
  });
  const responses: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql') void response.text().then((body) => responses.push(body), () => {});
  });
  await page.goto(`${api.url}${path}`);
  return { page, context, responses };
}

/** The names in the table of links (its row headers), in order. */
async function tableNames(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /^Liens au|^Links as of/ });
  await table.waitFor();
  return table.locator('tbody').getByRole('rowheader').allInnerTexts();
}

/** The names the drawing shows, as its accessible summary gives them. */
async function drawnLabel(page: Page): Promise<string> {
  return (await page.getByRole('img', { name: /^Graphe au|^Graph as of/ }).getAttribute('aria-label')) ?? '';
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

describe('the graph through time', () => {
  it('replays a festival: a year back, this year’s shows leave the graph and the table; at last year’s edition, its shows are back', async () => {
    const { page, context } = await openPage(`/actions/${slug(demo.slugs.festival)}`);
    const slider = page.getByRole('slider', { name: 'Date du graphe' });
    await slider.waitFor();
    // Today: this year's shows are in the drawing and in the table, last year's are not.
    await poll(() => tableNames(page)).toEqual(expect.arrayContaining(showNames.current));
    for (const name of showNames.current) expect(await drawnLabel(page)).toContain(name);
    for (const name of showNames.archive) expect(await tableNames(page)).not.toContain(name);
    await page.screenshot({ path: join(SCREENSHOTS, 'festival-graph-today-fr-1280.png'), fullPage: true });

    // A year back (or the slider's first month, if the festival's links are all younger): the
    // programme was not out, none of this year's shows is linked yet.
    const now = Number(await slider.inputValue());
    const yearBack = Math.max(now - 12, Number(await slider.getAttribute('min')));
    await slider.fill(String(yearBack));
    await poll(() => new URL(page.url()).searchParams.get('date')?.slice(0, 7)).toBe(`${Math.floor(yearBack / 12)}-${String((yearBack % 12) + 1).padStart(2, '0')}`);
    await poll(async () => (await tableNames(page)).filter((name) => showNames.current.includes(name))).toEqual([]);
    for (const name of showNames.current) expect(await drawnLabel(page)).not.toContain(name);
    // The page's own date field follows the slider: both show the same day.
    expect(await page.getByLabel('À la date du').inputValue()).toBe(new URL(page.url()).searchParams.get('date'));
    await context.close();

    // Last year's edition, now: its shows' links have ended.
    const archive = await openPage(`/actions/${slug(demo.slugs.archiveFestival)}`);
    const archiveSlider = archive.page.getByRole('slider', { name: 'Date du graphe' });
    await archiveSlider.waitFor();
    for (const name of showNames.archive) expect(await tableNames(archive.page)).not.toContain(name);
    // Moved to the month of last year's edition: its shows appear, this year's do not.
    await archiveSlider.fill(String(monthIndex(demo.facts.archiveAsOf)));
    await poll(() => tableNames(archive.page)).toEqual(expect.arrayContaining(showNames.archive));
    const label = await drawnLabel(archive.page);
    for (const name of showNames.archive) expect(label).toContain(name);
    for (const name of showNames.current) {
      expect(label).not.toContain(name);
      expect(await tableNames(archive.page)).not.toContain(name);
    }
    await archive.page.screenshot({ path: join(SCREENSHOTS, 'festival-graph-last-year-fr-1280.png'), fullPage: true });
    await archive.context.close();
  });

  it('does the same by keyboard only: Tab to the slider, arrows move a month, Page Down a year, Enter on a row opens its page', async () => {
    const { page, context } = await openPage(`/actions/${slug(demo.slugs.archiveFestival)}?date=${demo.today}`, { reducedMotion: true });
    const slider = page.getByRole('slider', { name: 'Date du graphe' });
    await slider.waitFor();
    await page.locator('body').focus();
    let tabs = 0;
    while (!(await slider.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      tabs += 1;
      expect(tabs, 'the slider is reached with Tab').toBeLessThan(60);
    }
    const before = Number(await slider.inputValue());
    const target = monthIndex(demo.facts.archiveAsOf);
    const years = Math.floor((before - target) / 12);
    for (let i = 0; i < years; i += 1) await page.keyboard.press('PageDown');
    for (let i = before - years * 12; i > target; i -= 1) await page.keyboard.press('ArrowLeft');
    await poll(() => slider.inputValue()).toBe(String(target));
    // The position is said in words, with its year.
    expect(await slider.getAttribute('aria-valuetext')).toContain(demo.facts.archiveAsOf.slice(0, 4));
    await poll(() => tableNames(page)).toEqual(expect.arrayContaining(showNames.archive));
    for (const name of showNames.current) expect(await tableNames(page)).not.toContain(name);
    // The link count is announced politely.
    expect(await page.getByRole('status').filter({ hasText: /liens? au/ }).innerText()).toMatch(/\d+ liens? au/);

    // On to a show's page by keyboard: the table's links keep the date being looked at.
    const first = page.getByRole('table', { name: /^Liens au/ }).getByRole('link', { name: showNames.archive[0] });
    while (!(await first.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      tabs += 1;
      expect(tabs).toBeLessThan(200);
    }
    await page.keyboard.press('Enter');
    await poll(() => new URL(page.url()).pathname).toBe(`/actions/${encodeURIComponent(slug(demo.slugs.archiveShows[0]!))}`);
    expect(new URL(page.url()).searchParams.get('date')).not.toBeNull();
    await page.getByRole('heading', { level: 1, name: showNames.archive[0] }).waitFor();
    await context.close();
  });
});

describe('entity pages', () => {
  const paths: Record<string, () => string> = {
    place: () => `/lieux/${slug('parc-des-promenades')}`,
    theme: () => `/themes/${slug(demo.slugs.circusArtsTheme)}`,
    territory: () => `/territoires/${communeSlug}`,
    partnership: () => `/partenariats/${slug(demo.slugs.partnership)}`,
    content: () => `/contenus/${articleId}`,
    actor: () => `/acteurs/${slug(demo.slugs.circusCompany)}`,
    action: () => `/actions/${slug(demo.slugs.weeklySeries)}`,
  };
  const cases = Object.keys(paths).flatMap((name) =>
    (['fr', 'en'] as const).flatMap((lang) => [390, 1280].map((width) => [name, lang, width] as const)),
  );

  it.each(cases)('renders the %s page with one h1 and no serious or critical axe-core violation (%s, %i px)', async (name, lang, width) => {
    const path = paths[name]!();
    const { page, context } = await openPage(path, { lang, width });
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').count(), path).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // The page's later sections (graph, lists) arrive before axe looks: no list still busy, the drawing drawn.
    await poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    if (await page.getByRole('img', { name: /^Graphe au|^Graph as of/ }).count()) await poll(() => page.locator('.graph-canvas canvas').count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations, `${path} (${lang}, ${width} px)`).toEqual([]);
    // Nothing wider than the window (a table scrolls in its own region).
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-scroll, .visually-hidden, .maplibregl-map'))
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`)
        .slice(0, 5),
    );
    expect(wider, `${path} at ${width} px`).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${lang}-${width}.png`), fullPage: true });
    await context.close();
  });

  it('says a weekly series in words with its next date, in French and in English', async () => {
    const fr = await openPage(`/actions/${slug(demo.slugs.weeklySeries)}`);
    await fr.page.getByText(/^Tous les mercredis jusqu’au \d+ \p{L}+ \d{4}\./u).first().waitFor();
    await fr.page.getByText(/^Prochaine date :/).first().waitFor();
    await fr.context.close();
    const en = await openPage(`/actions/${slug(demo.slugs.weeklySeries)}`, { lang: 'en' });
    await en.page.getByText(/^Every Wednesday until \d+ [A-Z][a-z]+ \d{4}\./).first().waitFor();
    await en.page.getByText(/^Next date:/).first().waitFor();
    await en.context.close();
  });

  it('renders an article’s Markdown as the API does, with the space it is posted in and the spaces it reaches', async () => {
    const { page, context } = await openPage(`/contenus/${articleId}`);
    await page.getByRole('heading', { level: 1, name: demo.slugs.programmeArticleTitle }).waitFor();
    const town = demo.actors.find((a) => a.slug === demo.slugs.town)!.name;
    await page.getByRole('region', { name: 'Publié dans' }).getByRole('link', { name: town }).waitFor();
    const festival = demo.actions.find((a) => a.slug === demo.slugs.festival)!.name;
    await page.getByRole('region', { name: 'À propos de' }).getByRole('link', { name: festival }).waitFor();
    await context.close();
  });

  it('links the places, themes and partnerships of an actor to their pages', async () => {
    const { page, context } = await openPage(`/acteurs/${slug(demo.slugs.circusCompany)}`);
    await page.getByRole('region', { name: 'Partenariats' }).getByRole('link').first().click();
    await poll(() => new URL(page.url()).pathname).toBe(`/partenariats/${encodeURIComponent(slug(demo.slugs.partnership))}`);
    await page.getByRole('region', { name: 'Thèmes' }).getByRole('link').first().click();
    await poll(() => new URL(page.url()).pathname.startsWith('/themes/')).toBe(true);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });
});

describe('visibility', () => {
  it('keeps a members-only show out of an anonymous visitor’s festival page, graph, table and responses', async () => {
    const path = `/actions/${slug(demo.slugs.festival)}`;
    const anonymous = await openPage(path);
    await poll(() => tableNames(anonymous.page)).toEqual(expect.arrayContaining(showNames.current));
    await poll(() => anonymous.page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await anonymous.page.locator('body').innerText()).not.toContain(secretName);
    expect(await drawnLabel(anonymous.page)).not.toContain(secretName);
    expect(anonymous.responses.length).toBeGreaterThan(0);
    for (const body of anonymous.responses) expect(body).not.toContain(secretName);
    await anonymous.context.close();

    // Those who may see it do: the check above is not passing for want of the show.
    const admin = await adminSession(testDb());
    const member = await openPage(path, { cookie: admin.cookie });
    await poll(() => tableNames(member.page)).toContain(secretName);
    await member.context.close();
  });

  it('does not show a members-only article to an anonymous visitor', async () => {
    const { content } = await api.ok<{ content: { nodes: { id: string; title: string; visibility: string }[] } }>(
      `query { content(kind: ARTICLE, filter: { text: "Bilan de la saison des contes" }, first: 50) { nodes { id visibility ... on Article { title } } } }`,
    );
    const secret = content.nodes.find((n) => n.visibility === 'MEMBERS')!;
    const { page, context } = await openPage(`/contenus/${secret.id}`);
    await page.getByRole('heading', { level: 1, name: 'Introuvable' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(secret.title);
    await context.close();
  });
});
