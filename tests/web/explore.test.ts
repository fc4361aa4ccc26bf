// The explorer in Chromium against the real API with a demo territory of this file's own (slugs
// suffixed): search across kinds with the matched words marked, filters whose counts agree with the
// API, one filter state in the address shared by the list and the agenda, Back and a shared link,
// and the phone's sheet.
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inProcessExecutor } from '../../api/demo/demo.js';
import { demoToday } from '../../api/demo/demo-data.js';
import { loadDemo } from '../../api/demo/load-demo.js';
import { createApollo } from '../../api/server.js';
import { importTerritories } from '../../api/territory/territory.import.js';
import { parsePortalFilter, toActionFilter, toActorFilter } from '../../api/shared/portal-filter.js';
import { uid, useTestApi } from '../helpers/api.js';
import { launchChromium } from '../helpers/browser.js';
import { testConfig, testDb } from '../helpers/db.js';
import { buildSpaIfStale } from '../helpers/spa.js';

beforeAll(buildSpaIfStale, 120_000);
const api = useTestApi();

const WAIT_MS = 20_000;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 100 });
const ZONE = 'Europe/Paris';

let browser: Browser;
const pageErrors: string[] = [];
const suffix = uid();
let cultureId = '';

async function openPage(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'fr-FR' });
  page.setDefaultTimeout(WAIT_MS);
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${api.url}${path}`);
  return page;
}

/** The API's totals for a portal query string, as the explorer computes its filters. */
async function apiTotals(search: string): Promise<{ actors: number; actions: number; occurrences: number }> {
  const filter = parsePortalFilter(new URLSearchParams(search));
  const now = Temporal.Now.instant();
  const month = Temporal.Now.plainDateISO(ZONE).with({ day: 1 });
  const actionFilter = toActionFilter(filter, now, ZONE);
  const res = await api.anon<{ actors: { totalCount: number }; actions: { totalCount: number }; occurrences: { totalCount: number } }>(
    `query ($actors: ActorFilter, $actions: ActionFilter, $agenda: ActionFilter, $from: DateTime!, $to: DateTime!) {
      actors(filter: $actors, first: 0) { totalCount }
      actions(filter: $actions, first: 0) { totalCount }
      occurrences(from: $from, to: $to, filter: $agenda, first: 0) { totalCount }
    }`,
    {
      actors: toActorFilter(filter),
      actions: actionFilter,
      agenda: { ...actionFilter, from: undefined, to: undefined },
      from: month.toZonedDateTime(ZONE).toInstant().toString(),
      to: month.add({ months: 1 }).toZonedDateTime(ZONE).toInstant().toString(),
    },
  );
  expect(res.errors).toBeUndefined();
  return { actors: res.data!.actors.totalCount, actions: res.data!.actions.totalCount, occurrences: res.data!.occurrences.totalCount };
}

const statusOf = (page: Page, region: string) => page.getByRole('region', { name: region, exact: true }).getByRole('status').first();
/** The first number of a text ("1 234 actions · 20 affichés" → 1234). */
const number = (text: string | null) => Number(/\d[\d\s\u202f\u00a0]*/.exec(text ?? '')?.[0].replace(/\D/g, '') ?? NaN);

beforeAll(async () => {
  await importTerritories(testDb(), { departements: ['22'] });
  const apollo = createApollo(testConfig());
  await apollo.start();
  await loadDemo(inProcessExecutor(apollo, testDb().forMaintenance()), { today: demoToday(), slugSuffix: suffix });
  await apollo.stop();
  const res = await api.anon<{ theme: { id: string } | null }>(`query ($slug: String) { theme(slug: $slug) { id } }`, { slug: `culture-${suffix}` });
  cultureId = res.data?.theme?.id ?? '';
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

describe('explorer', () => {
  it('finds "epicerie solidair" across kinds with the matched words marked, and opens the result', async () => {
    const page = await openPage('/');
    await page.locator('#site-search').fill('epicerie solidair');
    await page.locator('#site-search').press('Enter');
    const actors = page.getByRole('region', { name: 'Acteurs', exact: true });
    const result = actors.getByRole('listitem').filter({ hasText: 'L’Épi du Gouët' }).first();
    await result.waitFor();
    const marks = await result.locator('mark').allTextContents();
    expect(marks.join(' ')).toMatch(/Épicerie/);
    expect(marks.join(' ')).toMatch(/solidaire/);
    // The group's total is said, whatever the number of hits shown.
    expect(number(await statusOf(page, 'Acteurs').textContent())).toBeGreaterThanOrEqual(1);
    await result.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'L’Épi du Gouët' }).waitFor();
    await page.close();
  });

  it('filters by a theme and a period with counts that agree with the API, in the address, Back restoring the previous view', async () => {
    expect(cultureId).not.toBe('');
    const page = await openPage('/explorer');
    const filters = page.getByRole('complementary', { name: 'Filtres' });
    // The theme's count beside it is the total the lists then show.
    const cultureBox = filters.locator('label.check').filter({ hasText: /^Culture, \d/ }).first();
    await cultureBox.waitFor();
    const announced = number(await cultureBox.locator('.facet-count').textContent());
    await cultureBox.getByRole('checkbox').check();
    await poll(() => new URL(page.url()).searchParams.getAll('theme').length).toBe(1);
    const themeSearch = new URL(page.url()).search;
    const withTheme = await apiTotals(themeSearch);
    await poll(async () => number(await statusOf(page, 'Actions').textContent())).toBe(withTheme.actions);
    await poll(async () => number(await statusOf(page, 'Acteurs').textContent())).toBe(withTheme.actors);
    expect(announced).toBe(withTheme.actions + withTheme.actors);

    // Then a period: this month.
    await filters.getByRole('radio', { name: 'Ce mois-ci' }).check();
    await poll(() => new URL(page.url()).searchParams.get('period')).toBe('month');
    const both = new URL(page.url()).search;
    const withBoth = await apiTotals(both);
    await poll(async () => number(await statusOf(page, 'Actions').textContent())).toBe(withBoth.actions);

    // The agenda reads the same filter from the same address.
    await page.getByRole('navigation', { name: 'Explorer' }).getByRole('link', { name: 'Agenda' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/agenda');
    expect(new URL(page.url()).searchParams.get('period')).toBe('month');
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    await poll(async () => number(await page.locator('.agenda .count').textContent())).toBe(withBoth.occurrences);

    // A shared link reproduces the view in a new page.
    const shared = await openPage(`/explorer${both}`);
    const sharedFilters = shared.getByRole('complementary', { name: 'Filtres' });
    await poll(() => sharedFilters.getByRole('radio', { name: 'Ce mois-ci' }).isChecked()).toBe(true);
    await poll(async () => number(await statusOf(shared, 'Actions').textContent())).toBe(withBoth.actions);
    await shared.close();

    // Back: the agenda, then the list with the theme only (the period unticked).
    await page.goBack();
    await poll(() => new URL(page.url()).pathname).toBe('/explorer');
    await page.goBack();
    await poll(() => new URL(page.url()).search).toBe(themeSearch);
    await poll(() => filters.getByRole('radio', { name: 'Ce mois-ci' }).isChecked()).toBe(false);
    await poll(async () => number(await statusOf(page, 'Actions').textContent())).toBe(withTheme.actions);
    await page.screenshot({ path: 'tests/web/screenshots/explorer-fr-1280.png', fullPage: true });
    await page.close();
  });

  it('shows a weekly series once in the agenda list, with its rule in words and its cancelled date marked, in French and English', async () => {
    // First and second Tuesdays of next month: the series starts on the first; the second is cancelled.
    const nextMonth = Temporal.Now.plainDateISO(ZONE).with({ day: 1 }).add({ months: 1 });
    const first = nextMonth.add({ days: (2 - nextMonth.dayOfWeek + 7) % 7 });
    const at = (day: Temporal.PlainDate) => day.toZonedDateTime({ timeZone: ZONE, plainTime: '18:00' }).toInstant().toString();
    const until = first.add({ weeks: 8 });
    const name = `Atelier couture ${uid()}`;
    const { createAction } = await api.ok<{ createAction: { action: { id: string } } }>(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`,
      { input: { name, kind: 'WORKSHOP', startsAt: at(first), endsAt: first.toZonedDateTime({ timeZone: ZONE, plainTime: '20:00' }).toInstant().toString() } },
    );
    const actionId = createAction.action.id;
    await api.ok(`mutation ($input: SetRecurrenceInput!) { setRecurrence(input: $input) { action { id } } }`, {
      input: { actionId, rule: `FREQ=WEEKLY;BYDAY=TU;UNTIL=${until.toString().replace(/-/g, '')}T235959Z` },
    });
    await api.ok(`mutation ($input: UpdateOccurrenceInput!) { updateOccurrence(input: $input) { status } }`, {
      input: { actionId, originalStartsAt: at(first.add({ weeks: 1 })), status: 'CANCELLED' },
    });

    const page = await openPage(`/agenda?q=${encodeURIComponent(name)}&vue=liste&jour=${first}`);
    const series = page.locator('.agenda-list > li.series').filter({ hasText: name });
    await series.first().waitFor();
    expect(await series.count()).toBe(1);
    await poll(() => series.textContent()).toContain('tous les mardis jusqu’au');
    const cancelled = series.locator('.series-changes li').filter({ hasText: 'annulé' });
    expect(await cancelled.count()).toBe(1);
    // Every date on demand.
    await series.getByRole('button', { name: /^Voir les \d+ dates$/ }).click();
    expect(await series.locator('.series-dates li').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: 'tests/web/screenshots/agenda-series-fr-1280.png', fullPage: true });

    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => series.textContent()).toContain('every Tuesday until');
    expect(await series.locator('.series-changes li').filter({ hasText: 'cancelled' }).count()).toBe(1);
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: ZONE }).format(new Date(at(first)));
    expect(await series.textContent()).toContain(month);
    // The content keeps its own language inside the English interface.
    expect(await series.getByRole('link', { name }).first().getAttribute('lang')).toBe('fr');
    await page.screenshot({ path: 'tests/web/screenshots/agenda-series-en-1280.png', fullPage: true });
    await page.close();
  });

  it('opens the filters as a sheet on a phone, ending with "Voir N résultats"', async () => {
    const page = await openPage(`/explorer?theme=${cultureId}`, 390);
    const totals = await apiTotals(`?theme=${cultureId}`);
    await page.getByRole('button', { name: /^Filtres/ }).click();
    const sheet = page.getByRole('dialog', { name: 'Filtres' });
    await sheet.waitFor();
    await poll(() => sheet.getByRole('button', { name: /^Voir \d+ résultats?$/ }).textContent()).toBe(`Voir ${totals.actors + totals.actions} résultats`);
    await page.screenshot({ path: 'tests/web/screenshots/explorer-sheet-fr-390.png' });
    await sheet.getByRole('button', { name: /^Voir/ }).click();
    await sheet.waitFor({ state: 'hidden' });
    await page.close();
  });
});
