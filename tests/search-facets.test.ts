// Facets of actor and action lists (a portal's search page): counts by kind, theme and commune over
// every match, through GraphQL over HTTP on the real API. The database is shared and never empty:
// each test searches for a token of its own, so its matches are only the items it created.
import { beforeAll, describe, expect, it } from 'vitest';
import { importTerritories } from '../api/territory/territory.import.js';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { testDb } from './helpers/db.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { signedIn } from './factories/people.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';

const api = useTestApi();

interface Bucket {
  count: number;
  kind?: string;
  theme?: { id: string; name: string };
  territory?: { id: string; name: string; level: string };
}
interface Facets {
  kinds: Bucket[];
  themes: Bucket[];
  territories: Bucket[];
}
interface Conn {
  totalCount: number;
  nodes: { id: string }[];
  facets: Facets;
}

type ListField = 'actors' | 'actions';
const FILTER_TYPE = { actors: 'ActorFilter', actions: 'ActionFilter' } as const;

function searchQuery(field: ListField): string {
  return `query($filter: ${FILTER_TYPE[field]}, $first: Int, $after: String, $facetsSize: Int) {
    list: ${field}(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id }
      facets(size: $facetsSize) {
        kinds { kind count }
        themes { theme { id name } count }
        territories { territory { id name level } count }
      }
    }
  }`;
}

interface Args {
  filter?: Record<string, unknown>;
  first?: number;
  after?: string | null;
  facetsSize?: number;
}

async function search(field: ListField, args: Args, send: (q: string, v: Record<string, unknown>) => Promise<GraphQLResponse<{ list: Conn }>> = api.gql): Promise<Conn> {
  const res = await send(searchQuery(field), { first: 100, ...args });
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data!.list;
}

const sumOf = (buckets: Bucket[]) => buckets.reduce((s, b) => s + b.count, 0);
const themeCounts = (f: Facets) => Object.fromEntries(f.themes.map((b) => [b.theme!.id, b.count]));
const territoryCounts = (f: Facets) => Object.fromEntries(f.territories.map((b) => [b.territory!.id, b.count]));

let communes: { saintBrieuc: string; lannion: string };

beforeAll(async () => {
  await importTerritories(testDb(), { departements: ['22'] });
  const data = await api.ok<{ sb: { id: string }; lannion: { id: string } }>(`{
    sb: territory(code: "22278", level: COMMUNE) { id }
    lannion: territory(code: "22113", level: COMMUNE) { id }
  }`);
  communes = { saintBrieuc: data.sb.id, lannion: data.lannion.id };
}, 180_000);

