// Q3, the timeline: occurrences (series expanded, exceptions skipped, cancelled ones shown) of the
// visible actions in a two-year range, page 1 and page 50 of 50.
import { occurrencesOf, type OccurrenceChange, type SeriesRecord } from '../../api/agenda/agenda.store.js';
import { spanSeeks } from '../../api/agenda/slots.js';
import { rng } from '../generate.js';
import { check, isoOf, type ArmRuntime, type Query, type Reader } from './types.js';

interface TimelineInput {
  from: string;
  to: string;
  page: 1 | 50;
  reader: Reader;
  /** Arm C's keyset cursor for pages after the first, computed before timing (prepareTimeline). */
  after?: string | null;
}

export const TIMELINE_PAGE = 50;

// Arm A on the storage the API reads (api/agenda/slots.ts): the materialised occurrences (:Slot) of
// the range, one index seek per span class, the visible ones counted and page N taken by SKIP, in one
// statement. When the slot window does not cover the range (`covered` false), A does what it did
// before the slots existed: TIMELINE_CYPHER below, expanded in Node.
export const SLOTS_CYPHER = `
OPTIONAL MATCH (w:SlotWindow {id: 'timeline'})
WITH coalesce(w.from <= datetime($from) AND w.readyTo >= datetime($to), false) AS covered
CALL (covered) {
  WITH covered WHERE covered
  UNWIND $spans AS seek
  MATCH (s:Slot)
  WHERE s.span = seek.span AND s.startsAt >= datetime(seek.from) AND s.startsAt < datetime($to)
    AND (s.endsAt > datetime($from) OR (s.endsAt IS NULL AND s.startsAt >= datetime($from)))
  MATCH (s)-[:SLOT_OF]->(a:Action)
  WHERE a.visibility = 'PUBLIC' OR a.id IN $access.spaceIds
  WITH collect({actionId: s.actionId, startsAt: s.startsAt, originalStartsAt: s.originalStartsAt, status: coalesce(s.status, a.status)}) AS rows
  // Sorted as a list and cut by index: SKIP past the last row would leave no row, not an empty page.
  CALL (rows) {
    UNWIND rows AS r
    WITH r ORDER BY r.startsAt, r.actionId, r.originalStartsAt
    RETURN collect(r) AS sorted
  }
  RETURN size(rows) AS total, sorted[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS page
}
RETURN covered, total, page`;

// Candidates whose occurrences may fall in the range; recurrences are expanded in Node with the
// project's own rrule code (neither Cypher nor @neo4j/graphql expands an RRULE): arm B, and arm A
// outside the slot window.
const TIMELINE_CYPHER = `
MATCH (a:Action)
WHERE (a.visibility = 'PUBLIC' OR a.id IN $access.spaceIds)
  AND a.startsAt < datetime($to)
  AND (a.endsAt > datetime($from) OR (a.rrule IS NOT NULL AND (a.seriesEndsAt IS NULL OR a.seriesEndsAt >= datetime($from))))
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
    // Inputs go in pairs: page 1 and page 50 of the same range for the same reader, so the two
    // variants differ by the page alone; readers alternate from pair to pair.
    for (let i = 0; i < n; i += 2) {
      // From a month between 2018 and 2024: two years at S and tiny (thousands of occurrences at S),
      // three months at L, where ten times the actions put about as many occurrences in a season.
      const start = Date.UTC(2018 + Math.floor(random() * 6), Math.floor(random() * 12), 1) + (g.options.yearOffset ?? 0) * 365 * 86_400_000;
      const end = new Date(start);
      if (g.options.size === 'L') end.setUTCMonth(end.getUTCMonth() + 3);
      else end.setUTCFullYear(end.getUTCFullYear() + 2);
      const reader = readers[(i / 2) % readers.length]!;
      for (const page of [1, 50] as const) out.push({ from: new Date(start).toISOString(), to: end.toISOString(), page, reader });
    }
    return out;
  },
  async a(rt, input) {
    return rt.db.read(async (tx) => {
      const [slots] = await tx.runText<{ covered: boolean; total: number; page: { actionId: string; startsAt: string; originalStartsAt: string; status: string }[] }>(SLOTS_CYPHER, slotParams(input));
      if (slots!.covered) return timelineResult(slots!.total, slots!.page);
      const rows = await tx.runText<Candidate>(TIMELINE_CYPHER, { from: input.from, to: input.to, access: input.reader.access });
      const all = expand(rows, input.from, input.to);
      return timelineResult(all.length, pageOf(all, input.page));
    });
  },
  async b(rt, input) {
    const data = check(
      await rt.b.execute(
        `query Timeline($from: DateTime!, $to: DateTime!) {
          actions(where: { startsAt: { lt: $to }, OR: [
            { endsAt: { gt: $from } },
            { NOT: { rrule: { eq: null } }, seriesEndsAt: { eq: null } },
            { NOT: { rrule: { eq: null } }, seriesEndsAt: { gte: $from } }
          ] }) {
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
  prepare: prepareTimeline,
  variants: (inputs) => [
    { name: 'Q3 page 1', inputs: inputs.filter((i) => i.page === 1) },
    { name: 'Q3 page 50', inputs: inputs.filter((i) => i.page === 50) },
  ],
  async c(rt, input) {
    if (input.after === undefined) await prepareTimeline(rt, input);
    return timelineCall(rt, input, input.after ?? null);
  },
  whyMissed: {
    'Q3 page 1':
      'both read the same slots with the same index seeks (one per span class) and count them all for the total; C adds Apollo\'s execution and, over HTTP, the member\'s session, and its statement applies the full action filter fragment per slot and returns the page\'s actions whole where A returns ids',
    'Q3 page 50':
      'both read the same slots with the same index seeks (one per span class) and count them all for the total; C adds Apollo\'s execution and, over HTTP, the member\'s session, and its statement applies the full action filter fragment per slot and returns the page\'s actions whole where A returns ids',
  },

  profile(input) {
    return { text: SLOTS_CYPHER, params: slotParams(input) };
  },
};

export const slotParams = (input: Pick<TimelineInput, 'from' | 'to' | 'page' | 'reader'>) => ({
  from: input.from,
  to: input.to,
  spans: spanSeeks(input.from),
  access: input.reader.access,
  skip: (input.page - 1) * TIMELINE_PAGE,
  limit: TIMELINE_PAGE,
});

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

