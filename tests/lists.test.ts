// Every list filter, sort and page, through GraphQL over HTTP on the real API. The database is shared
// and never empty: each test scopes its assertions to data only it created (a unique theme, parent,
// party, text token or an empty box in the Atlantic).
import { beforeAll, describe, expect, it } from 'vitest';
import { importTerritories } from '../api/territory/territory.import.js';
import { uid, useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink } from './factories/links.js';
import { buildPartnership } from './factories/partnerships.js';
import { buildPlace, oceanBox } from './factories/places.js';
import { buildTheme } from './factories/themes.js';

const api = useTestApi();

type ListField = 'actors' | 'actions' | 'places' | 'themes' | 'territories' | 'partnerships';

interface Conn {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; name: string }[];
}

const FILTER_TYPES: Record<ListField, [filter: string, sort: string | null, asOf: boolean]> = {
  actors: ['ActorFilter', 'ActorSort', true],
  actions: ['ActionFilter', 'ActionSort', true],
  places: ['PlaceFilter', null, true],
  themes: ['ThemeFilter', null, false],
  territories: ['TerritoryFilter', null, false],
  partnerships: ['PartnershipFilter', null, true],
};

function listQuery(field: ListField): string {
  const [filter, sort, asOf] = FILTER_TYPES[field];
  const defs = [`$filter: ${filter}`, '$first: Int', '$after: String', ...(sort ? [`$sort: ${sort}`] : []), ...(asOf ? ['$asOf: DateTime'] : [])];
  const args = ['filter: $filter', 'first: $first', 'after: $after', ...(sort ? ['sort: $sort'] : []), ...(asOf ? ['asOf: $asOf'] : [])];
  return `query(${defs.join(', ')}) { list: ${field}(${args.join(', ')}) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`;
}

interface ListArgs {
  filter?: Record<string, unknown>;
  sort?: string;
  first?: number;
  after?: string | null;
  asOf?: string;
}

async function list(field: ListField, args: ListArgs = {}): Promise<Conn> {
  return (await api.ok<{ list: Conn }>(listQuery(field), { first: 100, ...args })).list;
}

function listRaw(field: ListField, args: ListArgs = {}) {
  return api.gql<{ list: Conn }>(listQuery(field), args as Record<string, unknown>);
}

async function names(field: ListField, args: ListArgs = {}): Promise<string[]> {
  return (await list(field, args)).nodes.map((n) => n.name);
}

/** Walks every page of `size` items; returns the pages and all nodes in order. */
async function allPages(field: ListField, args: ListArgs, size = 10): Promise<{ pages: Conn[]; nodes: Conn['nodes'] }> {
  const pages: Conn[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page = await list(field, { ...args, first: size, after });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBeTruthy();
    after = page.pageInfo.endCursor;
  }
  return { pages, nodes: pages.flatMap((p) => p.nodes) };
}

