// The benchmark's queries, each in the three arms: A hand-written Cypher through neo4j-driver, B
// @neo4j/graphql, C our API (over HTTP, and in process). Every arm returns data normalised to one
// shape, so the correctness gate compares them with a deep equality.
import type { Access } from '../api/auth/access.js';
import { occurrencesOf, type OccurrenceChange, type SeriesRecord } from '../api/agenda/agenda.store.js';
import type { Db } from '../api/db/driver.js';
import { REFERENCE_NOW, rng, type Graph } from './generate.js';

/** A reader: anonymous, or a member with the spaces whose members-only items they may see. */
export interface Reader {
  kind: 'anonymous' | 'member';
  access: Access;
  /** Session cookie value for arm C over HTTP. */
  token: string | null;
}

export interface ArmRuntime {
  /** Arm A's statements run through this Db, so its round trips are counted the same way as C's. */
  db: Db;
  b: { execute(source: string, variables: Record<string, unknown>, spaceIds: string[]): Promise<{ data: unknown; errors?: readonly unknown[] }> };
  c: { execute(source: string, variables: Record<string, unknown>, reader: Reader): Promise<{ data: unknown; errors?: readonly unknown[]; bytes: number }> };
}

export interface Query<I> {
  id: string;
  title: string;
  /** Inputs sampled from the generated graph (deterministic). */
  inputs(g: Graph, readers: Reader[], n: number): I[];
  a(rt: ArmRuntime, input: I): Promise<unknown>;
  b(rt: ArmRuntime, input: I): Promise<unknown>;
  c(rt: ArmRuntime, input: I): Promise<unknown>;
  /** A parameterised statement for PROFILE (database hits), arm A's main statement. */
  profile?(input: I): { text: string; params: Record<string, unknown> };
}

const isoOf = (v: unknown): string => new Date(String(v)).toISOString();

function check(result: { data: unknown; errors?: readonly unknown[] }, arm: string): Record<string, unknown> {
  if (result.errors && result.errors.length > 0) throw new Error(`arm ${arm} answered with errors: ${JSON.stringify(result.errors).slice(0, 500)}`);
  return result.data as Record<string, unknown>;
}

// ---- Q2: the map ------------------------------------------------------------------------------------

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
WITH DISTINCT a
WITH collect(a) AS matched
UNWIND matched AS a
WITH matched, a ORDER BY a.sortName, a.id LIMIT toInteger($limit)
MATCH (a)-[r:LOCATED_AT]->(p:Place)
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
          mapActions(west: $west, south: $south, east: $east, north: $north, themeId: $themeId, at: $at) { id places { id } }
        }`,
        { ...input.bbox, themeId: input.themeId, at: REFERENCE_NOW },
        input.reader.access.spaceIds,
      ),
      'B',
    );
    const all = data.mapActions as { id: string; places: { id: string }[] }[];
    return mapResult(
      all.length,
      all.slice(0, MAP_PAGE).map((a) => ({ id: a.id, placeIds: a.places.map((p) => p.id) })),
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
  profile(input) {
    return { text: MAP_CYPHER, params: { at: REFERENCE_NOW, bbox: input.bbox, themeId: input.themeId, access: input.reader.access, limit: MAP_PAGE } };
  },
};

// ---- Q3: the timeline -------------------------------------------------------------------------------

interface TimelineInput {
  from: string;
  to: string;
  page: 1 | 50;
  reader: Reader;
  /** Arm C's keyset cursor for pages after the first, computed before timing (prepareTimeline). */
  after?: string | null;
}

export const TIMELINE_PAGE = 50;

// Candidates whose occurrences may fall in the range; recurrences are expanded in Node with the
// project's own rrule code in every arm (neither Cypher nor @neo4j/graphql expands an RRULE).
const TIMELINE_CYPHER = `
MATCH (a:Action)
WHERE (a.visibility = 'PUBLIC' OR a.id IN $access.spaceIds)
  AND a.startsAt < datetime($to)
  AND (a.endsAt > datetime($from) OR a.seriesEndsAt >= datetime($from))
