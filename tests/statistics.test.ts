// Statistics add up: months sum to the total, a parent's subtree to its parts, a broader theme to its
// narrower themes; members-only items count only for those allowed to see them.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildTheme } from './factories/themes.js';
import type { Built } from './factories/write.js';
import { uid, useTestApi } from './helpers/api.js';

const api = useTestApi();

const STATS = `query($metric: StatisticsMetric!, $filter: StatisticsFilter!) {
  statistics(metric: $metric, filter: $filter) { metric total months { month count cumulative } }
}`;
interface Stats {
  statistics: { total: number; months: { month: string; count: number; cumulative: number }[] };
}
const YEAR = { from: '2026-01-01', to: '2027-01-01' };

describe('statistics', () => {
  let festival: Built, showA: Built, showB: Built, music: Built, circus: Built, arts: Built, carrier: Built;

  beforeAll(async () => {
    arts = await buildTheme(api, { name: `Arts ${uid()}` });
    music = await buildTheme(api, { name: `Musique ${uid()}`, broader: [arts] });
    circus = await buildTheme(api, { name: `Cirque ${uid()}`, broader: [arts] });
    carrier = await buildActor(api);
    festival = await buildAction(api, { kind: 'FESTIVAL', startsAt: '2026-07-01', endsAt: '2026-08-31', allDay: true, carriers: [carrier], since: '2026-01-01' });
    showA = await buildAction(api, { kind: 'SHOW', startsAt: '2026-07-14T21:00:00+02:00', partOf: [festival], themes: [circus], since: '2026-01-01' });
    showB = await buildAction(api, { kind: 'SHOW', startsAt: '2026-08-02T21:00:00+02:00', partOf: [festival], themes: [music], since: '2026-01-01' });
    await buildAction(api, { kind: 'SHOW', startsAt: '2026-08-03T21:00:00+02:00', partOf: [showB], themes: [music], since: '2026-01-01' });
    // A members-only rehearsal inside the festival.
    await api.ok(`mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`, {
      input: { name: `Répétition ${uid()}`, kind: 'MEETING', startsAt: '2026-07-10T18:00:00+02:00', parentIds: [festival.id], visibility: 'MEMBERS', themeIds: [music.id], since: '2026-01-01' },
    });
  });

  it('counts actions month by month, and the months add up to the total', async () => {
    const s = (await api.ok<Stats>(STATS, { metric: 'ACTIONS', filter: { spaceId: festival.id, ...YEAR } })).statistics;
    expect(s.months).toHaveLength(12);
    expect(s.months.map((m) => m.month)[6]).toBe('2026-07');
    expect(s.months.reduce((sum, m) => sum + m.count, 0)).toBe(s.total);
    expect(s.total).toBe(5); // festival, two shows, the show inside show B, the rehearsal
    expect(s.months.find((m) => m.month === '2026-07')!.count).toBe(3);
    expect(s.months.find((m) => m.month === '2026-08')!.count).toBe(2);
    expect(s.months.at(-1)!.cumulative).toBe(5);
  });

  it('counts a subtree as the sum of its parts', async () => {
    const total = async (spaceId: string) => (await api.ok<Stats>(STATS, { metric: 'ACTIONS', filter: { spaceId, ...YEAR } })).statistics.total;
    const [whole, a, b] = await Promise.all([total(festival.id), total(showA.id), total(showB.id)]);
    // The festival itself and its members-only rehearsal are the parts outside the two shows.
    expect(whole).toBe(a + b + 2);
    expect(await total(carrier.id)).toBe(whole);
  });

  it('counts a broader theme as the sum of its narrower themes', async () => {
    const total = async (themeId: string) => (await api.ok<Stats>(STATS, { metric: 'ACTIONS', filter: { themeId, ...YEAR } })).statistics.total;
    const [all, m, c] = await Promise.all([total(arts.id), total(music.id), total(circus.id)]);
    expect(m).toBe(3);
    expect(c).toBe(1);
    expect(all).toBe(m + c);
  });

  it('counts members-only actions only for those allowed to see them', async () => {
    const admin = (await api.ok<Stats>(STATS, { metric: 'ACTIONS', filter: { spaceId: festival.id, ...YEAR } })).statistics.total;
    const anon = await api.anon<Stats>(STATS, { metric: 'ACTIONS', filter: { spaceId: festival.id, ...YEAR } });
    expect(anon.errors).toBeUndefined();
    expect(anon.data!.statistics.total).toBe(admin - 1);
    const anonTheme = await api.anon<Stats>(STATS, { metric: 'ACTIONS', filter: { themeId: music.id, ...YEAR } });
    expect(anonTheme.data!.statistics.total).toBe(2);
  });

  it('counts articles and members in a space', async () => {
    await api.ok(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`, {
      input: { spaceId: showA.id, title: 'Article', body: 'Texte', publishedAt: '2026-07-20T10:00:00+02:00' },
    });
    const articles = (await api.ok<Stats>(STATS, { metric: 'ARTICLES', filter: { spaceId: festival.id, ...YEAR } })).statistics;
    expect(articles.total).toBe(1);
    expect(articles.months.find((m) => m.month === '2026-07')!.count).toBe(1);
    const members = (await api.ok<Stats>(STATS, { metric: 'MEMBERS', filter: { spaceId: festival.id, from: '2026-01-01', to: '2030-01-01' } })).statistics;
    // Created by the administrator's account, which became MANAGER of each action it created.
    expect(members.months.at(-1)!.cumulative).toBe(members.total);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await api.gql(STATS, { metric: 'ACTIONS', filter: { from: '2026-02-01', to: '2026-01-01' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});
