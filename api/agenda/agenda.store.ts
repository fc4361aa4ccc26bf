// The agenda: an action's occurrences (its own dates, or a series: a rule, exceptions, extra dates),
// per-occurrence changes (cancelled, moved), and the timeline of all occurrences in a date range.
// Storage (docs/agenda.md): the series lives on the Action node (rrule, exdates, rdates, seriesEndsAt);
// each changed occurrence is an (:Occurrence {originalStartsAt, startsAt, endsAt, status})-[:OF]->(action).
import type { Access } from '../auth/access.js';
import { RULES, requireRole, requireSignedIn, type Author } from '../auth/rights.js';
import type { Db, Tx } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { forReader, toRecord } from '../entity/entity.store.js';
import { badInput } from '../errors.js';
import { requireOne } from '../auth/lookup.js';
import type { ActionFilter, ActionStatus, SetRecurrenceInput, UpdateOccurrenceInput } from '../generated/graphql.js';
import type { ActionRecord, EntityType, Page } from '../records.js';
import { checkBbox, fullTextQuery, nullIfEmpty } from '../shared/list.js';
import { pageSize } from '../shared/pagination.js';
import { isDateOnly, toInstant } from '../shared/time.js';
import { TimeSlicer } from '../shared/slice.js';
import { refreshSlots, spanSeeks } from './slots.js';
import {
  addLocalDays,
  atSeriesTime,
  atTimeOf,
  countedStarts,
  expandRule,
  formatRule,
  lastStart,
  localDaysBetween,
  MAX_EXPANDED,
  parseRule,
  ruleYields,
  wallStartText,
  type Rule,
  type RuleStart,
} from './rrule.js';

/** The recurrence fields an Action node holds besides ActionRecord's. */
export interface SeriesFields {
  /** The wall-clock start a series repeats (see RuleStart); absent on actions stored before it was kept. */
  startsAtLocal?: string | null;
  rrule?: string | null;
  exdates?: string[] | null;
  rdates?: string[] | null;
  seriesEndsAt?: string | null;
}

/** What expanding an action needs. */
export interface SeriesRecord extends SeriesFields {
  id: string;
  startsAt: string | null;
  endsAt: string | null;
  allDay: boolean;
  timeZone: string;
  status: string;
}

/** A change to one occurrence: null fields follow the series (not moved, the action's status). */
export interface OccurrenceChange {
  originalStartsAt: string;
  startsAt: string | null;
  endsAt: string | null;
  status: string | null;
}

export interface OccurrenceRecord {
  actionId: string;
  startsAt: string;
  endsAt: string | null;
  originalStartsAt: string;
  status: string;
  modified: boolean;
}

/** Longest range a query may expand: three years. */
const MAX_RANGE_YEARS = 3;
/** Most exceptions, and most extra dates, a series may hold. */
const MAX_DATES = 1000;
const DAY_MS = 86_400_000;

// ---- Expansion --------------------------------------------------------------------------------------

/** Checks a query range [from, to) and returns it as ISO instants (calendar dates read in Europe/Paris). */
export function checkRange(from: string, to: string): { from: string; to: string } {
  const f = toInstant(from);
  const t = toInstant(to);
  if (t <= f) throw badInput('to', '`to` must come after `from`.');
  const limit = new Date(f);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_RANGE_YEARS);
  if (Date.parse(t) > limit.getTime()) throw badInput('to', `A date range covers ${MAX_RANGE_YEARS} years at most; ask for several ranges one after the other.`);
  return { from: f, to: t };
}

function ruleOf(s: SeriesRecord): Rule | null {
  return s.rrule ? parseRule(s.rrule) : null;
}

const startOf = (s: SeriesRecord & { startsAt: string }): RuleStart => ({ startsAt: s.startsAt, timeZone: s.timeZone, startsAtLocal: s.startsAtLocal ?? null });

/** What writes ask of a rule: is an instant one of its starts (exceptions, kept changes), and its last start. */
interface RuleIndex {
  yields: (instant: string) => boolean;
  /** The last start of a series bounded by COUNT or UNTIL; null when it never ends. */
  last: string | null;
}

/**
 * A COUNT series is expanded once, in time slices (5,000 starts at most), and answers from that; a
 * rule without COUNT jumps to each instant asked.
 */
