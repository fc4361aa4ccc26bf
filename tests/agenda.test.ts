// The agenda: recurring actions as one series (rule, exceptions, extra dates), occurrences changed
// alone, and the timeline of occurrences, over GraphQL on a real Neo4j. Each test scopes its reads to
// a festival of its own (filter.partOfId), since the database is shared.
import { describe, expect, it } from 'vitest';
import { expandRule, formatRule, parseRule } from '../api/agenda/rrule.js';
import { knownYears } from '../api/shared/zone.js';
import { buildAction } from './factories/actions.js';
import type { Built } from './factories/write.js';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { testDb } from './helpers/db.js';

const api = useTestApi();
const db = testDb();

interface Occ {
  startsAt: string;
  endsAt: string | null;
  originalStartsAt: string;
  status: string;
  modified: boolean;
  action: { id: string; name: string };
}

interface Timeline {
  occurrences: { nodes: Occ[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const OCC = 'startsAt endsAt originalStartsAt status modified action { id name }';
const SET_RECURRENCE = `mutation($input: SetRecurrenceInput!) { setRecurrence(input: $input) { action { id recurrence { rule exceptions extraDates } } } }`;
const UPDATE_OCCURRENCE = `mutation($input: UpdateOccurrenceInput!) { updateOccurrence(input: $input) { ${OCC} } }`;
const ACTION_OCCURRENCES = `query($id: ID, $from: DateTime!, $to: DateTime!) { action(id: $id) { occurrences(from: $from, to: $to) { ${OCC} } } }`;
const TIMELINE = `query($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $first: Int, $after: String) {
  occurrences(from: $from, to: $to, filter: $filter, first: $first, after: $after) { nodes { ${OCC} } totalCount pageInfo { hasNextPage endCursor } }
}`;

/** A festival of the test's own, to scope the timeline with `filter: { partOfId }`. */
const festival = () => buildAction(api, { kind: 'FESTIVAL', name: `Festival ${uid()}` });

async function setRecurrence(actionId: string, rule: string | null, more: { exceptions?: string[]; extraDates?: string[] } = {}) {
  const data = await api.ok<{ setRecurrence: { action: { recurrence: { rule: string; exceptions: string[]; extraDates: string[] } | null } } }>(SET_RECURRENCE, {
    input: { actionId, rule, ...more },
  });
  return data.setRecurrence.action.recurrence;
}

async function occurrencesOf(action: Built, from: string, to: string): Promise<Occ[]> {
  const data = await api.ok<{ action: { occurrences: Occ[] } }>(ACTION_OCCURRENCES, { id: action.id, from, to });
  return data.action.occurrences;
}

const expectError = (res: GraphQLResponse<unknown>, code: string, field?: string) =>
  expect(res.errors?.[0], JSON.stringify(res.errors)).toMatchObject({ extensions: field ? { code, field } : { code } });

/** A weekly workshop on Wednesdays 18:30–20:00 (Paris) from 2026-09-02, optionally in a festival. */
const workshop = (partOf?: Built) =>
  buildAction(api, { kind: 'ACTIVITY', name: `Atelier théâtre ${uid()}`, startsAt: '2026-09-02T18:30:00+02:00', endsAt: '2026-09-02T20:00:00+02:00', partOf: partOf ? [partOf] : undefined });

describe('recurring actions', () => {
  it('repeats a Wednesday workshop at 18:30 Paris time all school year, across the clock change, skipping the holidays', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    const recurrence = await setRecurrence(action.id, 'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T235959Z', {
      // Toussaint (17 Oct – 2 Nov 2026) and Christmas (19 Dec 2026 – 4 Jan 2027): by start, or by date alone.
      exceptions: ['2026-10-21T18:30:00+02:00', '2026-10-28T18:30:00+01:00', '2026-12-23', '2026-12-30'],
    });
    expect(recurrence).toEqual({
      rule: 'FREQ=WEEKLY;UNTIL=20270630T235959Z;BYDAY=WE',
      exceptions: ['2026-10-21T16:30:00.000Z', '2026-10-28T17:30:00.000Z', '2026-12-23T17:30:00.000Z', '2026-12-30T17:30:00.000Z'],
      extraDates: [],
    });

    const all = await occurrencesOf(action, '2026-08-01', '2027-08-01');
    // 44 Wednesdays from 2 Sep 2026 to 30 Jun 2027, less 4 in the holidays.
    expect(all).toHaveLength(40);
    const starts = all.map((o) => o.startsAt);
    expect(starts[0]).toBe('2026-09-02T16:30:00.000Z');
    expect(starts[starts.length - 1]).toBe('2027-06-30T16:30:00.000Z');
    for (const skipped of ['2026-10-21', '2026-10-28', '2026-12-23', '2026-12-30']) expect(starts.some((s) => s.startsWith(skipped))).toBe(false);
    // Before the last Sunday of October Paris is at +02:00, after it at +01:00: 18:30 local both times.
    const oct14 = all.find((o) => o.startsAt.startsWith('2026-10-14'))!;
    const nov4 = all.find((o) => o.startsAt.startsWith('2026-11-04'))!;
    expect(oct14).toMatchObject({ startsAt: '2026-10-14T16:30:00.000Z', endsAt: '2026-10-14T18:00:00.000Z', status: 'SCHEDULED', modified: false });
    expect(nov4).toMatchObject({ startsAt: '2026-11-04T17:30:00.000Z', endsAt: '2026-11-04T19:00:00.000Z' });
    // Back to summer time on 28 March 2027.
    expect(starts).toContain('2027-03-24T17:30:00.000Z');
    expect(starts).toContain('2027-03-31T16:30:00.000Z');

    const timeline = await api.ok<Timeline>(TIMELINE, { from: '2026-08-01', to: '2027-08-01', filter: { partOfId: fest.id }, first: 5 });
    expect(timeline.occurrences.totalCount).toBe(40);
    expect(timeline.occurrences.nodes.map((o) => o.startsAt)).toEqual(starts.slice(0, 5));
  });

  it('repeats on the first Saturday of each month at the same local time', async () => {
    const action = await buildAction(api, { name: `Repair café ${uid()}`, startsAt: '2026-09-05T10:00:00+02:00', endsAt: '2026-09-05T12:00:00+02:00' });
    // Bounded (COUNT): an endless series would show in every later window of tests sharing this database.
    await setRecurrence(action.id, 'FREQ=MONTHLY;BYDAY=1SA;COUNT=12');
    const list = await occurrencesOf(action, '2026-09-01', '2027-03-01');
    expect(list.map((o) => o.startsAt)).toEqual([
      '2026-09-05T08:00:00.000Z',
      '2026-10-03T08:00:00.000Z',
      '2026-11-07T09:00:00.000Z',
      '2026-12-05T09:00:00.000Z',
      '2027-01-02T09:00:00.000Z',
      '2027-02-06T09:00:00.000Z',
    ]);
  });

  it('stops after COUNT occurrences and adds the extra dates', async () => {
    const fest = await festival();
    const action = await buildAction(api, { name: `Stage ${uid()}`, startsAt: '2026-07-06T09:00:00+02:00', endsAt: '2026-07-06T17:00:00+02:00', partOf: [fest] });
    const recurrence = await setRecurrence(action.id, 'FREQ=DAILY;COUNT=5', { extraDates: ['2026-07-18T09:00:00+02:00', '2026-08-22'] });
    expect(recurrence?.extraDates).toEqual(['2026-07-18T07:00:00.000Z', '2026-08-22T07:00:00.000Z']);
    const list = await occurrencesOf(action, '2026-01-01', '2027-01-01');
    expect(list.map((o) => o.startsAt)).toEqual([
      '2026-07-06T07:00:00.000Z',
      '2026-07-07T07:00:00.000Z',
      '2026-07-08T07:00:00.000Z',
      '2026-07-09T07:00:00.000Z',
      '2026-07-10T07:00:00.000Z',
      '2026-07-18T07:00:00.000Z',
      '2026-08-22T07:00:00.000Z',
    ]);
    expect(list[6]!.endsAt).toBe('2026-08-22T15:00:00.000Z');
    // The series ends with its last extra date: a timeline after it finds nothing, one over it finds it.
    const after = await api.ok<Timeline>(TIMELINE, { from: '2026-08-23', to: '2026-12-01', filter: { partOfId: fest.id } });
    expect(after.occurrences.totalCount).toBe(0);
    const over = await api.ok<Timeline>(TIMELINE, { from: '2026-08-22', to: '2026-12-01', filter: { partOfId: fest.id } });
    expect(over.occurrences.nodes.map((o) => o.startsAt)).toEqual(['2026-08-22T07:00:00.000Z']);
  });

  it('cancels one occurrence alone: it stays listed, marked CANCELLED, the others unchanged', async () => {
    const action = await workshop();
    await setRecurrence(action.id, 'FREQ=WEEKLY;COUNT=4');
    const cancelled = await api.ok<{ updateOccurrence: Occ }>(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-16T18:30:00+02:00', status: 'CANCELLED' } });
    expect(cancelled.updateOccurrence).toMatchObject({ startsAt: '2026-09-16T16:30:00.000Z', originalStartsAt: '2026-09-16T16:30:00.000Z', status: 'CANCELLED', modified: true, action: { id: action.id } });
    const list = await occurrencesOf(action, '2026-09-01', '2026-10-01');
    expect(list.map((o) => [o.startsAt, o.status, o.modified])).toEqual([
      ['2026-09-02T16:30:00.000Z', 'SCHEDULED', false],
      ['2026-09-09T16:30:00.000Z', 'SCHEDULED', false],
      ['2026-09-16T16:30:00.000Z', 'CANCELLED', true],
      ['2026-09-23T16:30:00.000Z', 'SCHEDULED', false],
    ]);
    // Both writes are in the audit log, attributed to the administrator.
    const log = await db.read((tx) =>
      tx.runText<{ op: string; personId: string | null; after: string }>(
        "MATCH (c:Change {entityType: 'Action', entityId: $id}) WHERE c.op IN ['setRecurrence', 'updateOccurrence'] RETURN c.op AS op, c.personId AS personId, c.after AS after ORDER BY c.seq",
        { id: action.id },
      ),
    );
    expect(log.map((c) => [c.op, c.personId])).toEqual([
      ['setRecurrence', api.adminId],
      ['updateOccurrence', api.adminId],
    ]);
    expect(JSON.parse(log[1]!.after)).toMatchObject({ occurrence: { originalStartsAt: '2026-09-16T16:30:00.000Z', status: 'CANCELLED' } });
  });

  it('moves one occurrence alone, keeping its duration and its original start as key', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    await setRecurrence(action.id, 'FREQ=WEEKLY;COUNT=4');
    await api.ok(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-09T16:30:00Z', startsAt: '2026-09-24T19:00:00+02:00' } });
    const list = await occurrencesOf(action, '2026-09-01', '2026-10-01');
    expect(list.map((o) => [o.startsAt, o.endsAt, o.originalStartsAt, o.modified])).toEqual([
      ['2026-09-02T16:30:00.000Z', '2026-09-02T18:00:00.000Z', '2026-09-02T16:30:00.000Z', false],
      ['2026-09-16T16:30:00.000Z', '2026-09-16T18:00:00.000Z', '2026-09-16T16:30:00.000Z', false],
      ['2026-09-23T16:30:00.000Z', '2026-09-23T18:00:00.000Z', '2026-09-23T16:30:00.000Z', false],
      ['2026-09-24T17:00:00.000Z', '2026-09-24T18:30:00.000Z', '2026-09-09T16:30:00.000Z', true],
    ]);
    // The timeline places it by its new date, even when its original date is outside the range.
    const moved = await api.ok<Timeline>(TIMELINE, { from: '2026-09-24', to: '2026-09-25', filter: { partOfId: fest.id } });
    expect(moved.occurrences.nodes.map((o) => o.originalStartsAt)).toEqual(['2026-09-09T16:30:00.000Z']);
    const emptied = await api.ok<Timeline>(TIMELINE, { from: '2026-09-09', to: '2026-09-10', filter: { partOfId: fest.id } });
    expect(emptied.occurrences.totalCount).toBe(0);
  });

  it('refuses an originalStartsAt that is not an occurrence of the series', async () => {
    const action = await workshop();
    await setRecurrence(action.id, 'FREQ=WEEKLY;COUNT=4');
    const res = await api.gql(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-10T18:30:00+02:00', status: 'CANCELLED' } });
    expectError(res, 'BAD_USER_INPUT', 'originalStartsAt');
    const beyond = await api.gql(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-30T18:30:00+02:00', status: 'CANCELLED' } });
    expectError(beyond, 'BAD_USER_INPUT', 'originalStartsAt');
  });

  it('removes the recurrence with a null rule, back to the action’s own dates', async () => {
    const action = await workshop();
    await setRecurrence(action.id, 'FREQ=WEEKLY;COUNT=4');
    expect(await setRecurrence(action.id, null)).toBeNull();
    expect((await occurrencesOf(action, '2026-09-01', '2026-10-01')).map((o) => o.startsAt)).toEqual(['2026-09-02T16:30:00.000Z']);
  });
});

describe('recurrences at daylight-saving changes (RFC 5545 §3.3.5)', () => {
  const ACTION_START = `query($id: ID) { action(id: $id) { startsAt startsAtLocal timeZone } }`;
  const startsOf = async (action: Built, from: string, to: string) => (await occurrencesOf(action, from, to)).map((o) => o.startsAt);
  const dailyAt = async (startsAt: string, timeZone?: string) => buildAction(api, { name: `Veille ${uid()}`, startsAt, timeZone });

  it('takes the first of a repeated 02:30 when the clocks go back, and emits that night once', async () => {
    // Paris goes back from 03:00 +02:00 to 02:00 +01:00 on 25 October 2026: 02:30 happens at 00:30Z, then at 01:30Z.
    const before = await dailyAt('2026-10-24T02:30:00+02:00');
    await setRecurrence(before.id, 'FREQ=DAILY;COUNT=3');
    expect(await startsOf(before, '2026-10-20', '2026-11-01')).toEqual(['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
    // A series starting at the first 02:30 of that night does not repeat it at the second one (a COUNT slot kept).
    const that = await dailyAt('2026-10-25T02:30:00+02:00');
    await setRecurrence(that.id, 'FREQ=DAILY;COUNT=3');
    expect(await startsOf(that, '2026-10-20', '2026-11-01')).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z', '2026-10-27T01:30:00.000Z']);
  });

  it('reads a time the clocks skip with the offset before the gap (America/Miquelon, 12 March 2028)', async () => {
    // Miquelon goes from 02:00 -03:00 to 03:00 -02:00: 02:30 that day is 05:30Z (shown as 03:30 -02:00).
    const action = await dailyAt('2028-03-11T02:30:00-03:00', 'America/Miquelon');
    await setRecurrence(action.id, 'FREQ=DAILY;COUNT=3');
    expect(await startsOf(action, '2028-03-01', '2028-04-01')).toEqual(['2028-03-11T05:30:00.000Z', '2028-03-12T05:30:00.000Z', '2028-03-13T04:30:00.000Z']);
  });

  it('keeps a series that starts at 02:30 on the spring-forward day at 02:30 on the other days', async () => {
    // 02:30 on 28 March 2027 does not exist in Paris; RFC 5545 reads it with the offset before the gap: 01:30Z.
    const action = await buildAction(api, { name: `Marché de nuit ${uid()}`, startsAt: '2027-03-28T02:30:00+01:00' });
    const shown = await api.ok<{ action: { startsAt: string; startsAtLocal: string } }>(ACTION_START, { id: action.id });
    expect(shown.action).toMatchObject({ startsAt: '2027-03-28T01:30:00.000Z', startsAtLocal: '2027-03-28T02:30:00' });
    await setRecurrence(action.id, 'FREQ=WEEKLY;COUNT=3');
    expect(await startsOf(action, '2027-03-01', '2027-05-01')).toEqual(['2027-03-28T01:30:00.000Z', '2027-04-04T00:30:00.000Z', '2027-04-11T00:30:00.000Z']);
    // The same instant written as 03:30 summer time is a 03:30 series.
    const later = await buildAction(api, { name: `Marché de nuit ${uid()}`, startsAt: '2027-03-21T03:30:00+01:00' });
    await api.ok(`mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`, { input: { id: later.id, startsAt: '2027-03-28T03:30:00+02:00' } });
    await setRecurrence(later.id, 'FREQ=WEEKLY;COUNT=2');
    expect(await startsOf(later, '2027-03-01', '2027-05-01')).toEqual(['2027-03-28T01:30:00.000Z', '2027-04-04T01:30:00.000Z']);
    // And moving the start back to 02:30 (as RFC 5545 writes it) makes it a 02:30 series again.
    await api.ok(`mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`, { input: { id: later.id, startsAt: '2027-03-28T02:30:00+01:00' } });
    expect(await startsOf(later, '2027-03-01', '2027-05-01')).toEqual(['2027-03-28T01:30:00.000Z', '2027-04-04T00:30:00.000Z']);
  });

  it('accepts exceptions and occurrence changes given at the RFC instant on clock-change days', async () => {
    const autumn = await dailyAt('2026-10-23T02:30:00+02:00');
    const recurrence = await setRecurrence(autumn.id, 'FREQ=DAILY;COUNT=5', { exceptions: ['2026-10-25T00:30:00Z'] });
    expect(recurrence?.exceptions).toEqual(['2026-10-25T00:30:00.000Z']);
    expect(await startsOf(autumn, '2026-10-20', '2026-11-01')).toEqual(['2026-10-23T00:30:00.000Z', '2026-10-24T00:30:00.000Z', '2026-10-26T01:30:00.000Z', '2026-10-27T01:30:00.000Z']);
    const cancelled = await api.ok<{ updateOccurrence: Occ }>(UPDATE_OCCURRENCE, { input: { actionId: autumn.id, originalStartsAt: '2026-10-24T02:30:00+02:00', status: 'CANCELLED' } });
    expect(cancelled.updateOccurrence).toMatchObject({ originalStartsAt: '2026-10-24T00:30:00.000Z', status: 'CANCELLED' });

    const spring = await dailyAt('2028-03-10T02:30:00-03:00', 'America/Miquelon');
    // By instant and by date alone: both name 02:30 read with the offset before the gap.
    const both = await setRecurrence(spring.id, 'FREQ=DAILY;COUNT=5', { exceptions: ['2028-03-12T05:30:00Z', '2028-03-13'] });
    expect(both?.exceptions).toEqual(['2028-03-12T05:30:00.000Z', '2028-03-13T04:30:00.000Z']);
    const moved = await api.ok<{ updateOccurrence: Occ }>(UPDATE_OCCURRENCE, { input: { actionId: spring.id, originalStartsAt: '2028-03-11', startsAt: '2028-03-12' } });
    expect(moved.updateOccurrence).toMatchObject({ originalStartsAt: '2028-03-11T05:30:00.000Z', startsAt: '2028-03-12T05:30:00.000Z' });
  });

  it('still expands a series stored before the wall-clock start was kept, from its instant', async () => {
    const action = await buildAction(api, { name: `Ancienne série ${uid()}`, startsAt: '2027-03-28T02:30:00+01:00' });
    await db.write((tx) => tx.runText('MATCH (a:Action {id: $id}) REMOVE a.startsAtLocal', { id: action.id }));
    await setRecurrence(action.id, 'FREQ=DAILY;COUNT=2');
    // Without it, the instant (01:30Z) is all there is: 03:30 local, every day.
    expect(await startsOf(action, '2027-03-01', '2027-05-01')).toEqual(['2027-03-28T01:30:00.000Z', '2027-03-29T01:30:00.000Z']);
    const shown = await api.ok<{ action: { startsAtLocal: string } }>(ACTION_START, { id: action.id });
    expect(shown.action.startsAtLocal).toBe('2027-03-28T03:30:00');
  });

  it('answers /healthz while a long setRecurrence expands its series', async () => {
    // A zone no other test of this file uses: its rules are learnt year by year during the expansion,
    // which shows from outside how far it has gone.
    const tz = 'Pacific/Chatham';
    const action = await buildAction(api, { name: `Fête annuelle ${uid()}`, startsAt: '2026-04-05T10:00:00+12:45', timeZone: tz });
    const before = knownYears(tz);
    let settled = false;
    const mutation = api.gql<{ setRecurrence: { action: { recurrence: { rule: string } } } }>(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=YEARLY;COUNT=5000' } }).finally(() => {
      settled = true;
    });
    const seenWhileRunning: number[] = [];
    while (!settled) {
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(200);
      if (!settled) seenWhileRunning.push(knownYears(tz));
    }
    const res = await mutation;
    expect(res.errors).toBeUndefined();
    expect(res.data?.setRecurrence.action.recurrence.rule).toBe('FREQ=YEARLY;COUNT=5000');
    const after = knownYears(tz);
    // Some health checks were answered in the middle of the expansion, with the zone's rules partly learnt.
    expect(seenWhileRunning.some((n) => n > before && n < after)).toBe(true);
  });
});

describe('the timeline', () => {
  it('mixes one-off and recurring actions in order and pages through them without gaps or repeats', async () => {
    const fest = await festival();
    const weekly = await workshop(fest);
    await setRecurrence(weekly.id, 'FREQ=WEEKLY;COUNT=12');
    const oneOff = await buildAction(api, { name: `Concert ${uid()}`, startsAt: '2026-09-12T20:30:00+02:00', endsAt: '2026-09-12T23:00:00+02:00', partOf: [fest] });
    const allDay = await buildAction(api, { name: `Forum ${uid()}`, startsAt: '2026-10-07', endsAt: '2026-10-07', allDay: true, partOf: [fest] });

    const seen: Occ[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: Timeline = await api.ok<Timeline>(TIMELINE, { from: '2026-09-01', to: '2027-01-01', filter: { partOfId: fest.id }, first: 7, after });
      seen.push(...data.occurrences.nodes);
      totals.add(data.occurrences.totalCount);
      if (!data.occurrences.pageInfo.hasNextPage) break;
      after = data.occurrences.pageInfo.endCursor;
    }
    expect([...totals]).toEqual([14]);
    expect(seen).toHaveLength(14);
    const keys = seen.map((o) => `${o.action.id} ${o.originalStartsAt}`);
    expect(new Set(keys).size).toBe(14);
    const starts = seen.map((o) => o.startsAt);
    expect([...starts].sort()).toEqual(starts);
    // The concert falls between the second and third Wednesdays, the all-day forum (Paris midnight) before the 7 Oct workshop.
    expect(seen.slice(1, 4).map((o) => o.action.id)).toEqual([weekly.id, oneOff.id, weekly.id]);
    const forum = seen.findIndex((o) => o.action.id === allDay.id);
    expect(seen[forum]).toMatchObject({ startsAt: '2026-10-06T22:00:00.000Z', endsAt: '2026-10-07T22:00:00.000Z' });
    expect(seen[forum + 1]).toMatchObject({ action: { id: weekly.id }, startsAt: '2026-10-07T16:30:00.000Z' });
  });

  it('finds occurrences by words of the action, with the other filters', async () => {
    const fest = await festival();
    const word = `chorale${uid()}`;
    const choir = await buildAction(api, { name: `Répétition ${word}`, startsAt: '2026-09-07T20:00:00+02:00', partOf: [fest] });
    await setRecurrence(choir.id, 'FREQ=WEEKLY;COUNT=3');
    await workshop(fest);
    const found = await api.ok<Timeline>(TIMELINE, { from: '2026-09-01', to: '2026-10-01', filter: { partOfId: fest.id, text: word } });
    expect(found.occurrences.nodes.map((o) => [o.action.id, o.startsAt, o.endsAt])).toEqual([
      [choir.id, '2026-09-07T18:00:00.000Z', null],
      [choir.id, '2026-09-14T18:00:00.000Z', null],
      [choir.id, '2026-09-21T18:00:00.000Z', null],
    ]);
  });

  it('filters occurrences by their own status', async () => {
    const fest = await festival();
    const action = await workshop(fest);
    await setRecurrence(action.id, 'FREQ=WEEKLY;COUNT=3');
    await api.ok(UPDATE_OCCURRENCE, { input: { actionId: action.id, originalStartsAt: '2026-09-09', status: 'CANCELLED' } });
    const cancelled = await api.ok<Timeline>(TIMELINE, { from: '2026-09-01', to: '2026-10-01', filter: { partOfId: fest.id, statuses: ['CANCELLED'] } });
    expect(cancelled.occurrences.nodes.map((o) => o.startsAt)).toEqual(['2026-09-09T16:30:00.000Z']);
    expect(cancelled.occurrences.totalCount).toBe(1);
  });

  it('keeps a members-only recurring action out of the anonymous timeline, counts included', async () => {
    const fest = await festival();
    const open = await workshop(fest);
    await setRecurrence(open.id, 'FREQ=WEEKLY;COUNT=3');
    const { createAction } = await api.ok<{ createAction: { action: { id: string } } }>(
      `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`,
      { input: { name: `Réunion interne ${uid()}`, kind: 'ACTIVITY', visibility: 'MEMBERS', startsAt: '2026-09-03T18:00:00+02:00', parentIds: [fest.id] } },
    );
    await setRecurrence(createAction.action.id, 'FREQ=WEEKLY;COUNT=4');
    const vars = { from: '2026-09-01', to: '2026-10-01', filter: { partOfId: fest.id } };
    const asAdmin = await api.ok<Timeline>(TIMELINE, vars);
    expect(asAdmin.occurrences.totalCount).toBe(7);
    const anonymous = await api.anon<Timeline>(TIMELINE, vars);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.occurrences.totalCount).toBe(3);
    expect(anonymous.data!.occurrences.nodes.map((o) => o.action.id)).toEqual([open.id, open.id, open.id]);
  });
});

describe('agenda errors', () => {
  it('refuses a malformed rule and an unsupported part, naming the rule', async () => {
    const action = await workshop();
    const malformed = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;BYDAY=XX' } });
    expectError(malformed, 'BAD_USER_INPUT', 'rule');
    const garbage = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'every wednesday' } });
    expectError(garbage, 'BAD_USER_INPUT', 'rule');
    const unsupported = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;BYDAY=WE;BYHOUR=10' } });
    expectError(unsupported, 'BAD_USER_INPUT', 'rule');
    expect(unsupported.errors?.[0]?.message).toContain('BYHOUR');
    const hourly = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=HOURLY' } });
    expectError(hourly, 'BAD_USER_INPUT', 'rule');
    expect(hourly.errors?.[0]?.message).toContain('HOURLY');
  });

  it('says a huge COUNT is over the maximum and refuses a signed COUNT', async () => {
    const action = await workshop();
    const huge = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=DAILY;COUNT=1000000000' } });
    expectError(huge, 'BAD_USER_INPUT', 'rule');
    expect(huge.errors?.[0]?.message).toBe('COUNT=1000000000: COUNT is over the maximum of 5000.');
    const signed = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=DAILY;COUNT=+3' } });
    expectError(signed, 'BAD_USER_INPUT', 'rule');
    expect(signed.errors?.[0]?.message).toContain('digits alone');
  });

  it('refuses an exception that is not an occurrence of the rule', async () => {
    const action = await workshop();
    const res = await api.gql(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY;BYDAY=WE', exceptions: ['2026-10-22'] } });
    expectError(res, 'BAD_USER_INPUT', 'exceptions');
  });

  it('refuses ranges over three years', async () => {
    const res = await api.gql(TIMELINE, { from: '2026-01-01', to: '2030-01-01' });
    expectError(res, 'BAD_USER_INPUT', 'to');
    const action = await workshop();
    const field = await api.gql(ACTION_OCCURRENCES, { id: action.id, from: '2026-01-01', to: '2030-01-01' });
    expectError(field, 'BAD_USER_INPUT', 'to');
  });

  it('asks anonymous visitors to sign in before setting a recurrence', async () => {
    const action = await workshop();
    const res = await api.anon(SET_RECURRENCE, { input: { actionId: action.id, rule: 'FREQ=WEEKLY' } });
    expectError(res, 'UNAUTHENTICATED');
  });
});

describe('recurrence rules (expansion alone)', () => {
  const paris = (startsAt: string) => ({ startsAt, timeZone: 'Europe/Paris' });
  const expand = (rule: string, startsAt: string, from: string, to: string) => expandRule(parseRule(rule), paris(startsAt), Date.parse(from), Date.parse(to));

  it('finds the last Sunday of October every year, at the same local time', () => {
    expect(expand('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', '2026-10-25T10:00:00Z', '2026-01-01T00:00:00Z', '2029-01-01T00:00:00Z')).toEqual([
      '2026-10-25T10:00:00.000Z',
      '2027-10-31T10:00:00.000Z',
      '2028-10-29T10:00:00.000Z',
    ]);
  });

  it('skips months without the day (the 31st) and counts from the end with a negative day', () => {
    const on31 = expand('FREQ=MONTHLY', '2026-01-31T09:00:00Z', '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z');
    expect(on31.map((s) => s.slice(0, 10))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    const last = expand('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4', '2026-01-31T09:00:00Z', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(last.map((s) => s.slice(0, 10))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('repeats every other week on several days, and jumps straight to a far window', () => {
    expect(expand('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2026-01-01T09:00:00Z', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z').map((s) => s.slice(0, 10))).toEqual([
      '2026-03-09',
      '2026-03-12',
      '2026-03-23',
      '2026-03-26',
    ]);
    expect(expand('FREQ=DAILY', '1990-01-01T09:00:00Z', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ]);
  });

  it('stops on a rule that never matches instead of running away', () => {
    expect(expand('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=3', '2026-01-01T09:00:00Z', '2026-01-01T00:00:00Z', '9999-01-01T00:00:00Z')).toEqual(['2026-01-01T09:00:00.000Z']);
  });

  it('reads rules in a canonical form and refuses contradictions', () => {
    expect(formatRule(parseRule('rrule:freq=weekly;byday=we,sa;interval=2'))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SA');
    expect(() => parseRule('FREQ=DAILY;COUNT=3;UNTIL=20270101')).toThrow(/COUNT or UNTIL/);
    expect(() => parseRule('FREQ=WEEKLY;BYDAY=1MO')).toThrow(/MONTHLY or FREQ=YEARLY/);
    expect(() => parseRule('FREQ=WEEKLY;WKST=SU')).toThrow(/WKST is not supported/);
  });
});
