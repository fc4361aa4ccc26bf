// The timeline's storage (api/agenda/slots.ts): occurrences materialised as (:Slot) nodes in a window,
// kept up to date by every write that changes an action's dates, extended at start, and a range past
// the window answered by expanding series. Each test scopes the timeline to a festival of its own.
import { describe, expect, it } from 'vitest';
import { extendSlotWindow, materialiseSlots, type SlotWindow } from '../api/agenda/slots.js';
import { buildAction } from './factories/actions.js';
import type { Built } from './factories/write.js';
import { uid, useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';

const api = useTestApi();
const db = testDb();

interface Occ {
  startsAt: string;
  endsAt: string | null;
  originalStartsAt: string;
  status: string;
  modified: boolean;
  action: { id: string };
}

const OCC = 'startsAt endsAt originalStartsAt status modified action { id }';
const TIMELINE = `query($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $first: Int) {
  occurrences(from: $from, to: $to, filter: $filter, first: $first) { nodes { ${OCC} } totalCount }
}`;
const ACTION_OCCURRENCES = `query($id: ID, $from: DateTime!, $to: DateTime!) { action(id: $id) { occurrences(from: $from, to: $to) { ${OCC} } } }`;
const SET_RECURRENCE = `mutation($input: SetRecurrenceInput!) { setRecurrence(input: $input) { action { id } } }`;
const UPDATE_OCCURRENCE = `mutation($input: UpdateOccurrenceInput!) { updateOccurrence(input: $input) { startsAt } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`;

const festival = () => buildAction(api, { kind: 'FESTIVAL', name: `Festival ${uid()}` });

async function timeline(fest: Built, from: string, to: string, filter: Record<string, unknown> = {}) {
  const data = await api.ok<{ occurrences: { nodes: Occ[]; totalCount: number } }>(TIMELINE, { from, to, filter: { partOfId: fest.id, ...filter }, first: 100 });
  return data.occurrences;
}

/** The same action's occurrences expanded from its series alone (Action.occurrences does not read slots). */
async function expanded(action: Built, from: string, to: string): Promise<Occ[]> {
  return (await api.ok<{ action: { occurrences: Occ[] } }>(ACTION_OCCURRENCES, { id: action.id, from, to })).action.occurrences;
}

/** The slots stored for an action: original start, start, own status. */
async function slotsOf(action: Built): Promise<string[]> {
  const rows = await db.read((tx) =>
    tx.runText<{ o: string; s: string; status: string | null }>(
      'MATCH (:Action:Entity {id: $id})<-[:SLOT_OF]-(s:Slot) RETURN s.originalStartsAt AS o, s.startsAt AS s, s.status AS status ORDER BY o',
      { id: action.id },
    ),
  );
  return rows.map((r) => `${r.o} ${r.s}${r.status ? ` ${r.status}` : ''}`);
}

const slotNodeIds = async (action: Built) =>
  (await db.read((tx) => tx.runText<{ id: string }>('MATCH (:Action:Entity {id: $id})<-[:SLOT_OF]-(s:Slot) RETURN elementId(s) AS id ORDER BY id', { id: action.id }))).map((r) => r.id);

async function slotWindow(): Promise<SlotWindow> {
  const [w] = await db.read((tx) => tx.runText<SlotWindow>("MATCH (w:SlotWindow {id: 'timeline'}) RETURN w.from AS from, w.to AS to, w.readyTo AS readyTo"));
  return w!;
}

const starts = (os: readonly Occ[]) => os.map((o) => `${o.startsAt}${o.status === 'CANCELLED' ? ' CANCELLED' : ''}`);

/** A weekly 18:30 (Paris) workshop from Wednesday 2026-09-02, in `fest`. */
const workshop = (fest: Built) =>
  buildAction(api, { kind: 'ACTIVITY', name: `Atelier ${uid()}`, startsAt: '2026-09-02T18:30:00+02:00', endsAt: '2026-09-02T20:00:00+02:00', partOf: [fest] });

/** A market on the first Saturday of every month from 5 September 2026, with no end; February 2027's cancelled. */
async function market(fest: Built): Promise<Built> {
  const monthly = await buildAction(api, { name: `Marché ${uid()}`, startsAt: '2026-09-05T09:00:00+02:00', endsAt: '2026-09-05T13:00:00+02:00', partOf: [fest] });
  await api.ok(SET_RECURRENCE, { input: { actionId: monthly.id, rule: 'FREQ=MONTHLY;BYDAY=1SA' } });
  await api.ok(UPDATE_OCCURRENCE, { input: { actionId: monthly.id, originalStartsAt: '2027-02-06', status: 'CANCELLED' } });
  return monthly;
}

describe('occurrences stored as slots', () => {
  it('reflects a new rule, an exception, a moved and a cancelled occurrence at once', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    const range = ['2026-09-01', '2026-11-01'] as const;
    // A one-off action: one slot, its own dates.
    expect(await slotsOf(action)).toEqual(['2026-09-02T16:30:00.000Z 2026-09-02T16:30:00.000Z']);

    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;COUNT=4' } });
    expect(starts((await timeline(fest, ...range)).nodes)).toEqual(['2026-09-02T16:30:00.000Z', '2026-09-09T16:30:00.000Z', '2026-09-16T16:30:00.000Z', '2026-09-23T16:30:00.000Z']);
    expect(await slotsOf(action)).toHaveLength(4);

    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;COUNT=6', exceptions: ['2026-09-16'] } });
    await api.ok(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-23', startsAt: '2026-09-24' } });
    await api.ok(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-30', status: 'CANCELLED' } });
    const seen = await timeline(fest, ...range);
    expect(starts(seen.nodes)).toEqual([
      '2026-09-02T16:30:00.000Z',
      '2026-09-09T16:30:00.000Z',
      '2026-09-24T16:30:00.000Z',
      '2026-09-30T16:30:00.000Z CANCELLED',
      '2026-10-07T16:30:00.000Z',
    ]);
    expect(seen.nodes[2]).toMatchObject({ originalStartsAt: '2026-09-23T16:30:00.000Z', modified: true, endsAt: '2026-09-24T18:00:00.000Z' });
    expect(seen.totalCount).toBe(5);
    expect(seen.nodes).toEqual(await expanded(action, ...range));
    expect(await slotsOf(action)).toContain('2026-09-30T16:30:00.000Z 2026-09-30T16:30:00.000Z CANCELLED');
  });

  it('counts without listing: first 0 gives the total and no node, within the window and past it', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;COUNT=4' } });
    for (const [from, to] of [
      ['2026-09-01', '2026-11-01'],
      ['2099-09-01', '2099-11-01'],
    ] as const) {
      const data = await api.ok<{ occurrences: { nodes: Occ[]; totalCount: number; pageInfo: { hasNextPage: boolean } } }>(
        `query($from: DateTime!, $to: DateTime!, $filter: ActionFilter) { occurrences(from: $from, to: $to, filter: $filter, first: 0) { totalCount nodes { startsAt } pageInfo { hasNextPage } } }`,
        { from, to, filter: { partOfId: fest.id } },
      );
      expect(data.occurrences.nodes).toEqual([]);
      expect(data.occurrences.totalCount).toBe(from.startsWith('2026') ? 4 : 0);
      expect(data.occurrences.pageInfo.hasNextPage).toBe(from.startsWith('2026'));
    }
  });

  it('follows new first dates and a cancelled action at once', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    const range = ['2026-09-01', '2026-11-01'] as const;
    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;COUNT=3' } });
    await api.ok(UPDATE_ACTION, { input: { id: action.id, startsAt: '2026-09-03T10:00:00+02:00', endsAt: '2026-09-03T11:00:00+02:00' } });
    const seen = await timeline(fest, ...range);
    expect(seen.nodes.map((o) => [o.startsAt, o.endsAt])).toEqual([
      ['2026-09-03T08:00:00.000Z', '2026-09-03T09:00:00.000Z'],
      ['2026-09-10T08:00:00.000Z', '2026-09-10T09:00:00.000Z'],
      ['2026-09-17T08:00:00.000Z', '2026-09-17T09:00:00.000Z'],
    ]);
    // The action cancelled: every occurrence that follows its status says so, in the status filter too.
    await api.ok(UPDATE_ACTION, { input: { id: action.id, status: 'CANCELLED' } });
    expect((await timeline(fest, ...range, { statuses: ['CANCELLED'] })).totalCount).toBe(3);
    expect((await timeline(fest, ...range, { statuses: ['SCHEDULED'] })).totalCount).toBe(0);
  });

  it('drops the occurrences of a series that ends sooner, or stops repeating', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    const range = ['2026-09-01', '2026-11-01'] as const;
    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY' } });
    expect((await timeline(fest, ...range)).totalCount).toBe(9);
    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;UNTIL=20260911T000000Z' } });
    expect(starts((await timeline(fest, ...range)).nodes)).toEqual(['2026-09-02T16:30:00.000Z', '2026-09-09T16:30:00.000Z']);
    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: null } });
    expect(starts((await timeline(fest, ...range)).nodes)).toEqual(['2026-09-02T16:30:00.000Z']);
    expect(await slotsOf(action)).toHaveLength(1);
  });

  it('lists an occurrence that began long before the range and still runs, whatever its length', async () => {
    const fest = await festival();
    const exhibition = await buildAction(api, { name: `Exposition ${uid()}`, startsAt: '2026-03-01T10:00:00+01:00', endsAt: '2026-12-31T18:00:00+01:00', partOf: [fest] });
    const evening = await buildAction(api, { name: `Soirée ${uid()}`, startsAt: '2026-06-30T22:00:00+02:00', endsAt: '2026-07-01T02:00:00+02:00', partOf: [fest] });
    const seen = await timeline(fest, '2026-07-01', '2026-07-02');
    expect(seen.nodes.map((o) => o.action.id)).toEqual([exhibition.id, evening.id]);
    expect((await timeline(fest, '2027-01-01', '2027-02-01')).totalCount).toBe(0);
  });

  it('answers a range past the window by expanding the series', async () => {
    const fest = await festival();
    const monthly = await market(fest);
    const year = Number((await slotWindow()).readyTo.slice(0, 4));
    // Far past the window's edge, and across it.
    const far = [`${year + 10}-01-01`, `${year + 11}-01-01`] as const;
    const across = [`${year - 1}-07-01`, `${year}-07-01`] as const;
    const farSeen = await timeline(fest, ...far);
    expect(farSeen.totalCount).toBe(12);
    expect(farSeen.nodes).toEqual(await expanded(monthly, ...far));
    const acrossSeen = await timeline(fest, ...across);
    expect(acrossSeen.totalCount).toBe(12);
    expect(acrossSeen.nodes).toEqual(await expanded(monthly, ...across));
    expect(starts((await timeline(fest, '2027-01-15', '2027-03-01')).nodes)).toEqual(['2027-02-06T08:00:00.000Z CANCELLED']);
  });

  it('extends the window at start: the slots reach the new edge, the answers stay the same', async () => {
    const fest = await festival();
    const monthly = await market(fest);
    const year = Number((await slotWindow()).readyTo.slice(0, 4));
    const far = [`${year + 10}-01-01`, `${year + 11}-01-01`] as const;
    const before = await timeline(fest, ...far);
    // As if today were eight years later.
    await extendSlotWindow(db, () => {}, `${year + 8}-06-01T00:00:00.000Z`);
    expect((await slotWindow()).readyTo >= far[1]).toBe(true);
    expect((await slotsOf(monthly)).filter((s) => s.startsWith(String(year + 10)))).toHaveLength(12);
    expect(await timeline(fest, ...far)).toEqual(before);
  });

  it('fills the slots of actions written before them (migration 013) and leaves right ones alone the second time', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    await api.ok(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;COUNT=3', exceptions: ['2026-09-09'] } });
    const before = await slotsOf(action);
    await db.write((tx) => tx.runText('MATCH (:Action:Entity {id: $id})<-[:SLOT_OF]-(s:Slot) DETACH DELETE s', { id: action.id }));
    expect((await timeline(fest, '2026-09-01', '2026-10-01')).totalCount).toBe(0);
    await materialiseSlots(db);
    expect(await slotsOf(action)).toEqual(before);
    expect(starts((await timeline(fest, '2026-09-01', '2026-10-01')).nodes)).toEqual(['2026-09-02T16:30:00.000Z', '2026-09-16T16:30:00.000Z']);
    // A second run finds them right and leaves them alone.
    const ids = await slotNodeIds(action);
    await materialiseSlots(db);
    expect(await slotNodeIds(action)).toEqual(ids);
  });
});
