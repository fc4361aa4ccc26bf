// The map's clusters (Query.mapClusters) and the accessibility filter and facet, over GraphQL/HTTP on
// the real API. The database is shared and never empty: each test draws its places in a box of the
// Atlantic of its own and counts only items tagged with a theme of its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { importTerritories } from '../api/territory/territory.import.js';
import { useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { signedIn } from './factories/people.js';
import { buildPlace, type PlaceOptions } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built, Writer } from './factories/write.js';

const api = useTestApi();

interface Cluster {
  id: string;
  count: number;
  label: string;
  centre: { latitude: number; longitude: number };
  bounds: { west: number; south: number; east: number; north: number };
  territory: { name: string; level: string } | null;
}
interface MapAnswer {
  totalPlaces: number;
  gridZoom: number;
  clusters: Cluster[];
  places: { id: string; slug: string; name: string; location: { latitude: number; longitude: number } }[];
}

const MAP = `query($bbox: BoundingBox!, $zoom: Float!, $actors: ActorFilter, $actions: ActionFilter, $show: [MapLayer!]) {
  mapClusters(bbox: $bbox, zoom: $zoom, actors: $actors, actions: $actions, show: $show) {
    totalPlaces gridZoom
    clusters { id count label centre { latitude longitude } bounds { west south east north } territory { name level } }
    places { id slug name location { latitude longitude } }
  }
}`;

type Send = (q: string, v: Record<string, unknown>) => Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>;

async function map(vars: Record<string, unknown>, send: Send = api.gql): Promise<MapAnswer> {
  const res = await send(MAP, vars);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return (res.data as { mapClusters: MapAnswer }).mapClusters;
}

/** Places drawn, clusters and single places together: what the counts must add up to. */
const drawn = (m: MapAnswer) => m.clusters.reduce((s, c) => s + c.count, 0) + m.places.length;

/**
 * A box of 0.01° of the Atlantic of the test's own, chosen where a zoom-3 grid cell (11.25° of
 * longitude from -33.75°, latitudes 40.98°–48.96°) holds all of it.
 */
function box() {
  const south = 41 + Math.floor(Math.random() * 390) / 100;
  const west = -33.7 + Math.floor(Math.random() * 360) / 100;
  return { west, south, east: west + 0.01, north: south + 0.01 };
}

/** A place at (dx, dy) thousandths of a degree from the box's south-west corner. */
function at(b: ReturnType<typeof box>, dx: number, dy: number, o: PlaceOptions = {}): PlaceOptions {
  return { ...o, longitude: b.west + dx / 1000, latitude: b.south + dy / 1000 };
}

async function actionsAt(who: Writer, theme: Built, places: PlaceOptions[], visibility: 'PUBLIC' | 'MEMBERS' = 'PUBLIC') {
  const built = [];
  for (const p of places) {
    const place = await buildPlace(who, p);
    await buildAction(who, { places: [place], themes: [theme], visibility, startsAt: '2030-03-02T10:00:00Z', endsAt: '2030-03-02T12:00:00Z' });
    built.push(place);
  }
  return built;
}

beforeAll(async () => {
  await importTerritories(testDb(), { departements: ['22'] });
}, 180_000);

