// Q2, the map: actions located (current LOCATED_AT) at a place inside a bounding box and tagged with a
// theme or a narrower one, by name, first 100 with the total; at commune and at département scale.
import { REFERENCE_NOW, rng } from '../generate.js';
import { check, type Query, type Reader } from './types.js';


interface MapInput {
  scale: 'commune' | 'departement';
  bbox: { west: number; south: number; east: number; north: number };
  themeId: string;
  reader: Reader;
}

/** Page size of the map (the API's largest page); the total counts every point. */
const MAP_PAGE = 100;

const MAP_CYPHER = `
WITH datetime($at) AS at
MATCH (a:Action)-[r:LOCATED_AT]->(p:Place)
WHERE point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north}))
  AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  AND (a.visibility = 'PUBLIC' OR a.id IN $access.spaceIds)
  AND EXISTS {
    MATCH (a)-[t:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= at) AND (b.until IS NULL OR b.until > at)){0,10} (th:Theme)
    WHERE th.id = $themeId AND (t.since IS NULL OR t.since <= at) AND (t.until IS NULL OR t.until > at)
  }
WITH DISTINCT at, a
WITH at, collect(a) AS matched
UNWIND matched AS a
WITH at, matched, a ORDER BY a.sortName, a.id LIMIT toInteger($limit)
MATCH (a)-[r:LOCATED_AT]->(p:Place) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
WITH matched, a, p ORDER BY a.sortName, a.id, p.id
RETURN size(matched) AS total, a.id AS id, collect(p.id) AS placeIds`;

function mapResult(total: number, nodes: { id: string; placeIds: string[] }[]) {
  return { total, nodes: nodes.map((n) => ({ id: n.id, placeIds: [...n.placeIds].sort() })) };
}

export const Q2: Query<MapInput> = {
  id: 'Q2',
  title: 'map: actions in a bounding box with a theme',
  inputs(g, readers, n) {
    const random = rng(g.options.seed + 2);
    // Themes used often enough to draw a map: the broad ones (Zipf heads and their subtrees).
    const broad = g.themes.filter((t) => !g.broader.some((b) => b.fromId === t.id));
    const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
    for (const c of g.communes) {
      box.west = Math.min(box.west, c.longitude - 0.05);
      box.east = Math.max(box.east, c.longitude + 0.05);
      box.south = Math.min(box.south, c.latitude - 0.05);
      box.north = Math.max(box.north, c.latitude + 0.05);
    }
    const out: MapInput[] = [];
    for (let i = 0; i < n; i++) {
      const scale = i % 2 === 0 ? 'commune' : 'departement';
      const place = g.places[Math.floor(random() * Math.min(g.places.length, 50))]!;
      const bbox =
        scale === 'commune'
          ? { west: place.longitude - 0.06, south: place.latitude - 0.04, east: place.longitude + 0.06, north: place.latitude + 0.04 }
          : box;
      out.push({ scale, bbox, themeId: broad[Math.floor(random() * broad.length)]!.id, reader: readers[i % readers.length]! });
    }
    return out;
  },
  variants: (inputs) => [
    { name: 'Q2 commune', inputs: inputs.filter((i) => i.scale === 'commune') },
    { name: 'Q2 département', inputs: inputs.filter((i) => i.scale === 'departement') },
  ],
  async a(rt, input) {
    const rows = await rt.db.read((tx) =>
      tx.runText<{ total: number; id: string; placeIds: string[] }>(MAP_CYPHER, { at: REFERENCE_NOW, bbox: input.bbox, themeId: input.themeId, access: input.reader.access, limit: MAP_PAGE }),
    );
    return mapResult(rows[0]?.total ?? 0, rows);
  },
  async b(rt, input) {
    const data = check(
      await rt.b.execute(
        `query Map($west: Float!, $south: Float!, $east: Float!, $north: Float!, $themeId: ID!, $at: DateTime!) {
          mapActions(west: $west, south: $south, east: $east, north: $north, themeId: $themeId, at: $at) { id placesConnection { edges { properties { since until } node { id } } } }
        }`,
        { ...input.bbox, themeId: input.themeId, at: REFERENCE_NOW },
        input.reader.access.spaceIds,
      ),
      'B',
    );
    // The library filters edges on their properties, but not with "null or ≤": current links are kept here.
    type Edge = { properties: { since: string | null; until: string | null }; node: { id: string } };
    const all = data.mapActions as { id: string; placesConnection: { edges: Edge[] } }[];
    const now = Date.parse(REFERENCE_NOW);
    const current = (e: Edge) =>
      (e.properties.since === null || Date.parse(e.properties.since) <= now) && (e.properties.until === null || Date.parse(e.properties.until) > now);
    return mapResult(
      all.length,
      all.slice(0, MAP_PAGE).map((a) => ({ id: a.id, placeIds: a.placesConnection.edges.filter(current).map((e) => e.node.id) })),
    );
  },
  async c(rt, input) {
    const data = check(
      await rt.c.execute(
        `query Map($filter: ActionFilter, $asOf: DateTime) {
          actions(filter: $filter, sort: NAME, first: ${MAP_PAGE}, asOf: $asOf) { totalCount nodes { id places { place { id } } } }
        }`,
        { filter: { bbox: input.bbox, themeIds: [input.themeId] }, asOf: REFERENCE_NOW },
        input.reader,
      ),
      'C',
    );
    const actions = data.actions as { totalCount: number; nodes: { id: string; places: { place: { id: string } }[] }[] };
    return mapResult(
      actions.totalCount,
      actions.nodes.map((n) => ({ id: n.id, placeIds: n.places.map((p) => p.place.id) })),
    );
  },
  whyMissed: {
    'Q2 commune':
      "the API starts from the Place point index too (cypher/action/list-actions-in-bbox-by-name) but runs the full action filter fragment per candidate and a second round trip (DataLoader) for the places, plus Apollo's execution; A returns the places in its one statement",
    'Q2 département':
      "the API starts from the Place point index too (cypher/action/list-actions-in-bbox-by-name) but runs the full action filter fragment per candidate and a second round trip (DataLoader) for the places, plus Apollo's execution; A returns the places in its one statement",
  },
  profile(input) {
    return { text: MAP_CYPHER, params: { at: REFERENCE_NOW, bbox: input.bbox, themeId: input.themeId, access: input.reader.access, limit: MAP_PAGE } };
  },
};

