// The timeline's storage: every occurrence of every dated action inside a window of time is a
// (:Slot)-[:SLOT_OF]->(:Action) node, so `occurrences(from, to)` counts, sorts and pages them in the
// database from an index instead of reading every action for series (docs/agenda.md, "Storage").
//
// - The slots of an action are recomputed by refreshSlots, with the same expansion as everything else
//   (occurrencesOf), in the transaction of every write that changes its dates: createAction,
//   updateAction, setRecurrence, updateOccurrence. Only the difference is written.
// - The window [from, to) is one (:SlotWindow) node. Queries trust the slots for [from, readyTo);
//   a range outside it is answered by expanding series as before (agenda.store.ts), slower but right.
// - At start, extendSlotWindow moves `to` ahead (three years past today and one more), refreshes the
//   actions whose occurrences may reach past the old edge, then moves `readyTo`. Migration 013 and the
//   benchmark's loader fill every action's slots with materialiseSlots.
//
// A slot is found by its start and the class of its duration (`span`: the duration is at most 2^span
// hours), so a range [from, to) reads, per class, the slots starting in [from - 2^span h, to): those
// that can overlap it, whatever their length, with at most twice the lead of the longest in the class.
import type { Db, Tx } from '../db/driver.js';
import { TimeSlicer } from '../shared/slice.js';
import { occurrencesOf, type OccurrenceChange, type OccurrenceRecord, type SeriesRecord } from './agenda.store.js';

/** The highest span class: 2^20 hours is about 120 years; longer occurrences share it (read from any start). */
export const MAX_SPAN = 20;
/** How far back a new window reaches, and how far ahead of today the start keeps its edge. */
const WINDOW_PAST_YEARS = 20;
const WINDOW_AHEAD_YEARS = 3;
/** Actions per transaction when filling or extending the window. */
const BATCH = 500;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** occurrencesOf expands at most MAX_EXPANDED starts per call: the window is expanded in chunks this long. */
const CHUNK_YEARS = 3;
const EARLIEST = '0001-01-01T00:00:00.000Z';

export interface SlotWindow {
  from: string;
  to: string;
  readyTo: string;
}

interface SlotRow {
  key: string;
  span: number;
  originalStartsAt: string;
  startsAt: string;
  endsAt: string | null;
  /** The occurrence's own status; null when it follows the action's. */
  status: string | null;
  modified: boolean;
}

/** The span class of an occurrence: 0 up to an hour (or without an end), else ceil(log2(hours)). */
export function spanOf(startsAt: string, endsAt: string | null): number {
  if (endsAt === null) return 0;
  const hours = (Date.parse(endsAt) - Date.parse(startsAt)) / HOUR_MS;
  return hours <= 1 ? 0 : Math.min(MAX_SPAN, Math.ceil(Math.log2(hours)));
}

/** Per span class, the earliest start of a slot that may overlap a range starting at `from` (list-slots-in-range's $spans). */
export function spanSeeks(from: string): { span: number; from: string }[] {
  const ms = Date.parse(from);
  return Array.from({ length: MAX_SPAN + 1 }, (_, span) => ({
    span,
    from: span === MAX_SPAN ? EARLIEST : new Date(ms - 2 ** span * HOUR_MS).toISOString(),
  }));
}

const addYears = (iso: string, years: number) => {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString();
};

const isoMs = (ms: number) => new Date(ms).toISOString();

/**
 * The occurrences of one action that overlap [from, to), by the same expansion as the timeline's
 * (exceptions skipped, extra dates added, changes applied), expanded in chunks of three years.
 */
export function occurrencesInWindow(s: SeriesRecord, changes: readonly OccurrenceChange[], from: string, to: string): OccurrenceRecord[] {
  if (!s.startsAt) return [];
  // Nothing occurs before the first start or a moved occurrence, nor after the series' end or a moved
  // occurrence's end: the chunks cover that much of the window only.
  const moved = changes.flatMap((c) => [c.startsAt, c.endsAt].filter((x): x is string => x !== null));
  const first = [s.startsAt, ...moved].sort()[0]!;
  const duration = s.endsAt ? Date.parse(s.endsAt) - Date.parse(s.startsAt) : 0;
  const lastEnd = s.rrule ? (s.seriesEndsAt ?? null) : (s.endsAt ?? s.startsAt);
  const last = lastEnd === null ? null : [lastEnd, ...(s.rdates ?? []), ...moved].sort().pop()!;
  const lo = Math.max(Date.parse(from), Date.parse(first) - DAY_MS);
  const hi = Math.min(Date.parse(to), last === null ? Infinity : Date.parse(last) + duration + DAY_MS);
  const byOriginal = new Map<string, OccurrenceRecord>();
  for (let start = lo; start < hi; ) {
    const end = Math.min(hi, Date.parse(addYears(isoMs(start), CHUNK_YEARS)));
    for (const o of occurrencesOf(s, changes, isoMs(start), isoMs(end))) byOriginal.set(o.originalStartsAt, o);
    start = end;
  }
  // A chunk's occurrences overlap the chunk, so all of them overlap the window; keep those that do.
  return [...byOriginal.values()].filter((o) => o.startsAt < to && (o.endsAt === null ? o.startsAt >= from : o.endsAt > from));
}