async function indexRule(rule: Rule | null, s: SeriesRecord & { startsAt: string }): Promise<RuleIndex> {
  if (rule === null) return { yields: () => false, last: null };
  const start = startOf(s);
  const all = await countedStarts(rule, start);
  const set = all ? new Set(all) : null;
  return { yields: set ? (instant) => set.has(instant) : (instant) => ruleYields(rule, start, instant), last: lastStart(rule, start, all) };
}

/** The end of an occurrence starting at `start`: the first occurrence's duration (in local days for all-day actions). */
function endFor(s: SeriesRecord, start: string): string | null {
  if (!s.startsAt || !s.endsAt) return null;
  if (s.allDay) return addLocalDays(s.endsAt, localDaysBetween(s.startsAt, start, s.timeZone), s.timeZone);
  return new Date(Date.parse(start) + Date.parse(s.endsAt) - Date.parse(s.startsAt)).toISOString();
}

/** True when `instant` is an occurrence of the series: its first start, a start of the rule or an extra date, and not an exception. */
function isOccurrence(s: SeriesRecord, yields: (instant: string) => boolean, instant: string): boolean {
  if (!s.startsAt || s.exdates?.includes(instant)) return false;
  if (instant === s.startsAt || s.rdates?.includes(instant)) return true;
  return yields(instant);
}

/** Same order as the timeline's cursor: start, then action, then original start. */
function compareOccurrences(a: OccurrenceRecord, b: OccurrenceRecord): number {
  if (a.startsAt !== b.startsAt) return a.startsAt < b.startsAt ? -1 : 1;
  if (a.actionId !== b.actionId) return a.actionId < b.actionId ? -1 : 1;
  return a.originalStartsAt < b.originalStartsAt ? -1 : a.originalStartsAt > b.originalStartsAt ? 1 : 0;
}

/** Same overlap rule as the action filters: ends after `from` (exclusive end), or an instant on or after it; starts before `to`. */
function overlaps(start: string, end: string | null, from: string, to: string): boolean {
  return start < to && (end === null ? start >= from : end > from);
}

function applyChange(s: SeriesRecord, original: string, change: OccurrenceChange | undefined): OccurrenceRecord {
  const startsAt = change?.startsAt ?? original;
  const endsAt = change?.endsAt ?? endFor(s, startsAt);
  return { actionId: s.id, startsAt, endsAt, originalStartsAt: original, status: change?.status ?? s.status, modified: change !== undefined };
}

/**
 * Occurrences of one action overlapping [from, to), soonest first: its own dates, or its series with
 * exceptions skipped, extra dates added, and each occurrence's own change (moved, cancelled) applied.
 */
export function occurrencesOf(s: SeriesRecord, changes: readonly OccurrenceChange[], from: string, to: string): OccurrenceRecord[] {
  if (!s.startsAt) return [];
  const rule = ruleOf(s);
  const byOriginal = new Map(changes.map((c) => [c.originalStartsAt, c]));
  // Occurrences that start before `from` may still run into it: widen the window by their duration.
  const duration = s.endsAt ? Date.parse(s.endsAt) - Date.parse(s.startsAt) : 0;
  const windowFrom = new Date(Date.parse(from) - duration - DAY_MS).toISOString();
  const originals = new Set<string>();
  const start = startOf({ ...s, startsAt: s.startsAt });
  if (rule) {
    for (const first of expandRule(rule, start, Date.parse(windowFrom), Date.parse(to), MAX_EXPANDED)) originals.add(first);
    for (const extra of s.rdates ?? []) if (extra >= windowFrom && extra < to) originals.add(extra);
  } else if (s.startsAt >= windowFrom && s.startsAt < to) {
    originals.add(s.startsAt);
  }
  for (const skipped of s.exdates ?? []) originals.delete(skipped);
  const out: OccurrenceRecord[] = [];
  for (const original of originals) {
    const occurrence = applyChange(s, original, byOriginal.get(original));
    if (overlaps(occurrence.startsAt, occurrence.endsAt, from, to)) out.push(occurrence);
  }
  // Occurrences of other dates moved into the range.
  for (const change of changes) {
    if (originals.has(change.originalStartsAt) || (change.startsAt === null && change.endsAt === null)) continue;
    const occurrence = applyChange(s, change.originalStartsAt, change);
    if (overlaps(occurrence.startsAt, occurrence.endsAt, from, to) && isOccurrence(s, (x) => rule !== null && ruleYields(rule, start, x), change.originalStartsAt)) out.push(occurrence);
  }
  return out.sort(compareOccurrences);
}