RETURN a.id AS id, a.startsAt AS startsAt, a.endsAt AS endsAt, a.allDay AS allDay, a.timeZone AS timeZone, a.status AS status,
  a.rrule AS rrule, a.exdates AS exdates, a.rdates AS rdates,
  COLLECT { MATCH (a)<-[:OF]-(o:Occurrence) RETURN o {.originalStartsAt, .startsAt, .endsAt, .status} } AS overrides`;

type Candidate = SeriesRecord & { overrides: OccurrenceChange[] };

function expand(rows: Candidate[], from: string, to: string) {
  const all = rows.flatMap((r) => occurrencesOf(r, r.overrides, from, to));
  all.sort((x, y) => (x.startsAt !== y.startsAt ? (x.startsAt < y.startsAt ? -1 : 1) : x.actionId !== y.actionId ? (x.actionId < y.actionId ? -1 : 1) : x.originalStartsAt < y.originalStartsAt ? -1 : 1));
  return all;
}

function timelineResult(total: number, nodes: { actionId: string; startsAt: string; originalStartsAt: string; status: string }[]) {
  return { total, nodes: nodes.map((o) => ({ actionId: o.actionId, startsAt: isoOf(o.startsAt), originalStartsAt: isoOf(o.originalStartsAt), status: o.status })) };
}

function pageOf<T>(all: T[], page: number): T[] {
  return all.slice((page - 1) * TIMELINE_PAGE, page * TIMELINE_PAGE);
}

export const Q3: Query<TimelineInput> = {
  id: 'Q3',
  title: 'timeline: page 1 and page 50 of 50 occurrences in a date range',
  inputs(g, readers, n) {
    const random = rng(g.options.seed + 3);
    const out: TimelineInput[] = [];
    for (let i = 0; i < n; i++) {
      // Two years from a month between 2018 and 2024: thousands of occurrences at S.
      const start = Date.UTC(2018 + Math.floor(random() * 6), Math.floor(random() * 12), 1) + (g.options.yearOffset ?? 0) * 365 * 86_400_000;
      const end = new Date(start);
      end.setUTCFullYear(end.getUTCFullYear() + 2);
      out.push({ from: new Date(start).toISOString(), to: end.toISOString(), page: i % 2 === 0 ? 1 : 50, reader: readers[i % readers.length]! });
    }
    return out;
  },
  async a(rt, input) {
    const rows = await rt.db.read((tx) => tx.runText<Candidate>(TIMELINE_CYPHER, { from: input.from, to: input.to, access: input.reader.access }));
    const all = expand(rows, input.from, input.to);
    return timelineResult(all.length, pageOf(all, input.page));
  },
  async b(rt, input) {
    const data = check(
      await rt.b.execute(
        `query Timeline($from: DateTime!, $to: DateTime!) {
          actions(where: { startsAt: { lt: $to }, OR: [{ endsAt: { gt: $from } }, { seriesEndsAt: { gte: $from } }] }) {
            id startsAt endsAt allDay timeZone status rrule exdates rdates
            occurrenceChanges { originalStartsAt startsAt endsAt status }
          }
        }`,
        { from: input.from, to: input.to },
        input.reader.access.spaceIds,
      ),
      'B',
    );
    type Row = Omit<Candidate, 'overrides'> & { occurrenceChanges: OccurrenceChange[] };
    const rows = (data.actions as Row[]).map(({ occurrenceChanges, ...a }) => ({
      ...a,
      startsAt: a.startsAt && isoOf(a.startsAt),
      endsAt: a.endsAt && isoOf(a.endsAt),
      exdates: a.exdates?.map(isoOf) ?? null,
      rdates: a.rdates?.map(isoOf) ?? null,
      overrides: occurrenceChanges.map((o) => ({ originalStartsAt: isoOf(o.originalStartsAt), startsAt: o.startsAt && isoOf(o.startsAt), endsAt: o.endsAt && isoOf(o.endsAt), status: o.status })),
    }));
    const all = expand(rows, input.from, input.to);
    return timelineResult(all.length, pageOf(all, input.page));
  },
  async c(rt, input) {
    if (input.after === undefined) await prepareTimeline(rt, input);
    return timelineCall(rt, input, input.after ?? null);
  },
  profile(input) {
    return { text: TIMELINE_CYPHER, params: { from: input.from, to: input.to, access: input.reader.access } };
  },
};

/** Page 50 starts after the 2,450th occurrence: its keyset cursor is the API's own encoding of that one. */
export async function prepareTimeline(rt: ArmRuntime, input: TimelineInput): Promise<void> {
  input.after = null;
  if (input.page === 1) return;
  const rows = await rt.db.read((tx) => tx.runText<Candidate>(TIMELINE_CYPHER, { from: input.from, to: input.to, access: input.reader.access }));
  const last = expand(rows, input.from, input.to)[(input.page - 1) * TIMELINE_PAGE - 1];
  if (last) input.after = Buffer.from(JSON.stringify({ s: last.startsAt, id: last.actionId, o: last.originalStartsAt }), 'utf8').toString('base64url');
}

/** The API's timeline call alone (the cursor computed beforehand, outside the timed part). */
export async function timelineCall(rt: ArmRuntime, input: TimelineInput, after: string | null) {
  const data = check(
    await rt.c.execute(
      `query Timeline($from: DateTime!, $to: DateTime!, $after: String) {
        occurrences(from: $from, to: $to, first: ${TIMELINE_PAGE}, after: $after) { totalCount nodes { action { id } startsAt originalStartsAt status } }
      }`,
      { from: input.from, to: input.to, after },
      input.reader,
    ),
    'C',
  );
  const occ = data.occurrences as { totalCount: number; nodes: { action: { id: string }; startsAt: string; originalStartsAt: string; status: string }[] };
  if (after === null && input.page > 1) return timelineResult(occ.totalCount, []);
  return timelineResult(
    occ.totalCount,
    occ.nodes.map((o) => ({ actionId: o.action.id, startsAt: o.startsAt, originalStartsAt: o.originalStartsAt, status: o.status })),
  );
}

// ---- Q8: hostile requests -----------------------------------------------------------------------------

/** The three hostile bodies; each must be refused (an error, no data). */
export function hostileBodies(): { name: string; body: string }[] {
  let inner = 'id';
  for (let i = 0; i < 10; i++) inner = `parents { actor { ${inner} } }`;
  const twenty = `query Deep { actor(slug: "x") { ${inner} } }`;
  const aliases = `query Aliases { ${Array.from({ length: 500 }, (_, i) => `a${i}: actors(first: 1) { totalCount }`).join(' ')} }`;
  const huge = `query Huge { actors(filter: { text: "${'x'.repeat(2 * 1024 * 1024)}" }) { totalCount } }`;
  return [
    { name: '20 levels', body: JSON.stringify({ query: twenty }) },
    { name: '500 aliases', body: JSON.stringify({ query: aliases }) },
    { name: '2 MB body', body: JSON.stringify({ query: huge }) },
  ];
}

export const QUERIES = { Q2, Q3 } as const;
export type QueryId = keyof typeof QUERIES;
