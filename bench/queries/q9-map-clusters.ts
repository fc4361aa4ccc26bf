// Q9, the clustered map: the places of the whole département holding a current action tagged with a
// theme (or a narrower one) that the reader may see, grouped into the grid cells of a département-wide
// zoom, each cell with its count, centre, bounds and commune-or-EPCI, cells of one place as places.
// The same selection as Q2 département, which lists the actions themselves (100 of them with the total).
// A: the aggregation written by hand in one statement. C: Query.mapClusters (cypher/map/cluster-places,
// built from the lists' filter fragments). No arm B: @neo4j/graphql has no aggregation by computed key.
import { gridFor } from '../../api/map/map.store.js';
import { REFERENCE_NOW, rng } from '../generate.js';
import { check, type Query, type Reader } from './types.js';

interface ClusterInput {
  bbox: { west: number; south: number; east: number; north: number };
  zoom: number;
  themeId: string;
  reader: Reader;
}

/** A département fills a 1,280-pixel-wide map at zoom 8 to 9. */
const ZOOM = 9;

const CLUSTER_CYPHER = `
WITH datetime($at) AS at, 2.0 ^ $level AS size
MATCH (p:Place)
WHERE point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north}))
  AND EXISTS {
    MATCH (p)<-[l:LOCATED_AT]-(a:Action)
    WHERE (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
      AND (a.visibility = 'PUBLIC' OR a.id IN $access.spaceIds)
      AND EXISTS {
        MATCH (a)-[t:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= at) AND (b.until IS NULL OR b.until > at)){0,10} (th:Theme)
        WHERE th.id = $themeId AND (t.since IS NULL OR t.since <= at) AND (t.until IS NULL OR t.until > at)
      }
  }
WITH p, size, p.location.longitude AS lon, radians(p.location.latitude) AS phi
WITH p, lon, toInteger(floor((lon + 180.0) / 360.0 * size)) AS cx, toInteger(floor((1.0 - log(tan(phi) + 1.0 / cos(phi)) / pi()) / 2.0 * size)) AS cy
OPTIONAL MATCH (p)-[:WITHIN]->(c:Territory {level: 'COMMUNE'})
WITH cx, cy, c, count(p) AS k, sum(lon) AS sx, sum(p.location.latitude) AS sy, min(lon) AS w, max(lon) AS e, min(p.location.latitude) AS s, max(p.location.latitude) AS n, collect(p.id)[..1] AS one
OPTIONAL MATCH (c)-[:WITHIN]->(epci:Territory {level: 'EPCI'})
WITH cx, cy, sum(k) AS k, sum(sx) AS sx, sum(sy) AS sy, min(w) AS w, max(e) AS e, min(s) AS s, max(n) AS n, collect({c: c.id, e: epci.id, k: k}) AS parts, collect(one) AS ones
RETURN cx, cy, k, sx / k AS lon, sy / k AS lat, w, e, s, n, parts, ones[0][0] AS placeId
ORDER BY k DESC, cx, cy`;

interface Cell {
  cx: number;
  cy: number;
  k: number;
  lon: number;
  lat: number;
  w: number;
  e: number;
  s: number;
  n: number;
  parts: { c: string | null; e: string | null; k: number }[];
  placeId: string;
}

