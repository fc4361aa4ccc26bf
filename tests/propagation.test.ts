// The seed's example, exactly: an article about a circus show, part of the town's summer festival,
// in partnership with the circus company, shows on every space, period, area and theme it belongs
// to — and nowhere else.
import { beforeAll, describe, expect, it } from 'vitest';
import { importTerritories } from '../api/territory/territory.import.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildPartnership } from './factories/partnerships.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built } from './factories/write.js';
import { uid, useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';

const api = useTestApi();

const LIST = `query($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter, $asOf: DateTime) {
  content(kind: $kind, spaceId: $spaceId, filter: $filter, asOf: $asOf) { totalCount nodes { id ... on Article { title } } }
}`;
const CREATE_ARTICLE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id ... on Article { title bodyHtml publishedAt } } } }`;

interface Listing {
  content: { totalCount: number; nodes: { id: string }[] };
}

describe('an article about the circus show', () => {
  let town: Built, company: Built, festival: Built, show: Built, partnership: Built, unrelated: Built;
  let circus: Built, culture: Built, otherTheme: Built;
  let article: string, privateArticle: string;
  let commune: string, epci: string, otherCommune: string;

  beforeAll(async () => {
    await importTerritories(testDb(), { departements: ['22'] });
    const t = await api.ok<{ a: { id: string }; b: { id: string }; c: { id: string } }>(
      `{ a: territory(code: "22278", level: COMMUNE) { id } b: territory(code: "200069409", level: EPCI) { id } c: territory(code: "22113", level: COMMUNE) { id } }`,
    );
    [commune, epci, otherCommune] = [t.a.id, t.b.id, t.c.id];
    culture = await buildTheme(api, { name: `Culture ${uid()}` });
    circus = await buildTheme(api, { name: `Arts du cirque ${uid()}`, broader: [culture] });
    otherTheme = await buildTheme(api);
    const chapiteau = await buildPlace(api, { name: `Chapiteau du Légué ${uid()}`, latitude: 48.5265, longitude: -2.7435, communeCode: '22278' });
    town = await buildActor(api, { name: `Ville ${uid()}`, kind: 'INSTITUTION' });
    company = await buildActor(api, { name: `Compagnie des Funambules ${uid()}`, kind: 'ARTIST' });
    unrelated = await buildActor(api, { name: `Club sans rapport ${uid()}` });
    festival = await buildAction(api, { name: `Estivales ${uid()}`, kind: 'FESTIVAL', startsAt: '2026-07-01', endsAt: '2026-08-31', allDay: true, carriers: [town], since: '2026-01-01' });
    show = await buildAction(api, {
      name: `Cabaret sous chapiteau ${uid()}`,
      kind: 'SHOW',
      startsAt: '2026-07-14T21:00:00+02:00',
      endsAt: '2026-07-14T23:00:00+02:00',
      partOf: [festival],
      carriers: [company],
      places: [chapiteau],
      since: '2026-05-01',
    });
    partnership = await buildPartnership(api, { name: `Convention ${uid()}`, parties: [company, town], actions: [festival], since: '2026-01-01' });
    const created = await api.ok<{ createArticle: { item: { id: string; bodyHtml: string } } }>(CREATE_ARTICLE, {
      input: {
        spaceId: show.id,
        title: 'Le cabaret fait le plein',
        body: 'Trois soirs **complets** sous le chapiteau. <script>alert(1)</script>',
        publishedAt: '2026-07-10T09:00:00+02:00',
        themeIds: [circus.id],
        placeIds: [chapiteau.id],
      },
    });
    article = created.createArticle.item.id;
    expect(created.createArticle.item.bodyHtml).toContain('<strong>complets</strong>');
    expect(created.createArticle.item.bodyHtml).not.toContain('<script>');
    const hidden = await api.ok<{ createArticle: { item: { id: string } } }>(CREATE_ARTICLE, {
      input: { spaceId: show.id, title: 'Note interne', body: 'Réservé aux membres.', visibility: 'MEMBERS', publishedAt: '2026-07-11T09:00:00+02:00', themeIds: [circus.id], placeIds: [chapiteau.id] },
    });
    privateArticle = hidden.createArticle.item.id;
  });

  const ids = (l: Listing) => l.content.nodes.map((n) => n.id);

  it('shows on the show, the festival, the company, the town and their partnership', async () => {
    for (const space of [show, festival, company, town, partnership]) {
      const l = await api.ok<Listing>(LIST, { kind: 'ARTICLE', spaceId: space.id });
      expect(ids(l), space.name).toContain(article);
    }
  });

  it('does not show on an unrelated actor', async () => {
    const l = await api.ok<Listing>(LIST, { kind: 'ARTICLE', spaceId: unrelated.id });
    expect(ids(l)).not.toContain(article);
    expect(l.content.totalCount).toBe(0);
  });

  it('shows in the listings of its period and not outside it', async () => {
    const inside = await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { from: '2026-07-01', to: '2026-08-01', themeIds: [circus.id] } });
    expect(ids(inside)).toContain(article);
    const outside = await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { from: '2026-08-01', to: '2026-09-01', themeIds: [circus.id] } });
    expect(ids(outside)).not.toContain(article);
  });

  it('shows in the listings of its commune and of the agglomeration, not of another commune', async () => {
    for (const territory of [commune, epci]) {
      const l = await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { territoryIds: [territory], themeIds: [circus.id] } });
      expect(ids(l)).toContain(article);
    }
    const elsewhere = await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { territoryIds: [otherCommune], themeIds: [circus.id] } });
    expect(ids(elsewhere)).not.toContain(article);
  });

  it('shows in the listings of its theme and of the broader theme, not of another theme', async () => {
    expect(ids(await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { themeIds: [circus.id] } }))).toContain(article);
    expect(ids(await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { themeIds: [culture.id] } }))).toContain(article);
    expect(ids(await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { themeIds: [otherTheme.id] } }))).not.toContain(article);
  });

  it('reaches the festival only while the show is part of it (asOf)', async () => {
    const before = await api.ok<Listing>(LIST, { kind: 'ARTICLE', spaceId: festival.id, asOf: '2026-04-01' });
    expect(ids(before)).not.toContain(article);
    const during = await api.ok<Listing>(LIST, { kind: 'ARTICLE', spaceId: festival.id, asOf: '2026-07-15' });
    expect(ids(during)).toContain(article);
  });

  it('shows a members-only article nowhere to anonymous readers, counts included', async () => {
    for (const space of [show, festival, company, town, partnership]) {
      const l = await api.anon<Listing>(LIST, { kind: 'ARTICLE', spaceId: space.id });
      expect(l.errors).toBeUndefined();
      expect(ids(l.data!)).toContain(article);
      expect(ids(l.data!)).not.toContain(privateArticle);
      expect(l.data!.content.totalCount).toBe(1);
    }
    const byTheme = await api.anon<Listing>(LIST, { kind: 'ARTICLE', filter: { themeIds: [circus.id] } });
    expect(ids(byTheme.data!)).toEqual([article]);
    const direct = await api.anon<{ contentItem: null | { id: string } }>(`query($id: ID!) { contentItem(id: $id) { id } }`, { id: privateArticle });
    expect(direct.data!.contentItem).toBeNull();
    // The administrator sees both.
    const admin = await api.ok<Listing>(LIST, { kind: 'ARTICLE', spaceId: town.id });
    expect(ids(admin)).toEqual(expect.arrayContaining([article, privateArticle]));
  });
});

describe('an article posted on a show tagged "arts du cirque"', () => {
  const STATS = `query($filter: StatisticsFilter!) { statistics(metric: ARTICLES, filter: $filter) { total } }`;

  it('is listed under the show’s themes and their broader themes while the show is tagged, and counted there', async () => {
    const culture = await buildTheme(api, { name: `Culture ${uid()}` });
    const circus = await buildTheme(api, { name: `Arts du cirque ${uid()}`, broader: [culture] });
    const own = await buildTheme(api, { name: `Affiches ${uid()}` });
    const unrelated = await buildTheme(api);
    const show = await buildAction(api, { name: `Cabaret ${uid()}`, kind: 'SHOW', themes: [circus], since: '2026-03-01' });
    const post = async (title: string, themeIds: string[]) =>
      (await api.ok<{ createArticle: { item: { id: string } } }>(CREATE_ARTICLE, { input: { spaceId: show.id, title, body: 'Trois soirs.', publishedAt: '2026-06-10T09:00:00+02:00', themeIds } })).createArticle.item.id;
    const untagged = await post('Le cabaret fait le plein', []);
    const tagged = await post('Les affiches du cabaret', [own.id]);
    const byTheme = async (theme: Built, asOf?: string) =>
      (await api.ok<Listing>(LIST, { kind: 'ARTICLE', filter: { themeIds: [theme.id] }, asOf })).content.nodes.map((n) => n.id).sort();

    expect(await byTheme(circus)).toEqual([untagged, tagged].sort());
    expect(await byTheme(culture)).toEqual([untagged, tagged].sort());
    // Its own themes still count, for it alone.
    expect(await byTheme(own)).toEqual([tagged]);
    expect(await byTheme(unrelated)).toEqual([]);
    // Before the show was tagged, only the item's own themes.
    expect(await byTheme(culture, '2026-02-01')).toEqual([]);
    expect(await byTheme(own, '2026-02-01')).toEqual([tagged]);
    // Anonymous readers see the same.
    const anon = await api.anon<Listing>(LIST, { kind: 'ARTICLE', filter: { themeIds: [culture.id] } });
    expect(anon.data!.content.totalCount).toBe(2);

    const count = async (theme: Built) => (await api.ok<{ statistics: { total: number } }>(STATS, { filter: { themeId: theme.id, from: '2026-01-01', to: '2027-01-01' } })).statistics.total;
    expect(await count(culture)).toBe(2);
    expect(await count(circus)).toBe(2);
    expect(await count(own)).toBe(1);
    expect(await count(unrelated)).toBe(0);
  });
});
