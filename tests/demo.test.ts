// The demo territory loads through the API's own mutations, once, tells the seed's story, and never
// ages: its dates follow the day it is loaded. Loads for other days go beside it under slugs of their
// own (a suffix per load), so the shared test database holds them all without one disturbing another.
import { Temporal } from 'temporal-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { inProcessExecutor, loadDemoIfEmpty } from '../api/demo/demo.js';
import { DEMO_TIME_ZONE, demoData, demoToday, type DemoData } from '../api/demo/demo-data.js';
import { loadDemo } from '../api/demo/load-demo.js';
import { createApollo } from '../api/server.js';
import { importTerritories } from '../api/territory/territory.import.js';
import { uid, useTestApi } from './helpers/api.js';
import { testConfig, testDb } from './helpers/db.js';

const api = useTestApi();

/** One load of the demo: its data, and how its slugs are stored. */
interface Load {
  data: DemoData;
  slug: (slug: string) => string;
}

const today = demoToday();
/** Another day, in another season: the demo as it would have been loaded then. */
const otherDay = Temporal.PlainDate.from(today).subtract({ days: 190 }).toString();

let todays: Load;
let others: Load;
let othersAgain: Load;
let loaded: boolean;
let loadedAgain: boolean;

beforeAll(async () => {
  await importTerritories(testDb(), { departements: ['22'] });
  const apollo = createApollo(testConfig());
  await apollo.start();
  const execute = inProcessExecutor(apollo, testDb().forMaintenance());
  const lines: string[] = [];
  loaded = await loadDemoIfEmpty(apollo, testDb(), (l) => lines.push(l));
  loadedAgain = await loadDemoIfEmpty(apollo, testDb(), (l) => lines.push(l));
  todays = { data: demoData(today), slug: (s) => s };
  const loadFor = async (day: string): Promise<Load> => {
    const suffix = uid();
    const { data } = await loadDemo(execute, { today: day, slugSuffix: suffix });
    return { data, slug: (s) => `${s}-${suffix}` };
  };
  others = await loadFor(otherDay);
  othersAgain = await loadFor(otherDay);
  await apollo.stop();
}, 600_000);

type Children = { action: { children: { action: { slug: string } }[] } | null };
const CHILDREN = `query($slug: String, $asOf: DateTime) { action(slug: $slug, asOf: $asOf) { children(first: 100) { action { slug } } } }`;

async function childrenOf(slug: string, asOf: string): Promise<string[]> {
  const res = await api.anon<Children>(CHILDREN, { slug, asOf });
  expect(res.errors).toBeUndefined();
  return res.data!.action!.children.map((c) => c.action.slug).sort();
}

interface Listed {
  slug: string;
  startsAt: string | null;
  endsAt: string | null;
  status: string;
}

/** The ids of a load's top-level themes: every action of a load is tagged with one of them or a narrower one. */
async function broadestThemeIds(load: Load): Promise<string[]> {
  const broadest = load.data.themes.filter((t) => !t.broader).map((t) => load.slug(t.slug));
  return Promise.all(broadest.map(async (slug) => (await api.ok<{ theme: { id: string } }>(`query($s: String) { theme(slug: $s) { id } }`, { s: slug })).theme.id));
}