/** Pages through and checks the walk against one big page: same order, no gap, no duplicate. */
async function expectConsistentPaging(field: ListField, args: ListArgs, expectedCount: number): Promise<Conn['nodes']> {
  const whole = await list(field, { ...args, first: 100 });
  expect(whole.totalCount).toBe(expectedCount);
  expect(whole.nodes).toHaveLength(expectedCount);
  expect(whole.pageInfo.hasNextPage).toBe(false);
  const { pages, nodes } = await allPages(field, args, 10);
  expect(pages).toHaveLength(Math.ceil(expectedCount / 10));
  expect(pages.map((p) => p.totalCount)).toEqual(pages.map(() => expectedCount));
  expect(pages.slice(0, -1).every((p) => p.nodes.length === 10 && p.pageInfo.hasNextPage)).toBe(true);
  expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
  expect(nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
  return whole.nodes;
}

const sorted = (xs: string[]) => [...xs].sort();

let territories: { commune: string; otherCommune: string; epci: string; departement: string };

beforeAll(async () => {
  await importTerritories(testDb(), { departements: ['22'] });
  const data = await api.ok<{
    commune: { id: string };
    lannion: { id: string };
    departement: { id: string };
    epcis: { nodes: { id: string; name: string }[] };
  }>(`{
    commune: territory(code: "22278", level: COMMUNE) { id }
    lannion: territory(code: "22113", level: COMMUNE) { id }
    departement: territory(code: "22", level: DEPARTEMENT) { id }
    epcis: territories(filter: { levels: [EPCI], text: "saint-brieuc" }) { nodes { id name } }
  }`);
  expect(data.epcis.nodes).toHaveLength(1);
  territories = { commune: data.commune.id, otherCommune: data.lannion.id, epci: data.epcis.nodes[0]!.id, departement: data.departement.id };
}, 180_000);

describe('actor filters', () => {
  it('keeps only the given kinds', async () => {
    const theme = await buildTheme(api);
    const assoc = await buildActor(api, { kind: 'ASSOCIATION', themes: [theme] });
    const coop = await buildActor(api, { kind: 'COOPERATIVE', themes: [theme] });
    const artist = await buildActor(api, { kind: 'ARTIST', themes: [theme] });
    expect(await names('actors', { filter: { themeIds: [theme.id], kinds: ['COOPERATIVE'] } })).toEqual([coop.name]);
    expect(sorted(await names('actors', { filter: { themeIds: [theme.id], kinds: ['ASSOCIATION', 'ARTIST'] } }))).toEqual(sorted([assoc.name, artist.name]));
    expect((await list('actors', { filter: { themeIds: [theme.id], kinds: [] } })).totalCount).toBe(3);
  });

  it('finds actors tagged with a narrower theme when filtering by the broader one, at any depth', async () => {
    const culture = await buildTheme(api, { name: `Culture ${uid()}` });
    const spectacle = await buildTheme(api, { broader: [culture] });
    const cirque = await buildTheme(api, { broader: [spectacle] });
    const unrelated = await buildTheme(api);
    const actor = await buildActor(api, { themes: [cirque] });
    expect(await names('actors', { filter: { themeIds: [cirque.id] } })).toEqual([actor.name]);
    expect(await names('actors', { filter: { themeIds: [spectacle.id] } })).toEqual([actor.name]);
    expect(await names('actors', { filter: { themeIds: [culture.id] } })).toEqual([actor.name]);
    expect(await names('actors', { filter: { themeIds: [unrelated.id] } })).toEqual([]);
    expect(await names('actors', { filter: { themeIds: [unrelated.id, culture.id] } })).toEqual([actor.name]);
  });

  it('does not find actors tagged with a broader theme when filtering by a narrower one', async () => {
    const parent = await buildTheme(api);
    const child = await buildTheme(api, { broader: [parent] });
    await buildActor(api, { themes: [parent] });
    expect((await list('actors', { filter: { themeIds: [child.id] } })).totalCount).toBe(0);
  });

  it('finds an actor in a commune by the commune, its EPCI and its département, not by another commune', async () => {
    const theme = await buildTheme(api);
    const place = await buildPlace(api, { communeCode: '22278', latitude: 48.5136, longitude: -2.7603 });
    const actor = await buildActor(api, { places: [place], themes: [theme] });
    const by = (ids: string[]) => names('actors', { filter: { territoryIds: ids, themeIds: [theme.id] } });
    expect(await by([territories.commune])).toEqual([actor.name]);
    expect(await by([territories.epci])).toEqual([actor.name]);
    expect(await by([territories.departement])).toEqual([actor.name]);
    expect(await by([territories.otherCommune])).toEqual([]);
    expect(await by([territories.otherCommune, territories.epci])).toEqual([actor.name]);
  });

  it('keeps actors located inside the box and leaves out those outside', async () => {
    const { bbox, inside, outside } = oceanBox();
    const inPlace = await buildPlace(api, inside);
    const outPlace = await buildPlace(api, outside);
    const inActor = await buildActor(api, { places: [inPlace] });
    await buildActor(api, { places: [outPlace] });
    const page = await list('actors', { filter: { bbox } });
    expect(page.nodes.map((n) => n.name)).toEqual([inActor.name]);
    expect(page.totalCount).toBe(1);
  });

  it('searches names and descriptions in French: accents, case and plurals are ignored', async () => {
    const token = `zqx${uid()}`;
    const theatre = await buildActor(api, { name: `Theatre ${token}` });
    const ecoles = await buildActor(api, { name: `Collectif ${token}`, description: 'Ateliers dans les écoles du quartier' });
    await buildActor(api, { name: `Autre ${uid()}`, description: 'Théâtre sans le mot rare' });
    expect(await names('actors', { filter: { text: `théâtres ${token}` } })).toEqual([theatre.name]);
    expect(await names('actors', { filter: { text: `THÉÂTRE ${token}` } })).toEqual([theatre.name]);
    expect(await names('actors', { filter: { text: `ecole ${token}` } })).toEqual([ecoles.name]);
    expect(sorted(await names('actors', { filter: { text: token } }))).toEqual(sorted([theatre.name, ecoles.name]));
  });

  // Lucene's French analyzer folds accents only in words longer than four letters: the write path
  // stores an accent-folded searchText and the query is folded too.
  it('matches short accented French words typed without their accents', async () => {
    const token = `zqx${uid()}`;
    const fete = await buildActor(api, { name: `Comité des fêtes ${token}` });
    expect(await names('actors', { filter: { text: `fete ${token}` } })).toEqual([fete.name]);
    expect(await names('actors', { filter: { text: `comite ${token}` } })).toEqual([fete.name]);
  });

  it('treats Lucene special characters in the search text as plain text', async () => {
    const token = `zqx${uid()}`;
    const actor = await buildActor(api, { name: `Café ${token}` });
    for (const text of ['"(:*', `${token} "(:*`, `(${token}`, `${token}*`, 'a:b OR', '\\', '&& || !', '[1 TO 5]', 'NOT', 'AND', `${token} AND`, `"${token}`]) {
      const res = await listRaw('actors', { filter: { text } });
      expect(res.errors, `${text}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      expect(res.data!.list.totalCount).toBeGreaterThanOrEqual(0);
    }
    expect(await names('actors', { filter: { text: `${token} "(:*` } })).toEqual([actor.name]);
    expect(await names('actors', { filter: { text: `(${token})` } })).toEqual([actor.name]);
  });

  it('refuses a blank search text, naming filter.text', async () => {
    const res = await listRaw('actors', { filter: { text: '   ' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('keeps only the actors directly part of partOfId', async () => {
    const network = await buildActor(api, { kind: 'NETWORK' });
    const member = await buildActor(api, { parents: [network] });
    await buildActor(api, { parents: [member] });
    await buildActor(api, { parents: true });
    expect(await names('actors', { filter: { partOfId: network.id } })).toEqual([member.name]);
  });

  it('combines kinds, themes, box, text and parent with AND', async () => {
    const token = `zqx${uid()}`;
    const theme = await buildTheme(api);
    const parent = await buildActor(api);
    const { bbox, inside, outside } = oceanBox();
    const inPlace = await buildPlace(api, inside);
    const outPlace = await buildPlace(api, outside);
    const all = { kind: 'COLLECTIVE' as const, themes: [theme], places: [inPlace], parents: [parent], description: `Bibliothèques ${token}` };
    const match = await buildActor(api, all);
    await buildActor(api, { ...all, kind: 'COMPANY' });
    await buildActor(api, { ...all, themes: [await buildTheme(api)] });
    await buildActor(api, { ...all, places: [outPlace] });
    await buildActor(api, { ...all, description: 'sans le mot' });
    await buildActor(api, { ...all, parents: [await buildActor(api)] });
    const filter = { kinds: ['COLLECTIVE'], themeIds: [theme.id], bbox, text: `bibliotheque ${token}`, partOfId: parent.id };
    const page = await list('actors', { filter });
    expect(page.nodes.map((n) => n.name)).toEqual([match.name]);
    expect(page.totalCount).toBe(1);
    const { text: _t, ...withoutText } = filter;
    expect((await list('actors', { filter: withoutText })).totalCount).toBe(2);
  });
});

describe('action filters', () => {
  it('keeps only the given kinds and statuses', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const show = await buildAction(api, { kind: 'SHOW', partOf: [festival] });
    const cancelledShow = await buildAction(api, { kind: 'SHOW', status: 'CANCELLED', partOf: [festival] });
    const workshop = await buildAction(api, { kind: 'WORKSHOP', status: 'FULL', partOf: [festival] });
    const scope = { partOfId: festival.id };
    expect(sorted(await names('actions', { filter: { ...scope, kinds: ['SHOW'] } }))).toEqual(sorted([show.name, cancelledShow.name]));
    expect(await names('actions', { filter: { ...scope, statuses: ['CANCELLED'] } })).toEqual([cancelledShow.name]);
    expect(sorted(await names('actions', { filter: { ...scope, statuses: ['SCHEDULED', 'FULL'] } }))).toEqual(sorted([show.name, workshop.name]));
    expect(await names('actions', { filter: { ...scope, kinds: ['SHOW'], statuses: ['SCHEDULED'] } })).toEqual([show.name]);
  });

  it('finds actions tagged with a narrower theme when filtering by the broader one', async () => {
    const parent = await buildTheme(api);
    const child = await buildTheme(api, { broader: [parent] });
    const unrelated = await buildTheme(api);
    const action = await buildAction(api, { themes: [child] });
    expect(await names('actions', { filter: { themeIds: [parent.id] } })).toEqual([action.name]);
    expect(await names('actions', { filter: { themeIds: [child.id] } })).toEqual([action.name]);
    expect(await names('actions', { filter: { themeIds: [unrelated.id] } })).toEqual([]);
  });

  it('finds an action in a commune by the commune, its EPCI and its département, not by another commune', async () => {
    const theme = await buildTheme(api);
    const place = await buildPlace(api, { communeCode: '22278', latitude: 48.514, longitude: -2.765 });
    const lannion = await buildPlace(api, { communeCode: '22113', latitude: 48.732, longitude: -3.456 });
    const here = await buildAction(api, { places: [place], themes: [theme] });
    const there = await buildAction(api, { places: [lannion], themes: [theme] });
    const by = async (ids: string[]) => sorted(await names('actions', { filter: { territoryIds: ids, themeIds: [theme.id] } }));
    expect(await by([territories.commune])).toEqual([here.name]);
    expect(await by([territories.epci])).toEqual([here.name]);
    expect(await by([territories.departement])).toEqual(sorted([here.name, there.name]));
    expect(await by([territories.otherCommune])).toEqual([there.name]);
  });

  it('keeps actions happening inside the box and leaves out those outside', async () => {
    const { bbox, inside, outside } = oceanBox();
    const inAction = await buildAction(api, { places: [await buildPlace(api, inside)] });
    await buildAction(api, { places: [await buildPlace(api, outside)] });
    const page = await list('actions', { filter: { bbox } });
    expect(page.nodes.map((n) => n.name)).toEqual([inAction.name]);
    expect(page.totalCount).toBe(1);
  });

  it('searches action names and descriptions in French', async () => {
    const token = `zqx${uid()}`;
    const concert = await buildAction(api, { name: `Concerts d'été ${token}` });
    const expo = await buildAction(api, { name: `Exposition ${token}`, description: 'Peintures des élèves' });
    expect(await names('actions', { filter: { text: `concert ${token}` } })).toEqual([concert.name]);
    expect(await names('actions', { filter: { text: `peinture eleves ${token}` } })).toEqual([expo.name]);
    expect((await list('actions', { filter: { text: `"(:* ${token}` } })).totalCount).toBe(2);
  });

  it('keeps actions running at some point between from and to, including those running across either bound', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const under = (name: string, startsAt?: string, endsAt?: string) => buildAction(api, { name: `${name} ${uid()}`, startsAt, endsAt, partOf: [festival] });
    await under('ended before from', '2030-01-01T10:00:00Z', '2030-01-05T10:00:00Z');
    await under('ends exactly at from', '2030-01-09T10:00:00Z', '2030-01-10T10:00:00Z');
    const acrossFrom = await under('across from', '2030-01-08T10:00:00Z', '2030-01-12T10:00:00Z');
    const pointAtFrom = await under('point at from', '2030-01-10T10:00:00Z');
    const inside = await under('inside', '2030-01-15T10:00:00Z', '2030-01-16T10:00:00Z');
    const pointInside = await under('point inside', '2030-01-17T10:00:00Z');
    const acrossTo = await under('across to', '2030-01-19T10:00:00Z', '2030-01-25T10:00:00Z');
    const wholeRange = await under('whole range', '2029-12-01T10:00:00Z', '2030-02-01T10:00:00Z');
    await under('starts exactly at to', '2030-01-20T10:00:00Z', '2030-01-22T10:00:00Z');
    await under('after to', '2030-01-21T10:00:00Z');
    await under('undated');
    const filter = { partOfId: festival.id, from: '2030-01-10T10:00:00Z', to: '2030-01-20T10:00:00Z' };
    expect(sorted(await names('actions', { filter }))).toEqual(sorted([acrossFrom, pointAtFrom, inside, pointInside, acrossTo, wholeRange].map((a) => a.name)));
    const fromOnly = await names('actions', { filter: { partOfId: festival.id, from: '2030-01-20T10:00:00Z' } });
    expect(fromOnly.map((n) => n.replace(/ \w+$/, ''))).toEqual(['whole range', 'across to', 'starts exactly at to', 'after to']);
    const toOnly = await names('actions', { filter: { partOfId: festival.id, to: '2030-01-05T10:00:00Z' } });
    expect(toOnly.map((n) => n.replace(/ \w+$/, ''))).toEqual(['whole range', 'ended before from']);
  });

  it('reads date-only from and to as days in Europe/Paris', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    // 23:30 in Paris on 14 July, still 14 July there though 21:30 UTC.
    const late = await buildAction(api, { startsAt: '2031-07-14T23:30:00+02:00', endsAt: '2031-07-15T01:00:00+02:00', partOf: [festival] });
    const early = await buildAction(api, { startsAt: '2031-07-14T00:30:00+02:00', endsAt: '2031-07-14T01:00:00+02:00', partOf: [festival] });
    expect(sorted(await names('actions', { filter: { partOfId: festival.id, from: '2031-07-14', to: '2031-07-15' } }))).toEqual(sorted([late.name, early.name]));
    expect(await names('actions', { filter: { partOfId: festival.id, from: '2031-07-15', to: '2031-07-16' } })).toEqual([late.name]);
  });

  it('refuses a to before from, naming filter.to', async () => {
    const res = await listRaw('actions', { filter: { from: '2030-02-01', to: '2030-01-01' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('keeps only the actions directly part of partOfId', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const show = await buildAction(api, { partOf: [festival] });
    await buildAction(api, { partOf: [show] });
    await buildAction(api, { partOf: true });
    expect(await names('actions', { filter: { partOfId: festival.id } })).toEqual([show.name]);
  });

  it('keeps only the actions carried by carriedById, not those it only takes part in', async () => {
    const carrier = await buildActor(api);
    const carried = await buildAction(api, { carriers: [carrier] });
    await buildAction(api, { participants: [carrier] });
    await buildAction(api, { carriers: true });
    expect(await names('actions', { filter: { carriedById: carrier.id } })).toEqual([carried.name]);
  });

  it('combines kinds, statuses, dates, themes, box, text, parent and carrier with AND', async () => {
    const token = `zqx${uid()}`;
    const theme = await buildTheme(api);
    const carrier = await buildActor(api);
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const { bbox, inside, outside } = oceanBox();
    const inPlace = await buildPlace(api, inside);
    const all = {
      kind: 'SHOW' as const,
      status: 'SCHEDULED' as const,
      startsAt: '2030-03-01T20:00:00Z',
      endsAt: '2030-03-01T22:00:00Z',
      themes: [theme],
      places: [inPlace],
      partOf: [festival],
      carriers: [carrier],
      description: `Marionnettes ${token}`,
    };
    const match = await buildAction(api, all);
    await buildAction(api, { ...all, kind: 'WORKSHOP' });
    await buildAction(api, { ...all, status: 'CANCELLED' });
    await buildAction(api, { ...all, startsAt: '2030-04-01T20:00:00Z', endsAt: '2030-04-01T22:00:00Z' });
    await buildAction(api, { ...all, themes: [await buildTheme(api)] });
    await buildAction(api, { ...all, places: [await buildPlace(api, outside)] });
    await buildAction(api, { ...all, description: 'sans le mot' });
    await buildAction(api, { ...all, partOf: [await buildAction(api)] });
    await buildAction(api, { ...all, carriers: [await buildActor(api)] });
    const filter = {
      kinds: ['SHOW'],
      statuses: ['SCHEDULED'],
      from: '2030-03-01',
      to: '2030-03-02',
      themeIds: [theme.id],
      bbox,
      text: `marionnette ${token}`,
      partOfId: festival.id,
      carriedById: carrier.id,
    };
    const page = await list('actions', { filter });
    expect(page.nodes.map((n) => n.name)).toEqual([match.name]);
    expect(page.totalCount).toBe(1);
  });
});

describe('place, theme, territory and partnership filters', () => {
  it('finds places by territory at any level, not by another commune', async () => {
    const token = `zqx${uid()}`;
    const place = await buildPlace(api, { name: `Salle ${token}`, communeCode: '22278', latitude: 48.51, longitude: -2.76 });
    await buildPlace(api, { name: `Salle ${token} sans commune` });
    const by = (ids: string[]) => names('places', { filter: { territoryIds: ids, text: token } });
    expect(await by([territories.commune])).toEqual([place.name]);
    expect(await by([territories.epci])).toEqual([place.name]);
    expect(await by([territories.departement])).toEqual([place.name]);
    expect(await by([territories.otherCommune])).toEqual([]);
  });

  it('keeps places inside the box, edges included, and leaves out those outside', async () => {
    const { bbox, inside, outside } = oceanBox();
    const a = await buildPlace(api, inside);
    const corner = await buildPlace(api, { latitude: bbox.south, longitude: bbox.west });
    await buildPlace(api, outside);
    await buildPlace(api, { latitude: bbox.north + 0.002, longitude: inside.longitude });
    expect(sorted(await names('places', { filter: { bbox } }))).toEqual(sorted([a.name, corner.name]));
  });

  it('refuses a box with south north of north or an out-of-range edge, naming the edge', async () => {
    const { bbox } = oceanBox();
    const flipped = await listRaw('places', { filter: { bbox: { ...bbox, south: bbox.north + 1 } } });
    expect(flipped.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.bbox.south' });
    const wide = await listRaw('actions', { filter: { bbox: { ...bbox, east: 181 } } });
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.bbox.east' });
  });

  it('finds places by a piece of their name, accents and case ignored', async () => {
    const token = `zqx${uid()}`;
    const place = await buildPlace(api, { name: `Médiathèque ${token} de l'Été` });
    expect(await names('places', { filter: { text: `MEDIATHEQUE ${token}` } })).toEqual([place.name]);
    expect(await names('places', { filter: { text: `${token.toUpperCase()} DE L'ETE` } })).toEqual([place.name]);
    expect(await names('places', { filter: { text: `${token} de l'hiver` } })).toEqual([]);
  });

  it('lists themes directly under broaderId, top-level themes, and themes by name', async () => {
    const token = `zqx${uid()}`;
    const top = await buildTheme(api, { name: `Écologie ${token}` });
    const mid = await buildTheme(api, { name: `Énergie ${token}`, broader: [top] });
    const leaf = await buildTheme(api, { name: `Éolien ${token}`, broader: [mid] });
    expect(await names('themes', { filter: { broaderId: top.id } })).toEqual([mid.name]);
    expect(await names('themes', { filter: { broaderId: mid.id } })).toEqual([leaf.name]);
    expect(await names('themes', { filter: { text: token } })).toEqual([top.name, mid.name, leaf.name]);
    expect(await names('themes', { filter: { text: `ecologie ${token}` } })).toEqual([top.name]);
    expect(await names('themes', { filter: { text: token, topLevelOnly: true } })).toEqual([top.name]);
    expect(await names('themes', { filter: { text: token, topLevelOnly: false } })).toHaveLength(3);
  });

  it('lists themes under broaderId and at top level through current BROADER links only', async () => {
    const token = `zqx${uid()}`;
    const parent = await buildTheme(api, { name: `Parent ${token}` });
    const ended = await buildTheme(api, { name: `Ancien ${token}` });
    const future = await buildTheme(api, { name: `Futur ${token}` });
    await buildLink(api, 'BROADER', ended, parent, { since: '2024-01-01', until: '2024-06-01' });
    await buildLink(api, 'BROADER', future, parent, { since: '2099-01-01' });
    expect(await names('themes', { filter: { broaderId: parent.id } })).toEqual([]);
    expect(await names('themes', { filter: { text: token, topLevelOnly: true } })).toEqual([ended.name, future.name, parent.name]);
  });

  it('lists territories by level, by containing territory at any depth, and by name', async () => {
    const communes = await list('territories', { filter: { levels: ['COMMUNE'], withinId: territories.epci } });
    expect(communes.totalCount).toBeGreaterThan(10);
    expect(communes.nodes.map((n) => n.name)).toContain('Saint-Brieuc');
    expect(communes.nodes.map((n) => n.name)).not.toContain('Lannion');
    const inDepartement = await list('territories', { filter: { withinId: territories.departement, text: 'saint-brieuc' } });
    expect(inDepartement.nodes.map((n) => n.id).sort()).toEqual([territories.commune, territories.epci].sort());
    const byName = await list('territories', { filter: { levels: ['COMMUNE'], text: 'SAINT-BRIEUC' } });
    expect(byName.nodes.map((n) => n.id)).toContain(territories.commune);
    const regions = await list('territories', { filter: { levels: ['REGION'], text: 'bretagne' } });
    expect(regions.nodes.map((n) => n.name)).toEqual(['Bretagne']);
    const lannion = await list('territories', { filter: { levels: ['COMMUNE'], text: 'lannion', withinId: territories.epci } });
    expect(lannion.totalCount).toBe(0);
  });

  it('lists partnerships of a party and by name', async () => {
    const token = `zqx${uid()}`;
    const [a, b, c] = [await buildActor(api), await buildActor(api), await buildActor(api)];
    const ab = await buildPartnership(api, { name: `Entente ${token} A`, parties: [a, b] });
    const bc = await buildPartnership(api, { name: `Entente ${token} B`, parties: [b, c] });
    expect(await names('partnerships', { filter: { partyId: a.id } })).toEqual([ab.name]);
    expect(await names('partnerships', { filter: { partyId: b.id } })).toEqual([ab.name, bc.name]);
    expect(await names('partnerships', { filter: { partyId: c.id, text: `entente ${token}` } })).toEqual([bc.name]);
    expect(await names('partnerships', { filter: { text: `ENTENTE ${token}` } })).toEqual([ab.name, bc.name]);
  });
});

describe('asOf on list filters', () => {
  it('matches an ended PART_OF link only with asOf before its end', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const show = await buildAction(api, { partOf: [festival], since: '2024-01-01' });
    const link = await api.ok<{ action: { parents: { link: { id: string } }[] } }>(`query($id: ID) { action(id: $id) { parents { link { id } } } }`, { id: show.id });
    await api.ok(`mutation($input: EndLinkInput!) { endLink(input: $input) { link { id } } }`, { input: { linkId: link.action.parents[0]!.link.id, until: '2024-06-01' } });
    const filter = { partOfId: festival.id };
    expect(await names('actions', { filter })).toEqual([]);
    expect(await names('actions', { filter, asOf: '2024-03-01' })).toEqual([show.name]);
    expect(await names('actions', { filter, asOf: '2023-12-01' })).toEqual([]);
    expect(await names('actions', { filter, asOf: '2024-06-01' })).toEqual([]);
  });

  it('matches an ended TAGGED link only with asOf before its end, counts included', async () => {
    const parentTheme = await buildTheme(api);
    const theme = await buildTheme(api, { broader: [parentTheme] });
    const actor = await buildActor(api, { themes: [theme], since: '2024-01-01' });
    const link = await api.ok<{ actor: { themes: { link: { id: string } }[] } }>(`query($id: ID) { actor(id: $id) { themes { link { id } } } }`, { id: actor.id });
    await api.ok(`mutation($input: EndLinkInput!) { endLink(input: $input) { link { id } } }`, { input: { linkId: link.actor.themes[0]!.link.id, until: '2024-06-01' } });
    for (const themeId of [theme.id, parentTheme.id]) {
      const today = await list('actors', { filter: { themeIds: [themeId] } });
      expect(today.nodes).toEqual([]);
      expect(today.totalCount).toBe(0);
      const before = await list('actors', { filter: { themeIds: [themeId] }, asOf: '2024-03-01T12:00:00+01:00' });
      expect(before.nodes.map((n) => n.name)).toEqual([actor.name]);
      expect(before.totalCount).toBe(1);
    }
  });

  it('no longer finds an actor under a broader theme once the BROADER link between the themes ended', async () => {
    const parent = await buildTheme(api);
    const child = await buildTheme(api);
    const broader = await buildLink(api, 'BROADER', child, parent, { since: '2024-01-01' });
    const actor = await buildActor(api, { themes: [child], since: '2024-01-01' });
    expect(await names('actors', { filter: { themeIds: [parent.id] } })).toEqual([actor.name]);
    await api.ok(`mutation($input: EndLinkInput!) { endLink(input: $input) { link { id } } }`, { input: { linkId: broader.id, until: '2024-06-01' } });
    const today = await list('actors', { filter: { themeIds: [parent.id] } });
    expect(today.nodes).toEqual([]);
    expect(today.totalCount).toBe(0);
    expect(await names('actors', { filter: { themeIds: [parent.id] }, asOf: '2024-03-01' })).toEqual([actor.name]);
    expect(await names('actors', { filter: { themeIds: [child.id] } })).toEqual([actor.name]);
  });

  it('matches a LOCATED_AT link and a party only while they are current', async () => {
    const { bbox, inside } = oceanBox();
    const place = await buildPlace(api, inside);
    const actor = await buildActor(api);
    const other = await buildActor(api);
    await buildLink(api, 'LOCATED_AT', actor, place, { since: '2024-01-01', until: '2024-06-01' });
    expect(await names('actors', { filter: { bbox } })).toEqual([]);
    expect(await names('actors', { filter: { bbox }, asOf: '2024-02-01' })).toEqual([actor.name]);
    const p = await buildPartnership(api, { parties: [actor, other], since: '2024-01-01', until: '2024-06-01' });
    expect(await names('partnerships', { filter: { partyId: actor.id } })).toEqual([]);
    expect(await names('partnerships', { filter: { partyId: actor.id }, asOf: '2024-02-01' })).toEqual([p.name]);
  });
});

describe('pagination', () => {
  it('pages through 25 actors by name with no gap, no duplicate and a steady total', async () => {
    const parent = await buildActor(api);
    for (let i = 0; i < 25; i++) await buildActor(api, { name: `Membre ${String(i).padStart(2, '0')} ${uid()}`, parents: [parent] });
    const nodes = await expectConsistentPaging('actors', { filter: { partOfId: parent.id } }, 25);
    expect(nodes.map((n) => n.name)).toEqual([...nodes.map((n) => n.name)].sort());
  });

  it('sorts names without regard to accents or case, É with E', async () => {
    const parent = await buildActor(api);
    const wanted = ['abbaye', 'Ébène', 'Ecole', 'école b', 'Étoile', 'Eubée', 'Œuvre', 'Ozone', 'Zèbre'];
    for (const name of [...wanted].reverse()) await buildActor(api, { name, parents: [parent] });
    expect(await names('actors', { filter: { partOfId: parent.id }, sort: 'NAME' })).toEqual(wanted);
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    for (const name of [...wanted].reverse()) await buildAction(api, { name, partOf: [festival] });
    expect(await names('actions', { filter: { partOfId: festival.id }, sort: 'NAME' })).toEqual(wanted);
    const paged = (await allPages('actions', { filter: { partOfId: festival.id }, sort: 'NAME' }, 2)).nodes.map((n) => n.name);
    expect(paged).toEqual(wanted);
  });

  it('pages through actions by start, undated last, across equal starts and across the undated ones', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const starts: (string | undefined)[] = [];
    for (let i = 0; i < 14; i++) starts.push(`2030-05-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T18:00:00Z`); // pairs share a start
    for (let i = 0; i < 11; i++) starts.push(undefined);
    for (const startsAt of [...starts].reverse()) await buildAction(api, { startsAt, partOf: [festival] });
    const filter = { partOfId: festival.id };
    const nodes = await expectConsistentPaging('actions', { filter }, 25);
    const detail = await api.ok<{ actions: { nodes: { id: string; startsAt: string | null }[] } }>(
      `query($filter: ActionFilter) { actions(filter: $filter, first: 100) { nodes { id startsAt } } }`,
      { filter },
    );
    const startOf = new Map(detail.actions.nodes.map((n) => [n.id, n.startsAt]));
    const ordered = nodes.map((n) => startOf.get(n.id) ?? null);
    expect(ordered.slice(0, 14)).toEqual(starts.slice(0, 14).map((s) => new Date(s!).toISOString()));
    expect(ordered.slice(14)).toEqual(Array(11).fill(null));
    // Pages of 3 cross the dated/undated border in the middle of a page.
    const small = await allPages('actions', { filter }, 3);
    expect(small.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(small.pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through search results by relevance in the order of one big page', async () => {
    const token = `zqx${uid()}`;
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    for (let i = 0; i < 25; i++) {
      // Five levels of relevance with five equal scores each (names all have three words), so ties are
      // broken by id; more repetitions always score higher, however the index statistics move.
      const description = Array(1 + (i % 5)).fill(token).join(' ');
      await buildAction(api, { name: `Séance ${i} ${uid()}`, description, partOf: [festival] });
    }
    const nodes = await expectConsistentPaging('actions', { filter: { text: token } }, 25);
    const repetitions = nodes.map((n) => 1 + (Number(n.name.split(' ')[1]) % 5));
    expect(repetitions).toEqual([...repetitions].sort((a, b) => b - a));
    await expectConsistentPaging('actions', { filter: { text: token, partOfId: festival.id }, sort: 'RELEVANCE' }, 25);
  });

  it('keeps relevance pages whole while other entities are written between two pages', async () => {
    const token = `zqx${uid()}`;
    const parent = await buildActor(api);
    for (let i = 0; i < 12; i++) await buildActor(api, { name: `Groupe ${i} ${uid()}`, description: `${Array(1 + (i % 4)).fill(token).join(' ')}`, parents: [parent] });
    const whole = await list('actors', { filter: { text: token } });
    const first = await list('actors', { filter: { text: token }, first: 5 });
    // Someone else writes to the index between two page requests.
    for (let i = 0; i < 5; i++) await buildActor(api, { description: `Autre texte ${uid()}` });
    const second = await list('actors', { filter: { text: token }, first: 5, after: first.pageInfo.endCursor });
    const third = await list('actors', { filter: { text: token }, first: 5, after: second.pageInfo.endCursor });
    const ids = [...first.nodes, ...second.nodes, ...third.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(12);
    expect(sorted(ids)).toEqual(sorted(whole.nodes.map((n) => n.id)));
  });

  it('pages through places, themes, partnerships and territories by name', async () => {
    const token = `zqx${uid()}`;
    for (let i = 0; i < 25; i++) await buildPlace(api, { name: `Lieu ${token} ${i}` });
    await expectConsistentPaging('places', { filter: { text: token } }, 25);
    for (let i = 0; i < 25; i++) await buildTheme(api, { name: `Thème ${token} ${i}` });
    await expectConsistentPaging('themes', { filter: { text: token } }, 25);
    const [a, b] = [await buildActor(api), await buildActor(api)];
    for (let i = 0; i < 25; i++) await buildPartnership(api, { name: `Accord ${token} ${i}`, parties: [a, b] });
    await expectConsistentPaging('partnerships', { filter: { partyId: a.id } }, 25);
    const communes = await list('territories', { filter: { levels: ['COMMUNE'], withinId: territories.epci } });
    await expectConsistentPaging('territories', { filter: { levels: ['COMMUNE'], withinId: territories.epci } }, communes.totalCount);
  });

  it('returns an empty last page with hasNextPage false and a null endCursor when nothing matches', async () => {
    const page = await list('actors', { filter: { partOfId: (await buildActor(api)).id }, first: 10 });
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });

  it('refuses a page size above 100 or below 0, naming first', async () => {
    for (const field of ['actors', 'actions', 'places', 'themes', 'territories', 'partnerships'] as const) {
      for (const first of [101, -1]) {
        const res = await listRaw(field, { first });
        expect(res.errors?.[0]?.extensions, `${field} first=${first}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      }
    }
    expect((await list('actors', { first: 100 })).nodes.length).toBeLessThanOrEqual(100);
  });

  it('refuses a garbage cursor, naming after', async () => {
    const garbage = ['garbage', 'eyJ4IjoxfQ', Buffer.from('{"k":{"a":1},"id":"x"}').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), '%%%'];
    for (const field of ['actors', 'actions', 'places', 'themes', 'territories', 'partnerships'] as const) {
      for (const after of garbage) {
        const res = await listRaw(field, { after });
        expect(res.errors?.[0]?.extensions, `${field} after=${after}`).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    }
  });

  it('refuses a cursor made for another order, naming after', async () => {
    const token = `zqx${uid()}`;
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    await buildAction(api, { name: `Un ${token}`, startsAt: '2030-01-01', partOf: [festival] });
    await buildAction(api, { name: `Deux ${token}`, startsAt: '2030-01-02', partOf: [festival] });
    const filter = { partOfId: festival.id };
    const byName = await list('actions', { filter, sort: 'NAME', first: 1 });
    const byStart = await list('actions', { filter, sort: 'STARTS_AT', first: 1 });
    const byScore = await list('actions', { filter: { text: token }, first: 1 });
    const cases: [ListArgs, string][] = [
      [{ filter, sort: 'STARTS_AT' }, byName.pageInfo.endCursor!],
      [{ filter, sort: 'STARTS_AT' }, byScore.pageInfo.endCursor!],
      [{ filter, sort: 'NAME' }, byScore.pageInfo.endCursor!],
      [{ filter: { text: token } }, byName.pageInfo.endCursor!],
      [{ filter: { text: token } }, byStart.pageInfo.endCursor!],
    ];
    for (const [args, after] of cases) {
      const res = await listRaw('actions', { ...args, after });
      expect(res.errors?.[0]?.extensions, JSON.stringify(args)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses RELEVANCE without a search text and another order with one, naming sort', async () => {
    const noText = await listRaw('actions', { sort: 'RELEVANCE' });
    expect(noText.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
    const actorsNoText = await listRaw('actors', { sort: 'RELEVANCE' });
    expect(actorsNoText.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
    const textByName = await listRaw('actors', { filter: { text: 'théâtre' }, sort: 'NAME' });
    expect(textByName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
  });
});