/** An action record's series fields. */
export function seriesOf(action: ActionRecord): SeriesRecord {
  const a = action as ActionRecord & SeriesFields;
  return {
    id: a.id,
    startsAt: a.startsAt,
    startsAtLocal: a.startsAtLocal ?? null,
    endsAt: a.endsAt,
    allDay: a.allDay,
    timeZone: a.timeZone,
    status: a.status,
    rrule: a.rrule ?? null,
    exdates: a.exdates ?? null,
    rdates: a.rdates ?? null,
  };
}

/** The wall-clock start of an action in its zone (`2027-03-28T02:30:00`), which its series repeats; null without a start. */
export function startsAtLocalOf(action: ActionRecord): string | null {
  const s = seriesOf(action);
  return s.startsAt ? wallStartText(startOf({ ...s, startsAt: s.startsAt })) : null;
}

/** The recurrence as the API shows it; null for an action that does not repeat. */
export function recurrenceOf(action: ActionRecord): { rule: string; exceptions: string[]; extraDates: string[] } | null {
  const s = seriesOf(action);
  return s.rrule ? { rule: s.rrule, exceptions: s.exdates ?? [], extraDates: s.rdates ?? [] } : null;
}

/** Per-occurrence changes of actions, by action id (for DataLoaders). */
export async function listOccurrenceChanges(db: Db, actionIds: readonly string[]): Promise<Map<string, OccurrenceChange[]>> {
  const rows = await db.query<{ actionId: string; changes: OccurrenceChange[] }>('agenda/list-occurrence-changes', { actionIds });
  return new Map(rows.map((r) => [r.actionId, r.changes]));
}

// ---- The timeline -------------------------------------------------------------------------------------

interface OccurrenceCursor {
  s: string;
  id: string;
  o: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function encodeCursor(o: OccurrenceRecord): string {
  return Buffer.from(JSON.stringify({ s: o.startsAt, id: o.actionId, o: o.originalStartsAt } satisfies OccurrenceCursor), 'utf8').toString('base64url');
}

function decodeCursor(after: string | null | undefined): OccurrenceRecord | null {
  if (after === null || after === undefined) return null;
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Partial<OccurrenceCursor>;
    if (typeof c.s === 'string' && ISO.test(c.s) && typeof c.id === 'string' && typeof c.o === 'string' && ISO.test(c.o)) {
      return { startsAt: c.s, actionId: c.id, originalStartsAt: c.o, endsAt: null, status: '', modified: false };
    }
  } catch {
    // reported below
  }
  throw badInput('after', 'The cursor is not valid: pass the `endCursor` of a previous page of this timeline, unchanged.');
}

/** An occurrence of the timeline, with its action when the statement returned it (read through the reader's visibility). */
export interface TimelineOccurrence extends OccurrenceRecord {
  action?: ActionRecord;
}

export interface TimelineArgs {
  from: string;
  to: string;
  filter?: ActionFilter | null;
  first?: number | null;
  after?: string | null;
  asOf: string;
  access: Access;
}

/**
 * Occurrences of the actions matching the filters in [from, to), soonest first (then by action and
 * original start), keyset-paginated; the total counts every occurrence in the range. `filter.from` and
 * `filter.to` narrow the range; `filter.statuses` applies to each occurrence's own status.
 *
 * Inside the slot window (api/agenda/slots.ts), the database counts, sorts and pages the materialised
 * occurrences in one statement, reading only the slots that can overlap the range. Outside it, series
 * are expanded here as before (listOccurrencesByExpansion), in the same transaction.
 */