function slotRows(s: SeriesRecord, changes: readonly OccurrenceChange[], window: { from: string; to: string }): SlotRow[] {
  const own = new Map(changes.map((c) => [c.originalStartsAt, c]));
  return occurrencesInWindow(s, changes, window.from, window.to).map((o) => {
    const status = own.get(o.originalStartsAt)?.status ?? null;
    return {
      key: [o.originalStartsAt, o.startsAt, o.endsAt ?? '', status ?? '', o.modified ? 'm' : ''].join('|'),
      span: spanOf(o.startsAt, o.endsAt),
      originalStartsAt: o.originalStartsAt,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      status,
      modified: o.modified,
    };
  });
}

type Source = SeriesRecord & { windowFrom: string; windowTo: string; changes: OccurrenceChange[]; keys: string[] };

/**
 * Recomputes the slots of actions in the transaction `tx` (of the write that changed their dates, or
 * of a batch of the window's fill), from what the transaction sees after locking them. A no-op
 * before migration 013 made the window. Returns the number of slots deleted and created.
 */
export async function refreshSlots(tx: Tx, actionIds: readonly string[]): Promise<{ deleted: number; created: number }> {
  if (actionIds.length === 0) return { deleted: 0, created: 0 };
  const sources = await tx.run<Source>('agenda/lock-slot-sources', { actionIds });
  const slicer = new TimeSlicer();
  const rows: { actionId: string; deleteKeys: string[]; create: SlotRow[] }[] = [];
  for (const s of sources) {
    const next = slotRows(s, s.changes, { from: s.windowFrom, to: s.windowTo });
    const stored = new Set(s.keys);
    const wanted = new Set(next.map((r) => r.key));
    const deleteKeys = s.keys.filter((k) => !wanted.has(k));
    const create = next.filter((r) => !stored.has(r.key));
    if (deleteKeys.length > 0 || create.length > 0) rows.push({ actionId: s.id, deleteKeys, create });
    if (slicer.due()) await slicer.pause();
  }
  if (rows.length === 0) return { deleted: 0, created: 0 };
  const [written] = await tx.run<{ deleted: number; created: number }>('agenda/write-slots', { rows });
  return written ?? { deleted: 0, created: 0 };
}

/** Refreshes, batch by batch, every dated action (`since` null) or those whose occurrences may reach `since`. */
async function refreshAll(db: Db, since: string | null): Promise<{ actions: number; deleted: number; created: number }> {
  const total = { actions: 0, deleted: 0, created: 0 };
  let after = '';
  for (;;) {
    const ids = (await db.query<{ id: string }>('agenda/list-actions-to-slot', { after, since, limit: BATCH })).map((r) => r.id);
    if (ids.length === 0) break;
    const done = await db.write((tx) => refreshSlots(tx, ids));
    total.actions += ids.length;
    total.deleted += done.deleted;
    total.created += done.created;
    if (ids.length < BATCH) break;
    after = ids[ids.length - 1]!;
  }
  return total;
}

/** The edge the start keeps the window at: a year past three years ahead of `now`, on the first of January. */
function aheadEdge(now: string): string {
  return `${new Date(now).getUTCFullYear() + WINDOW_AHEAD_YEARS + 2}-01-01T00:00:00.000Z`;
}

/**
 * Makes the window when missing and fills every dated action's slots (migration 013, the benchmark's
 * loader after its bulk writes); idempotent: a second run writes nothing.
 */
export async function materialiseSlots(db: Db, log: (line: string) => void = () => {}, now = new Date().toISOString()): Promise<SlotWindow> {
  const maintenance = db.forMaintenance();
  const [opened] = await maintenance.write((tx) =>
    tx.run<SlotWindow>('agenda/open-slot-window', { from: `${new Date(now).getUTCFullYear() - WINDOW_PAST_YEARS}-01-01T00:00:00.000Z`, to: aheadEdge(now) }),
  );
  const done = await refreshAll(maintenance, null);
  const [window] = await maintenance.write((tx) => tx.run<SlotWindow>('agenda/set-slot-window', { to: null, readyTo: opened!.to }));
  log(`timeline slots: ${done.created} written, ${done.deleted} removed for ${done.actions} actions; window ${window!.from.slice(0, 10)} – ${window!.readyTo.slice(0, 10)}`);
  return window!;
}

/**
 * Keeps the window's edge three years or more ahead of today (at start): moves `to`, so writes from
 * now on fill slots up to it, refreshes the actions whose occurrences may reach past the old edge,
 * then moves `readyTo`. Does nothing before migration 013 or while the edge is far enough.
 */
export async function extendSlotWindow(db: Db, log: (line: string) => void = () => {}, now = new Date().toISOString()): Promise<void> {
  const maintenance = db.forMaintenance();
  const [window] = await maintenance.query<SlotWindow>('agenda/get-slot-window');
  if (!window || window.readyTo >= addYears(now, WINDOW_AHEAD_YEARS)) return;
  const edge = aheadEdge(now);
  await maintenance.write((tx) => tx.run('agenda/set-slot-window', { to: edge, readyTo: null }));
  const done = await refreshAll(maintenance, window.readyTo);
  await maintenance.write((tx) => tx.run('agenda/set-slot-window', { to: null, readyTo: edge }));
  log(`timeline slots: window extended to ${edge.slice(0, 10)} (${done.created} written for ${done.actions} actions)`);
}