/** The label's territory as docs/map.md states it: the commune of at least half, else the EPCI of most, else the commune of most. */
function territoryOf(cell: Cell): string | null {
  const most = (xs: { id: string; k: number }[]) => xs.reduce<{ id: string; k: number } | null>((b, x) => (!b || x.k > b.k || (x.k === b.k && x.id < b.id) ? x : b), null);
  const commune = most(cell.parts.filter((p) => p.c).map((p) => ({ id: p.c!, k: p.k })));
  if (commune && commune.k * 2 >= cell.k) return commune.id;
  const epcis = new Map<string, number>();
  for (const p of cell.parts) if (p.e) epcis.set(p.e, (epcis.get(p.e) ?? 0) + p.k);
  return most([...epcis].map(([id, k]) => ({ id, k })))?.id ?? commune?.id ?? null;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

interface Normalised {
  total: number;
  clusters: { count: number; lon: number; lat: number; bounds: number[]; territoryId: string | null }[];
  placeIds: string[];
}

export const Q9: Query<ClusterInput> = {
  id: 'Q9',
  title: 'clustered map: the places of the whole département with an action on a theme, by grid cell',
  inputs(g, readers, n) {
    const random = rng(g.options.seed + 9);
    const broad = g.themes.filter((t) => !g.broader.some((b) => b.fromId === t.id));
    // The box of Q2 département.
    const bbox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
    for (const c of g.communes) {
      bbox.west = Math.min(bbox.west, c.longitude - 0.05);
      bbox.east = Math.max(bbox.east, c.longitude + 0.05);
      bbox.south = Math.min(bbox.south, c.latitude - 0.05);
      bbox.north = Math.max(bbox.north, c.latitude + 0.05);
    }
    return Array.from({ length: n }, (_, i) => ({ bbox, zoom: ZOOM, themeId: broad[Math.floor(random() * broad.length)]!.id, reader: readers[i % readers.length]! }));
  },
  variants: (inputs) => [{ name: 'Q9 département', inputs }],
  async a(rt, input) {
    const { level } = gridFor(input.bbox, input.zoom);
    const cells = await rt.db.read((tx) => tx.runText<Cell>(CLUSTER_CYPHER, { at: REFERENCE_NOW, bbox: input.bbox, level, themeId: input.themeId, access: input.reader.access }));
    const result: Normalised = {
      total: cells.reduce((s, c) => s + c.k, 0),
      clusters: cells.filter((c) => c.k > 1).map((c) => ({ count: c.k, lon: round(c.lon), lat: round(c.lat), bounds: [c.w, c.s, c.e, c.n], territoryId: territoryOf(c) })),
      placeIds: cells.filter((c) => c.k === 1).map((c) => c.placeId).sort(),
    };
    return result;
  },
  hasB: false,
  b() {
    throw new Error('Q9 has no arm B');
  },
  async c(rt, input) {
    const data = check(
      await rt.c.execute(
        `query Clusters($bbox: BoundingBox!, $zoom: Float!, $actions: ActionFilter, $asOf: DateTime) {
          mapClusters(bbox: $bbox, zoom: $zoom, actions: $actions, show: [ACTIONS], asOf: $asOf) {
            totalPlaces clusters { count centre { longitude latitude } bounds { west south east north } territory { id } } places { id }
          }
        }`,
        { bbox: input.bbox, zoom: input.zoom, actions: { themeIds: [input.themeId] }, asOf: REFERENCE_NOW },
        input.reader,
      ),
      'C',
    );
    type Answer = {
      totalPlaces: number;
      clusters: { count: number; centre: { longitude: number; latitude: number }; bounds: { west: number; south: number; east: number; north: number }; territory: { id: string } | null }[];
      places: { id: string }[];
    };
    const m = data.mapClusters as Answer;
    const result: Normalised = {
      total: m.totalPlaces,
      clusters: m.clusters.map((c) => ({
        count: c.count,
        lon: round(c.centre.longitude),
        lat: round(c.centre.latitude),
        bounds: [c.bounds.west, c.bounds.south, c.bounds.east, c.bounds.north],
        territoryId: c.territory?.id ?? null,
      })),
      placeIds: m.places.map((p) => p.id).sort(),
    };
    return result;
  },
  whyMissed: {
    'Q9 département': 'C runs the lists’ whole action filter fragment (every optional filter tested per candidate) inside the per-place EXISTS, plus the HTTP and GraphQL layers; A tests the theme and visibility only',
  },
  profile(input) {
    const { level } = gridFor(input.bbox, input.zoom);
    return { text: CLUSTER_CYPHER, params: { at: REFERENCE_NOW, bbox: input.bbox, level, themeId: input.themeId, access: input.reader.access } };
  },
};