describe('search facets', () => {
  it('counts every match of an action search by kind, theme (with broader themes) and commune, accents folded', async () => {
    const token = `zqx${uid()}`;
    const arts = await buildTheme(api, { name: `Arts ${token}` });
    const cirque = await buildTheme(api, { name: `Cirque ${token}`, broader: [arts] });
    const musique = await buildTheme(api, { name: `Musique ${token}` });
    const sb = await buildPlace(api, { communeCode: '22278', latitude: 48.514, longitude: -2.765 });
    const sb2 = await buildPlace(api, { communeCode: '22278', latitude: 48.516, longitude: -2.761 });
    const lannion = await buildPlace(api, { communeCode: '22113', latitude: 48.732, longitude: -3.456 });
    await buildAction(api, { name: `Fête du cirque ${token}`, kind: 'SHOW', themes: [cirque], places: [sb, sb2] });
    await buildAction(api, { name: `Fête de la musique ${token}`, kind: 'EVENT', themes: [musique, cirque], places: [lannion] });
    await buildAction(api, { name: `Fêtes des arts ${token}`, kind: 'EVENT', themes: [arts], places: [sb, lannion] });
    await buildAction(api, { name: `Fête sans lieu ${token}`, kind: 'WORKSHOP' });
    await buildAction(api, { name: `Autre ${token}`, kind: 'EVENT', themes: [musique], places: [sb] });

    // Typed without accents and in the singular: the four "Fête(s)" match, not "Autre".
    const found = await search('actions', { filter: { text: `fete ${token}` } });
    expect(found.totalCount).toBe(4);
    expect(found.facets.kinds).toEqual([
      { kind: 'EVENT', count: 2 },
      { kind: 'SHOW', count: 1 },
      { kind: 'WORKSHOP', count: 1 },
    ]);
    expect(sumOf(found.facets.kinds)).toBe(found.totalCount);
    // Arts counts its own action and both under Cirque; Cirque's two are tagged with it directly.
    expect(themeCounts(found.facets)).toEqual({ [arts.id]: 3, [cirque.id]: 2, [musique.id]: 1 });
    expect(found.facets.themes[0]).toEqual({ theme: { id: arts.id, name: arts.name }, count: 3 });
    // One action at two places of Saint-Brieuc counts once there.
    expect(territoryCounts(found.facets)).toEqual({ [communes.saintBrieuc]: 2, [communes.lannion]: 2 });
    expect(found.facets.territories.every((b) => b.territory!.level === 'COMMUNE')).toBe(true);
    // Ties are ordered by id.
    const tied = found.facets.territories.map((b) => b.territory!.id);
    expect(tied).toEqual([...tied].sort());
  });

  it('gives each theme and commune the count the list has when filtered by it', async () => {
    const token = `zqx${uid()}`;
    const broad = await buildTheme(api, { name: `Large ${token}` });
    const narrow = await buildTheme(api, { name: `Étroit ${token}`, broader: [broad] });
    const sb = await buildPlace(api, { communeCode: '22278', latitude: 48.514, longitude: -2.765 });
    for (const [i, themes] of [[narrow], [broad], [narrow, broad], []].entries()) {
      await buildActor(api, { name: `Vélo club ${i} ${token}`, kind: i % 2 === 0 ? 'ASSOCIATION' : 'COLLECTIVE', themes, places: i < 2 ? [sb] : [] });
    }
    const found = await search('actors', { filter: { text: `velo ${token}` } });
    expect(found.totalCount).toBe(4);
    for (const b of found.facets.themes) {
      expect((await search('actors', { filter: { text: `velo ${token}`, themeIds: [b.theme!.id] } })).totalCount).toBe(b.count);
    }
    for (const b of found.facets.territories) {
      expect((await search('actors', { filter: { text: `velo ${token}`, territoryIds: [b.territory!.id] } })).totalCount).toBe(b.count);
    }
    expect(themeCounts(found.facets)).toEqual({ [broad.id]: 3, [narrow.id]: 2 });
    expect(found.facets.kinds).toEqual([
      { kind: 'ASSOCIATION', count: 2 },
      { kind: 'COLLECTIVE', count: 2 },
    ]);
  });

  it('counts members-only items only for readers who may see them', async () => {
    const token = `zqx${uid()}`;
    const owner = await signedIn(api);
    const outsider = await signedIn(api);
    const theme = await buildTheme(api, { name: `Jardin ${token}` });
    const sb = await buildPlace(api, { communeCode: '22278', latitude: 48.514, longitude: -2.765 });
    await buildAction(owner, { name: `Jardin partagé ${token}`, kind: 'PROJECT', themes: [theme], places: [sb] });
    await buildAction(owner, { name: `Jardin secret ${token}`, kind: 'WORKSHOP', visibility: 'MEMBERS', themes: [theme], places: [sb] });
    await buildActor(owner, { name: `Jardin des voisins ${token}`, kind: 'COLLECTIVE', visibility: 'MEMBERS', themes: [theme] });

    const filter = { text: `jardin ${token}` };
    const asOwner = await search('actions', { filter }, (q, v) => owner.gql(q, v) as Promise<GraphQLResponse<{ list: Conn }>>);
    expect(asOwner.totalCount).toBe(2);
    expect(asOwner.facets.kinds).toEqual([
      { kind: 'PROJECT', count: 1 },
      { kind: 'WORKSHOP', count: 1 },
    ]);
    expect(themeCounts(asOwner.facets)).toEqual({ [theme.id]: 2 });
    expect(territoryCounts(asOwner.facets)).toEqual({ [communes.saintBrieuc]: 2 });

    for (const send of [api.anon, (q: string, v: Record<string, unknown>) => outsider.gql(q, v) as Promise<GraphQLResponse<{ list: Conn }>>]) {
      const actions = await search('actions', { filter }, send);
      expect(actions.totalCount).toBe(1);
      expect(actions.facets.kinds).toEqual([{ kind: 'PROJECT', count: 1 }]);
      expect(themeCounts(actions.facets)).toEqual({ [theme.id]: 1 });
      expect(territoryCounts(actions.facets)).toEqual({ [communes.saintBrieuc]: 1 });
      const actors = await search('actors', { filter }, send);
      expect(actors).toEqual({ totalCount: 0, nodes: [], facets: { kinds: [], themes: [], territories: [] } });
    }
    const actors = await search('actors', { filter }, (q, v) => owner.gql(q, v) as Promise<GraphQLResponse<{ list: Conn }>>);
    expect(actors.facets.kinds).toEqual([{ kind: 'COLLECTIVE', count: 1 }]);
  });

  it('counts every page of matches, combined with the other filters, the same on every page', async () => {
    const token = `zqx${uid()}`;
    const theme = await buildTheme(api, { name: `Danse ${token}` });
    const other = await buildTheme(api, { name: `Sport ${token}` });
    for (let i = 0; i < 7; i++) {
      await buildAction(api, { name: `Danse ${i} ${token}`, kind: i < 4 ? 'WORKSHOP' : 'SHOW', themes: [i < 5 ? theme : other] });
    }
    const filter = { text: `danse ${token}`, kinds: ['WORKSHOP', 'SHOW'], themeIds: [theme.id] };
    const page1 = await search('actions', { filter, first: 3 });
    expect(page1.totalCount).toBe(5);
    expect(page1.nodes).toHaveLength(3);
    expect(page1.facets.kinds).toEqual([
      { kind: 'WORKSHOP', count: 4 },
      { kind: 'SHOW', count: 1 },
    ]);
    expect(themeCounts(page1.facets)).toEqual({ [theme.id]: 5 });
    const after = (await api.ok<{ list: { pageInfo: { endCursor: string } } }>(
      `query($filter: ActionFilter) { list: actions(filter: $filter, first: 3) { pageInfo { endCursor } } }`,
      { filter },
    )).list.pageInfo.endCursor;
    const page2 = await search('actions', { filter, first: 3, after });
    expect(page2.nodes).toHaveLength(2);
    expect(page2.facets).toEqual(page1.facets);

    const workshops = await search('actions', { filter: { ...filter, kinds: ['WORKSHOP'] } });
    expect(workshops.facets.kinds).toEqual([{ kind: 'WORKSHOP', count: 4 }]);
  });

  it('lists at most `size` themes per facet, the most frequent first', async () => {
    const token = `zqx${uid()}`;
    const themes = [];
    for (let i = 0; i < 3; i++) themes.push(await buildTheme(api, { name: `Mer ${i} ${token}` }));
    await buildActor(api, { name: `Mer a ${token}`, themes: [themes[0]!, themes[1]!, themes[2]!] });
    await buildActor(api, { name: `Mer b ${token}`, themes: [themes[1]!, themes[2]!] });
    await buildActor(api, { name: `Mer c ${token}`, themes: [themes[2]!] });
    const found = await search('actors', { filter: { text: `mer ${token}` }, facetsSize: 2 });
    expect(found.facets.themes.map((b) => [b.theme!.id, b.count])).toEqual([
      [themes[2]!.id, 3],
      [themes[1]!.id, 2],
    ]);
    // Two selections with their own sizes in one request.
    const both = await api.ok<{ list: { small: Facets; large: Facets } }>(
      `query($filter: ActorFilter) { list: actors(filter: $filter) { small: facets(size: 1) { themes { count } } large: facets(size: 3) { themes { count } } } }`,
      { filter: { text: `mer ${token}` } },
    );
    expect(both.list.small.themes.map((b) => b.count)).toEqual([3]);
    expect(both.list.large.themes.map((b) => b.count)).toEqual([3, 2, 1]);
  });

  it('counts the facets of a list without a search text too', async () => {
    const token = `zqx${uid()}`;
    const theme = await buildTheme(api, { name: `Lecture ${token}` });
    await buildAction(api, { name: `Lecture ${token}`, kind: 'EVENT', themes: [theme] });
    await buildAction(api, { name: `Conte ${token}`, kind: 'SHOW', themes: [theme] });
    const found = await search('actions', { filter: { themeIds: [theme.id] } });
    expect(found.totalCount).toBe(2);
    expect(found.facets).toEqual({ kinds: [{ kind: 'EVENT', count: 1 }, { kind: 'SHOW', count: 1 }], themes: [{ theme: { id: theme.id, name: theme.name }, count: 2 }], territories: [] });
  });

  it('refuses a blank search text and a facet size out of range, naming the field', async () => {
    const blank = await api.gql(searchQuery('actions'), { filter: { text: '  ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
    for (const facetsSize of [0, 101]) {
      const res = await api.gql(searchQuery('actors'), { filter: { text: 'zqx' }, facetsSize });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'facets.size' });
    }
  });
});
