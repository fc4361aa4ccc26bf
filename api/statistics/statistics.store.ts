// Statistics: one metric counted month by month over a scope (a space's reach, themes, a territory),
// only over items the reader may see. The months' counts add up to the total by construction.
import { occurrencesOf, listOccurrenceChanges, seriesOf } from '../agenda/agenda.store.js';
import type { Access } from '../auth/access.js';
import type { Db } from '../db/driver.js';
import { getEntitiesByIds } from '../entity/entity.store.js';
import { badInput } from '../errors.js';
import type { StatisticsFilter, StatisticsMetric } from '../generated/graphql.js';
import type { ActionRecord } from '../records.js';
import { TimeSlicer } from '../shared/slice.js';
import { DEFAULT_TIME_ZONE, startOfDay } from '../shared/time.js';
import { instant } from '../shared/validate.js';

const FILES: Record<Exclude<StatisticsMetric, 'OCCURRENCES'>, string> = {
  ACTORS: 'statistics/list-actor-instants',
  ACTIONS: 'statistics/list-action-instants',
  ARTICLES: 'statistics/list-article-instants',
  MEMBERS: 'statistics/list-membership-instants',
};

/** At most this many months in one query (ten years). */
const MAX_MONTHS = 120;

interface Instant {
  t: string | null;
  ended: string | null;
  actionId: string | null;
}

const MONTH_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: '2-digit' });

/** Month keys (YYYY-MM, Europe/Paris) and their UTC bounds, covering [from, to). */
function monthsBetween(from: string, to: string): { month: string; start: string; end: string }[] {
  const [y, m] = MONTH_FORMAT.format(new Date(from)).split('-').map(Number) as [number, number];
  const months: { month: string; start: string; end: string }[] = [];
  for (let i = 0; ; i += 1) {
    const year = y + Math.floor((m - 1 + i) / 12);
    const month = ((m - 1 + i) % 12) + 1;
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const start = startOfDay(`${key}-01`).toISOString();
    if (start >= to) break;
    const nextYear = month === 12 ? year + 1 : year;
    const next = `${nextYear}-${String((month % 12) + 1).padStart(2, '0')}-01`;
    months.push({ month: key, start: start < from ? from : start, end: startOfDay(next).toISOString() < to ? startOfDay(next).toISOString() : to });
    if (months.length > MAX_MONTHS) throw badInput('filter.to', `Statistics cover at most ${MAX_MONTHS} months.`);
  }
  return months;
}

export async function statistics(db: Db, metric: StatisticsMetric, filter: StatisticsFilter, access: Access, now: string) {
  const from = instant(filter.from)!;
  const to = instant(filter.to)!;
  if (to <= from) throw badInput('filter.to', 'filter.to must come after filter.from.');
  const months = monthsBetween(from, to);
  const params = { spaceId: filter.spaceId ?? null, themeIds: filter.themeId ? [filter.themeId] : null, territoryId: filter.territoryId ?? null, access, now, to };
  const rows = await db.query<Instant>(FILES[metric === 'OCCURRENCES' ? 'ACTIONS' : metric], params);

  // What each month counts: instants in the month; and what exists at its end (cumulative).
  let instants: { t: string; ended: string | null }[];
  if (metric === 'OCCURRENCES') {
    const ids = rows.map((r) => r.actionId!).filter(Boolean);
    const [actions, changes] = await Promise.all([getEntitiesByIds(db, ids, access), listOccurrenceChanges(db, ids)]);
    instants = [];
    // Up to ten years of every series in scope: pause between series so other requests go on.
    const slicer = new TimeSlicer();
    for (const id of ids) {
      const action = actions.get(id) as ActionRecord | undefined;
      if (action) for (const o of occurrencesOf(seriesOf(action), changes.get(id) ?? [], from, to)) instants.push({ t: o.startsAt, ended: null });
      if (slicer.due()) await slicer.pause();
    }
  } else {
    instants = rows.filter((r): r is Instant & { t: string } => r.t !== null).map((r) => ({ t: r.t, ended: r.ended }));
  }
  // Creation-like metrics accumulate from the beginning; events (actions, occurrences) from `from`.
  const accumulatesHistory = metric === 'ACTORS' || metric === 'ARTICLES' || metric === 'MEMBERS';
  const result = months.map(({ month, start, end }) => {
    const count = instants.filter((i) => i.t >= start && i.t < end).length;
    const cumulative = accumulatesHistory
      ? instants.filter((i) => i.t < end && (i.ended === null || i.ended >= end)).length
      : instants.filter((i) => i.t >= from && i.t < end).length;
    return { month, count, cumulative };
  });
  return { metric, total: result.reduce((sum, m) => sum + m.count, 0), months: result };
}