describe('mapClusters', () => {
  it('groups the places of a box into clusters whose counts add up to the places in the box, and splits them when zooming in', async () => {
    const b = box();
    const theme = await buildTheme(api);
    // Two pairs of places at one point each, 6 thousandths of a degree apart, and one place alone.
    await actionsAt(api, theme, [at(b, 2, 2), at(b, 2, 2), at(b, 8, 2), at(b, 8, 2), at(b, 5, 9)]);
    await actionsAt(api, theme, [{ longitude: b.east + 0.002, latitude: b.south + 0.005 }]); // outside the box
    const actions = { themeIds: [theme.id] };

    const far = await map({ bbox: b, zoom: 3, actions, show: ['ACTIONS'] });
    expect(far.totalPlaces).toBe(5);
    expect(far.gridZoom).toBe(3);
    expect(far.places).toEqual([]);
    expect(far.clusters).toHaveLength(1);
    const [all] = far.clusters;
    expect(all!.count).toBe(5);
    expect(all!.bounds.west).toBeCloseTo(b.west + 0.002, 6);
    expect(all!.bounds.east).toBeCloseTo(b.west + 0.008, 6);
    expect(all!.bounds.south).toBeCloseTo(b.south + 0.002, 6);
    expect(all!.bounds.north).toBeCloseTo(b.south + 0.009, 6);
    expect(all!.centre.longitude).toBeCloseTo(b.west + (2 + 2 + 8 + 8 + 5) / 5000, 6);
    expect(all!.label).toBe('5 lieux');

    // Zoom 14: cells of 360/2^16 ≈ 0.0055° of longitude, so the two pairs fall apart and the lone place is a place.
    const near = await map({ bbox: b, zoom: 14, actions, show: ['ACTIONS'] });
    expect(near.totalPlaces).toBe(5);
    expect(near.clusters.map((c) => c.count)).toEqual([2, 2]);
    expect(near.places).toHaveLength(1);
    expect(near.places[0]!.location.latitude).toBeCloseTo(b.south + 0.009, 6);
    expect(drawn(near)).toBe(5);

    // From zoom 15, a box of few places shows each one.
    const street = await map({ bbox: b, zoom: 16.4, actions, show: ['ACTIONS'] });
    expect(street.gridZoom).toBe(16);
    expect(street.clusters).toEqual([]);
    expect(street.places).toHaveLength(5);
  });

  it('counts the places of actors and of actions, each place once, as `show` asks', async () => {
    const b = box();
    const theme = await buildTheme(api);
    const shared = await buildPlace(api, at(b, 3, 3));
    const actorOnly = await buildPlace(api, at(b, 6, 6));
    await buildAction(api, { places: [shared], themes: [theme] });
    await buildActor(api, { places: [shared, actorOnly], themes: [theme] });
    const filters = { actors: { themeIds: [theme.id] }, actions: { themeIds: [theme.id] } };
    expect((await map({ bbox: b, zoom: 3, ...filters })).totalPlaces).toBe(2);
    expect((await map({ bbox: b, zoom: 3, ...filters, show: ['ACTIONS'] })).totalPlaces).toBe(1);
    expect((await map({ bbox: b, zoom: 3, ...filters, show: ['ACTORS'] })).totalPlaces).toBe(2);
  });

  it('never counts a members-only action’s place for an anonymous visitor, and counts it for a member', async () => {
    const b = box();
    const member = await signedIn(api);
    const theme = await buildTheme(api);
    await actionsAt(api, theme, [at(b, 2, 2), at(b, 2, 2)]);
    const [hidden] = await actionsAt(member, theme, [at(b, 2, 2)], 'MEMBERS');
    const vars = { bbox: b, zoom: 3, actions: { themeIds: [theme.id] }, show: ['ACTIONS'] };

    const anonymous = await map(vars, api.anon);
    expect(anonymous.totalPlaces).toBe(2);
    expect(anonymous.clusters.map((c) => c.count)).toEqual([2]);
    const seen = await map(vars, member.gql);
    expect(seen.totalPlaces).toBe(3);
    expect(seen.clusters.map((c) => c.count)).toEqual([3]);
    // At a street's zoom the place itself is listed only for the member.
    expect((await map({ ...vars, zoom: 17 }, api.anon)).places.map((p) => p.id)).not.toContain(hidden!.id);
    expect((await map({ ...vars, zoom: 17 }, member.gql)).places.map((p) => p.id)).toContain(hidden!.id);
  });

  it('names a cluster by the commune most of its places are in', async () => {
    const b = box();
    const theme = await buildTheme(api);
    // Plérin (22187) holds three of the four places; Saint-Brieuc (22278) one.
    await actionsAt(api, theme, [at(b, 2, 2, { communeCode: '22187' }), at(b, 3, 2, { communeCode: '22187' }), at(b, 4, 2, { communeCode: '22187' }), at(b, 5, 2, { communeCode: '22278' })]);
    const m = await map({ bbox: b, zoom: 3, actions: { themeIds: [theme.id] }, show: ['ACTIONS'] });
    expect(m.clusters).toHaveLength(1);
    expect(m.clusters[0]!.territory).toEqual({ name: 'Plérin', level: 'COMMUNE' });
    expect(m.clusters[0]!.label).toBe('4 lieux à Plérin');
  });

  it('keeps every list within its bound: a world box at the highest zoom is read on a coarser grid', async () => {
    const world = { west: -180, south: -85, east: 180, north: 85 };
    const m = await map({ bbox: world, zoom: 24, show: ['ACTIONS'] });
    expect(m.gridZoom).toBeLessThan(24);
    expect(m.clusters.length).toBeLessThanOrEqual(512);
    expect(m.places.length).toBeLessThanOrEqual(512);
    expect(drawn(m)).toBe(m.totalPlaces);
    expect(m.totalPlaces).toBeGreaterThan(0);
  });

  it('refuses a zoom out of range, a text search and a box across the antimeridian, naming the argument', async () => {
    const b = box();
    const zoom = await api.gql(MAP, { bbox: b, zoom: 40 });
    expect(zoom.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(zoom.errors?.[0]?.message).toMatch(/zoom must be between 0 and 24/);
    const text = await api.gql(MAP, { bbox: b, zoom: 3, actors: { text: 'épicerie' } });
    expect(text.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const across = await api.gql(MAP, { bbox: { west: 170, south: 0, east: -170, north: 10 }, zoom: 3 });
    expect(across.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the accessibility filter and facet', () => {
  const FACETS = `facets { accessibility { need count } }`;
  const LISTS = `query($actions: ActionFilter, $actors: ActorFilter, $from: DateTime!, $to: DateTime!) {
    actions(filter: $actions, first: 100) { totalCount nodes { id } ${FACETS} }
    actors(filter: $actors, first: 100) { totalCount nodes { id } ${FACETS} }
    occurrences(from: $from, to: $to, filter: $actions, first: 100) { totalCount }
  }`;
  interface Lists {
    actions: { totalCount: number; facets: { accessibility: { need: string; count: number }[] } };
    actors: { totalCount: number; facets: { accessibility: { need: string; count: number }[] } };
    occurrences: { totalCount: number };
  }
  const counts = (f: { accessibility: { need: string; count: number }[] }) => Object.fromEntries(f.accessibility.map((b) => [b.need, b.count]));

  it('keeps the items at a place meeting every need asked, in actors, actions, occurrences and the map, with facet counts that agree with the totals', async () => {
    const b = box();
    const theme = await buildTheme(api);
    const both = await buildPlace(api, at(b, 2, 2, { accessibility: { wheelchair: true, hearing: true } }));
    const wheelchair = await buildPlace(api, at(b, 5, 5, { accessibility: { wheelchair: true, hearing: false } }));
    const unknown = await buildPlace(api, at(b, 8, 8));
    for (const place of [both, wheelchair, unknown]) {
      await buildAction(api, { places: [place], themes: [theme], startsAt: '2030-03-02T10:00:00Z', endsAt: '2030-03-02T12:00:00Z' });
      await buildActor(api, { places: [place], themes: [theme] });
    }
    const range = { from: '2030-03-01T00:00:00Z', to: '2030-03-10T00:00:00Z' };
    const read = (accessibility?: string[]) =>
      api.ok<Lists>(LISTS, { ...range, actions: { themeIds: [theme.id], accessibility }, actors: { themeIds: [theme.id], accessibility } });

    const none = await read();
    expect(none.actions.totalCount).toBe(3);
    expect(counts(none.actions.facets)).toEqual({ WHEELCHAIR: 2, HEARING: 1, SIGHT: 0, MENTAL: 0 });
    expect(counts(none.actors.facets)).toEqual({ WHEELCHAIR: 2, HEARING: 1, SIGHT: 0, MENTAL: 0 });
    expect(none.actions.facets.accessibility.map((x) => x.need)).toEqual(['WHEELCHAIR', 'HEARING', 'SIGHT', 'MENTAL']);

    const chair = await read(['WHEELCHAIR']);
    expect(chair.actions.totalCount).toBe(counts(none.actions.facets).WHEELCHAIR);
    expect(chair.actors.totalCount).toBe(counts(none.actors.facets).WHEELCHAIR);
    expect(chair.occurrences.totalCount).toBe(2);
    // With WHEELCHAIR asked, each count is the total with one more need.
    expect(counts(chair.actions.facets)).toEqual({ WHEELCHAIR: 2, HEARING: 1, SIGHT: 0, MENTAL: 0 });
    const chairAndHearing = await read(['WHEELCHAIR', 'HEARING']);
    expect(chairAndHearing.actions.totalCount).toBe(counts(chair.actions.facets).HEARING);
    expect(chairAndHearing.actors.totalCount).toBe(1);
    expect(chairAndHearing.occurrences.totalCount).toBe(1);
    expect((await read(['SIGHT'])).actions.totalCount).toBe(0);

    const onMap = await map({ bbox: b, zoom: 16, actions: { themeIds: [theme.id], accessibility: ['WHEELCHAIR'] }, actors: { themeIds: [theme.id], accessibility: ['WHEELCHAIR'] } });
    expect(onMap.places.map((p) => p.id).sort()).toEqual([both.id, wheelchair.id].sort());
    const places = await api.ok<{ places: { totalCount: number } }>(`query($f: PlaceFilter) { places(filter: $f) { totalCount } }`, { f: { bbox: b, accessibility: ['WHEELCHAIR', 'HEARING'] } });
    expect(places.places.totalCount).toBe(1);
  });

  it('counts a members-only action in the facet only for those who may see it', async () => {
    const b = box();
    const member = await signedIn(api);
    const theme = await buildTheme(api);
    const place = await buildPlace(api, at(b, 2, 2, { accessibility: { sight: true } }));
    await buildAction(member, { places: [place], themes: [theme], visibility: 'MEMBERS' });
    const q = `query($f: ActionFilter) { actions(filter: $f) { totalCount ${FACETS} } }`;
    const anon = await api.anon<{ actions: Lists['actions'] }>(q, { f: { themeIds: [theme.id] } });
    expect(anon.data!.actions.totalCount).toBe(0);
    expect(counts(anon.data!.actions.facets).SIGHT).toBe(0);
    const seen = await member.ok<{ actions: Lists['actions'] }>(q, { f: { themeIds: [theme.id] } });
    expect(counts(seen.actions.facets).SIGHT).toBe(1);
  });
});