type Page = { actions: { nodes: Listed[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const HOME = `query($t: [ID!], $asOf: DateTime, $sort: ActionSort, $first: Int, $after: String) {
  actions(filter: { themeIds: $t }, sort: $sort, asOf: $asOf, first: $first, after: $after) { nodes { slug startsAt endsAt status } pageInfo { hasNextPage endCursor } }
}`;

/** The home page's order of one load's actions as of its day. */
async function homeOrder(load: Load, asOf: string): Promise<Listed[]> {
  const res = await api.anon<Page>(HOME, { t: await broadestThemeIds(load), asOf, sort: 'UPCOMING', first: 100 });
  expect(res.errors).toBeUndefined();
  return res.data!.actions.nodes;
}

/** The first instant of a calendar day in the demo's zone. */
const dayStart = (day: string) => Temporal.PlainDate.from(day).toZonedDateTime(DEMO_TIME_ZONE).toInstant().toString();

describe('the demo of Saint-Brieuc Armor Agglomération', () => {
  it('loads on an empty database and not a second time', () => {
    expect(loaded).toBe(true);
    expect(loadedAgain).toBe(false);
  });

  it('has some 30 actors and 40 actions in the agglomeration', async () => {
    const epci = await api.ok<{ territory: { id: string } }>(`{ territory(code: "200069409", level: EPCI) { id } }`);
    const counts = await api.anon<{ actors: { totalCount: number }; actions: { totalCount: number } }>(
      `query($t: [ID!]) { actors(filter: { territoryIds: $t }) { totalCount } actions(filter: { territoryIds: $t }) { totalCount } }`,
      { t: [epci.territory.id] },
    );
    expect(counts.data!.actors.totalCount).toBeGreaterThanOrEqual(25);
    expect(counts.data!.actions.totalCount).toBeGreaterThanOrEqual(35);
  });

  it('shows the article about the circus show on the town and on the partnership, not its members-only notes', async () => {
    const ids = await api.anon<{ town: { id: string }; partnership: { id: string } }>(
      `query($t: String, $p: String) { town: actor(slug: $t) { id } partnership(slug: $p) { id } }`,
      { t: todays.data.slugs.town, p: todays.data.slugs.partnership },
    );
    for (const spaceId of [ids.data!.town.id, ids.data!.partnership.id]) {
      const l = await api.anon<{ content: { nodes: { title: string }[] } }>(`query($s: ID) { content(kind: ARTICLE, spaceId: $s) { nodes { ... on Article { title } } } }`, { s: spaceId });
      expect(l.data!.content.nodes.map((n) => n.title)).toContain('Le cabaret sous chapiteau affiche complet');
    }
    const all = await api.anon<{ content: { nodes: { title: string }[] } }>(`{ content(kind: ARTICLE, first: 100) { nodes { ... on Article { title } } } }`);
    expect(all.data!.content.nodes.map((n) => n.title)).not.toContain('Bilan de la saison des contes');
  });
});

describe.each([
  ['today', () => todays, today],
  ['190 days ago', () => others, otherDay],
])('the demo loaded %s', (_when, load, day) => {
  it("shows the current festival's shows as of the load day, and last year's edition in the archive with its links ended", async () => {
    const { data, slug } = load();
    const { slugs, facts } = data;
    expect(await childrenOf(slug(slugs.festival), day)).toEqual(expect.arrayContaining(slugs.shows.map(slug)));
    // Some show of the current edition is still to come, or the edition itself is running or coming.
    const current = data.actions.find((a) => a.slug === slugs.festival)!;
    expect(current.endsAt! >= Temporal.PlainDate.from(day).subtract({ days: 7 }).toString()).toBe(true);
    expect(await childrenOf(slug(slugs.archiveFestival), day)).toEqual([]);
    expect(await childrenOf(slug(slugs.archiveFestival), facts.archiveAsOf)).toEqual(slugs.archiveShows.map(slug).sort());
  });

  it('lists what is on first in the home order: running or coming soonest first, then past most recent first', async () => {
    const { data, slug } = load();
    const order = await homeOrder(load(), day);
    const start = Date.parse(dayStart(day));
    const series = slug(data.slugs.weeklySeries);
    // Still running at the day's start (the end is exclusive), or starting then or later; the series runs for weeks yet.
    const isOn = (a: Listed) => a.slug === series || (a.endsAt ? Date.parse(a.endsAt) > start : Date.parse(a.startsAt!) >= start);
    expect(order.length).toBeGreaterThan(30);
    expect(isOn(order[0]!)).toBe(true);
    const on = order.filter(isOn);
    const past = order.filter((a) => !isOn(a));
    expect(on.length).toBeGreaterThan(3);
    expect(past.length).toBeGreaterThan(3);
    expect(order).toEqual([...on, ...past]);
    const starts = (list: Listed[]) => list.map((a) => Date.parse(a.startsAt!));
    expect(starts(on)).toEqual([...starts(on)].sort((a, b) => a - b));
    expect(starts(past)).toEqual([...starts(past)].sort((a, b) => b - a));
    expect(on.map((a) => a.slug)).toContain(slug(data.slugs.nextWeekWorkshop));

    // Page by page, the same order; a cursor of another order is refused.
    const t = await broadestThemeIds(load());
    const paged: Listed[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res: { data?: Page } = await api.anon<Page>(HOME, { t, asOf: day, sort: 'UPCOMING', first: 7, after });
      paged.push(...res.data!.actions.nodes);
      after = res.data!.actions.pageInfo.endCursor;
      if (!res.data!.actions.pageInfo.hasNextPage) break;
    }
    expect(paged).toEqual(order);
    const byStart = await api.anon<Page>(HOME, { t, asOf: day, sort: 'STARTS_AT', first: 1 });
    const mixed = await api.anon<Page>(HOME, { t, asOf: day, sort: 'UPCOMING', first: 1, after: byStart.data!.actions.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('runs the weekly series on the load day, with a coming session skipped and another moved', async () => {
    const { data, slug } = load();
    const from = dayStart(day);
    const to = Temporal.Instant.from(from).add({ hours: 24 * 35 }).toString();
    const res = await api.anon<{ action: { occurrences: { startsAt: string; originalStartsAt: string; modified: boolean }[] } }>(
      `query($s: String, $from: DateTime!, $to: DateTime!) { action(slug: $s) { occurrences(from: $from, to: $to) { startsAt originalStartsAt modified } } }`,
      { s: slug(data.slugs.weeklySeries), from, to },
    );
    expect(res.errors).toBeUndefined();
    const occurrences = res.data!.action.occurrences;
    // Five Wednesdays in five weeks, one skipped.
    expect(occurrences.length).toBe(4);
    const moved = occurrences.filter((o) => o.modified);
    expect(moved).toHaveLength(1);
    expect(Temporal.Instant.from(moved[0]!.startsAt).toZonedDateTimeISO(DEMO_TIME_ZONE).dayOfWeek).toBe(6);
  });
});

describe('the demo for a given day', () => {
  it('is the same data for the same day and zone, and other dates for another day', () => {
    expect(demoData(otherDay)).toEqual(demoData(otherDay));
    expect(demoData(otherDay)).toEqual(others.data);
    const festival = (d: DemoData) => d.actions.find((a) => a.slug === d.slugs.festival)!.startsAt;
    expect(festival(demoData(today))).not.toBe(festival(demoData(otherDay)));
  });

  it('reads the same from two loads for the same day', async () => {
    const strip = (load: Load, list: Listed[]) => list.map((a) => ({ ...a, slug: a.slug.replace(load.slug(''), '') }));
    const first = strip(others, await homeOrder(others, otherDay));
    const second = strip(othersAgain, await homeOrder(othersAgain, otherDay));
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(30);
  });
});