export async function listOccurrences(db: Db, args: TimelineArgs): Promise<Page<TimelineOccurrence>> {
  // `first: 0` asks for the total only: read one occurrence (the statements need a row to count on)
  // and list none; a next page exists when there is one after the cursor.
  if (pageSize(args.first, 50) === 0) {
    const one = await listOccurrences(db, { ...args, first: 1 });
    return { nodes: [], pageInfo: { hasNextPage: one.nodes.length > 0, endCursor: args.after ?? null }, totalCount: one.totalCount };
  }
  const range = checkRange(args.from, args.to);
  const limit = pageSize(args.first, 50);
  const after = decodeCursor(args.after);
  const f = args.filter ?? {};
  const from = f.from ? [range.from, toInstant(f.from)].sort()[1]! : range.from;
  const to = f.to ? [range.to, toInstant(f.to)].sort()[0]! : range.to;
  if (from >= to) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  const text = f.text != null ? fullTextQuery(f.text) : null;
  const statuses = nullIfEmpty(f.statuses);
  const params: TimelineParams = {
    asOf: args.asOf,
    access: args.access,
    rangeFrom: from,
    rangeTo: to,
    text,
    kinds: nullIfEmpty(f.kinds),
    statuses: null,
    from: null,
    to: null,
    partOfId: f.partOfId ?? null,
    carriedById: f.carriedById ?? null,
    themeIds: nullIfEmpty(f.themeIds),
    territoryIds: nullIfEmpty(f.territoryIds),
    bbox: checkBbox(f.bbox),
    accessibility: nullIfEmpty(f.accessibility),
  };
  return db.read(async (tx) => {
    const [slots] = await tx.run<{ covered: boolean; total: number; after: number; page: (OccurrenceRecord & { action: Record<string, unknown> & { __typename: EntityType } })[] }>(
      text ? 'agenda/search-slots-in-range' : 'agenda/list-slots-in-range',
      { ...params, spans: spanSeeks(from), occurrenceStatuses: statuses, after: after ? { s: after.startsAt, id: after.actionId, o: after.originalStartsAt } : null, limit },
    );
    if (!slots!.covered) return listOccurrencesByExpansion(tx, params, statuses, after, limit);
    const nodes = slots!.page.map((o): TimelineOccurrence => ({ ...o, action: forReader(o.action, args.access) as ActionRecord }));
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: slots!.after > limit, endCursor: last ? encodeCursor(last) : null }, totalCount: slots!.total };
  });
}

export type TimelineParams = Record<string, unknown> & { rangeFrom: string; rangeTo: string; text: unknown };

/**
 * The timeline of a range the slots do not cover: single-date actions counted, sorted and paged by
 * the database from the cursor on; series fetched and expanded here, then merged in. Exported for
 * bench/q3-storage.ts, which compares it with the slots.
 */
export async function listOccurrencesByExpansion(
  tx: Tx,
  params: TimelineParams,
  statuses: readonly ActionStatus[] | null,
  after: OccurrenceRecord | null,
  limit: number,
): Promise<Page<OccurrenceRecord>> {
  const { rangeFrom: from, rangeTo: to, text } = params;
  const singles = (
    await tx.run<{ total: number; after: number; page: { id: string; startsAt: string; endsAt: string | null; status: string }[] }>(
      text ? 'agenda/search-single-in-range' : 'agenda/list-single-in-range',
      { ...params, occurrenceStatuses: statuses, after: after ? { s: after.startsAt, id: after.actionId } : null, limit },
    )
  )[0]!;
  const series = await tx.run<SeriesRecord & { overrides: OccurrenceChange[] }>(text ? 'agenda/search-series-in-range' : 'agenda/list-series-in-range', params);
  const expanded: OccurrenceRecord[] = [];
  const slicer = new TimeSlicer();
  for (const row of series) {
    for (const o of occurrencesOf(row, row.overrides, from, to)) if (!statuses || statuses.includes(o.status as ActionStatus)) expanded.push(o);
    if (slicer.due()) await slicer.pause();
  }
  const laterSeries = after ? expanded.filter((o) => compareOccurrences(o, after) > 0) : expanded;
  const page = [
    ...singles.page.map((a): OccurrenceRecord => ({ actionId: a.id, startsAt: a.startsAt, endsAt: a.endsAt, originalStartsAt: a.startsAt, status: a.status, modified: false })),
    ...laterSeries,
  ].sort(compareOccurrences);
  const nodes = page.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: singles.after + laterSeries.length > limit, endCursor: last ? encodeCursor(last) : null },
    totalCount: singles.total + expanded.length,
  };
}

// ---- Writes -----------------------------------------------------------------------------------------

async function editableAction(tx: Tx, id: string, by: Author): Promise<ActionRecord> {
  const action = await requireOne(tx, by, 'actionId', id, ['Action']);
  await requireRole(tx, by, [action], RULES.editSpace, `change the dates of "${action.name}"`);
  return action;
}

/** An occurrence start given by the client: a date alone means that day at the series' time of day. */
function occurrenceStart(value: string, s: SeriesRecord & { startsAt: string }): string {
  return isDateOnly(value) ? atSeriesTime(value, startOf(s)) : toInstant(value);
}

function dateList(field: string, values: readonly string[] | null | undefined, s: SeriesRecord & { startsAt: string }): string[] {
  if (!values) return [];
  if (values.length > MAX_DATES) throw badInput(field, `${field} holds ${MAX_DATES} dates at most.`);
  return [...new Set(values.map((v) => occurrenceStart(v, s)))].sort();
}

/** The end of a bounded series (its last occurrence's end); null when the rule never ends. */
function seriesEnd(s: SeriesRecord & { startsAt: string }, lastRuleStart: string | null): string | null {
  if (lastRuleStart === null) return null;
  const last = [lastRuleStart, ...(s.rdates ?? [])].sort().pop()!;
  return endFor(s, last) ?? last;
}

const describe = (ws: readonly string[]) => ws.slice(0, 3).join(', ') + (ws.length > 3 ? ` and ${ws.length - 3} more` : '');

/**
 * Sets an action's recurrence (EDITOR or higher): a rule in the action's time zone from its first
 * occurrence, exceptions (each an occurrence of the rule) and extra dates (not before the first
 * occurrence). A null rule removes the recurrence. Changes of occurrences no longer in the series are
 * dropped (the change record keeps them).
 */
export async function setRecurrence(db: Db, input: SetRecurrenceInput, by: Author): Promise<ActionRecord> {
  requireSignedIn(by, 'change the dates of an action');
  return db.write(async (tx) => {
    const action = await editableAction(tx, input.actionId, by);
    const current = seriesOf(action);
    const before = recurrenceOf(action);
    let next: SeriesRecord = { ...current, rrule: null, exdates: null, rdates: null };
    let seriesEndsAt: string | null = null;
    let yields: (instant: string) => boolean = () => false;
    if (input.rule === null || input.rule === undefined) {
      if (input.exceptions?.length || input.extraDates?.length) throw badInput('rule', 'Exceptions and extra dates belong to a rule: give the rule too.');
    } else {
      if (!current.startsAt) throw badInput('actionId', 'Give the action a start (startsAt) first: it is the first occurrence of the series.');
      const s = { ...current, startsAt: current.startsAt };
      const rule = parseRule(input.rule);
      if (rule.until && ('instant' in rule.until ? rule.until.instant : atSeriesTime(rule.until.date, startOf(s))) < s.startsAt) {
        throw badInput('rule', `UNTIL is before the first occurrence (${s.startsAt}).`);
      }
      const exdates = dateList('exceptions', input.exceptions, s);
      const index = await indexRule(rule, s);
      yields = index.yields;
      const unknown = exdates.filter((x) => !yields(x));
      if (unknown.length > 0) throw badInput('exceptions', `Not occurrences of the series, so they cannot be skipped: ${describe(unknown)}. Give each skipped occurrence's start, or its date alone.`);
      const rdates = dateList('extraDates', input.extraDates, s);
      const early = rdates.filter((d) => d < s.startsAt);
      if (early.length > 0) throw badInput('extraDates', `Extra dates come after the first occurrence (${s.startsAt}): ${describe(early)}. Move the action's start instead.`);
      next = { ...s, rrule: formatRule(rule), exdates, rdates };
      seriesEndsAt = seriesEnd({ ...next, startsAt: s.startsAt }, index.last);
    }
    const [row] = await tx.run<{ node: Record<string, unknown> & { __typename: EntityType } }>('agenda/set-recurrence', {
      id: action.id,
      rrule: next.rrule,
      exdates: next.rrule ? next.exdates : null,
      rdates: next.rrule ? next.rdates : null,
      seriesEndsAt,
      now: by.now,
    });
    const changes = (await listOccurrenceChangesInTx(tx, action.id)).filter((c) => !isOccurrence(next, yields, c.originalStartsAt));
    if (changes.length > 0) await tx.run('agenda/delete-occurrence-changes', { actionId: action.id, originalStarts: changes.map((c) => c.originalStartsAt) });
    await refreshSlots(tx, [action.id]);
    const after = recurrenceOf(toRecord(row!.node) as ActionRecord);
    await recordChange(tx, {
      op: 'setRecurrence',
      entityType: 'Action',
      entityId: action.id,
      before: { recurrence: before, ...(changes.length > 0 ? { droppedOccurrenceChanges: changes } : {}) },
      after: { recurrence: after },
      personId: by.personId,
    });
    return toRecord(row!.node) as ActionRecord;
  });
}

async function listOccurrenceChangesInTx(tx: Tx, actionId: string): Promise<OccurrenceChange[]> {
  const [row] = await tx.run<{ changes: OccurrenceChange[] }>('agenda/list-occurrence-changes', { actionIds: [actionId] });
  return row?.changes ?? [];
}

/**
 * Cancels, moves or changes the status of one occurrence alone (EDITOR or higher on the action). A new
 * start without an end keeps the occurrence's duration; a start equal to the original undoes a move.
 */
export async function updateOccurrence(db: Db, input: UpdateOccurrenceInput, by: Author): Promise<{ occurrence: OccurrenceRecord; action: ActionRecord }> {
  requireSignedIn(by, 'change an occurrence');
  if (input.status == null && input.startsAt == null && input.endsAt == null) throw badInput('status', 'Give the occurrence a new status, start or end.');
  return db.write(async (tx) => {
    const action = await editableAction(tx, input.actionId, by);
    const s = seriesOf(action);
    if (!s.startsAt) throw badInput('actionId', 'This action has no dates, so no occurrences.');
    const dated = { ...s, startsAt: s.startsAt };
    const original = occurrenceStart(input.originalStartsAt, dated);
    if (!isOccurrence(s, (await indexRule(ruleOf(s), dated)).yields, original)) {
      throw badInput('originalStartsAt', `${original} is not an occurrence of "${action.name}": give the start the occurrence had in the series (its originalStartsAt).`);
    }
    const existing = (await listOccurrenceChangesInTx(tx, action.id)).find((c) => c.originalStartsAt === original);
    const movedTo = input.startsAt == null ? (existing?.startsAt ?? null) : isDateOnly(input.startsAt) ? atTimeOf(input.startsAt, original, startOf(dated)) : toInstant(input.startsAt);
    const startsAt = movedTo === original ? null : movedTo;
    // A new start without an end shifts the whole occurrence; an end alone stretches it.
    const endsAt = input.endsAt != null ? toInstant(input.endsAt, s.timeZone, s.allDay && isDateOnly(input.endsAt) ? 1 : 0) : input.startsAt == null ? (existing?.endsAt ?? null) : null;
    const change: OccurrenceChange = { originalStartsAt: original, startsAt, endsAt, status: input.status ?? existing?.status ?? null };
    const result = applyChange(s, original, change);
    if (result.endsAt !== null && result.endsAt < result.startsAt) throw badInput('endsAt', 'The end (endsAt) must not be before the start (startsAt).');
    const [row] = await tx.run<{ change: OccurrenceChange; node: Record<string, unknown> & { __typename: EntityType } }>('agenda/save-occurrence-change', {
      actionId: action.id,
      originalStartsAt: original,
      startsAt: change.startsAt,
      endsAt: change.endsAt,
      status: change.status,
      now: by.now,
    });
    await refreshSlots(tx, [action.id]);
    await recordChange(tx, {
      op: 'updateOccurrence',
      entityType: 'Action',
      entityId: action.id,
      before: { occurrence: existing ?? null },
      after: { occurrence: row!.change },
      personId: by.personId,
    });
    const stored = toRecord(row!.node) as ActionRecord;
    return { occurrence: applyChange(seriesOf(stored), original, row!.change), action: stored };
  });
}

/**
 * Keeps what depends on an action's first dates (startsAt, endsAt, all-day, time zone) right after
 * they changed, in the same transaction: the stored end of its series (a COUNT series ends elsewhere
 * when it starts elsewhere) and its slots on the timeline.
 */
export async function refreshDates(tx: Tx, action: ActionRecord): Promise<void> {
  const s = seriesOf(action);
  if (s.rrule && s.startsAt) {
    const dated = { ...s, startsAt: s.startsAt };
    await tx.run('agenda/set-series-end', { id: s.id, seriesEndsAt: seriesEnd(dated, (await indexRule(parseRule(s.rrule), dated)).last) });
  }
  await refreshSlots(tx, [s.id]);
}
