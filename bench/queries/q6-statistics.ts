// Q6, statistics: monthly counts of a busy actor's reach (its subtree, the actions it and its subtree
// carry or take part in, its partnerships; links valid now): actions taking place, and articles
// published, month by month (Europe/Paris months) over one or two years, with the running total and
// the total. As the API counts (api/statistics): an action's month is its start's, cumulative from the
// period's start; an article's is its publication's, cumulative over its whole history.
import { DEFAULT_TIME_ZONE, startOfDay } from '../../api/shared/time.js';
import { rng } from '../generate.js';
import { REACH } from './reach.js';
import { check, type Query, type Reader } from './types.js';

interface StatisticsInput {
  metric: 'ACTIONS' | 'ARTICLES';
  spaceId: string;
  from: string;
  to: string;
  /** YYYY-MM of every month of [from, to). */
  months: string[];
  reader: Reader;
}

// Rows: month (YYYY-MM in Paris, or '' for articles published before the period) and count.
const MONTH_OF = (t: string) => `toString(datetime({datetime: ${t}, timezone: '${DEFAULT_TIME_ZONE}'}).year) + '-' + right('0' + toString(datetime({datetime: ${t}, timezone: '${DEFAULT_TIME_ZONE}'}).month), 2)`;

const ACTIONS_CYPHER = `
WITH datetime($now) AS at, datetime($from) AS from, datetime($to) AS to
${REACH}
WITH DISTINCT src AS x, from, to
WHERE x:Action AND (x.visibility = 'PUBLIC' OR $access.isAdmin OR x.id IN $access.spaceIds)
  AND x.startsAt >= from AND x.startsAt < to
RETURN ${MONTH_OF('x.startsAt')} AS month, count(*) AS n`;

const ARTICLES_CYPHER = `
WITH datetime($now) AS at, datetime($from) AS from, datetime($to) AS to
${REACH}
MATCH (src)<-[:IN_SPACE|ABOUT_ACTION]-(x:Article)
WITH DISTINCT x, at, from, to
WHERE x.sortAt < to
MATCH (x)-[:IN_SPACE]->(s:Entity)
WHERE (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((x.visibility = 'PUBLIC' AND x.sortAt <= at) OR $access.isAdmin OR s.id IN $access.spaceIds)
RETURN CASE WHEN x.sortAt < from THEN '' ELSE ${MONTH_OF('x.sortAt')} END AS month, count(*) AS n`;

// Measured at S (PROFILE of the API's statements and A's for the same inputs) and in the timings.
const WHY =
  'the API\'s statement returns every dated item of the scope up to the end of the period (actions of all years, since the occurrences metric shares it; articles since the beginning, for the running total) and api/statistics buckets them month by month in Node, where A groups by month in Cypher and returns at most 25 rows (S: 100 rows vs 9, 268 vs 11); its db hits are about 1.1–1.3× A\'s (the reach looked up again by id); plus Apollo\'s execution and, over HTTP, two more round trips for a member (session, visible spaces). Before 2026-11-29 the statements scanned every Action (every article, with a per-article EXISTS) and filtered by `id IN sourceIds` (S: 56,031 and 274,768 db hits), and each month built new Intl formatters (about 25 ms of CPU for two years)';

const parisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric', month: '2-digit' });

/** The API's shape from counts per month ('' = before the period, for the running total of articles). */
function statisticsResult(input: StatisticsInput, counts: Map<string, number>) {
  let cumulative = counts.get('') ?? 0;
  const months = input.months.map((month) => {
    const count = counts.get(month) ?? 0;
    cumulative += count;
    return { month, count, cumulative };
  });
  return { total: months.reduce((sum, m) => sum + m.count, 0), months };
}

function params(input: StatisticsInput) {
  return { spaceId: input.spaceId, from: input.from, to: input.to, now: new Date().toISOString(), access: input.reader.access };
}

export const Q6: Query<StatisticsInput> = {
  id: 'Q6',
  title: 'statistics: monthly counts of actions and articles over a busy actor’s subtree',
  inputs(g, readers, n) {
    const random = rng(g.options.seed + 6);
    // Calendar years shifted like the generated history (close enough: inside it either way).
    const years = Math.round(g.options.yearOffset ?? 0);
    const busy = g.facts.busyActorIds.slice(0, 20);
    const out: StatisticsInput[] = [];
    for (let i = 0; i < n; i++) {
      // One or two years starting at a month between 2017-01 and 2024-06, inside 2016-06 → 2026-06.
      const start = (2017 + years) * 12 + Math.floor(random() * 90);
      const length = i % 4 < 2 ? 12 : 24;
      const months = Array.from({ length }, (_, k) => `${Math.floor((start + k) / 12)}-${String(((start + k) % 12) + 1).padStart(2, '0')}`);
      const end = `${Math.floor((start + length) / 12)}-${String(((start + length) % 12) + 1).padStart(2, '0')}`;
      out.push({
        metric: i % 2 === 0 ? 'ACTIONS' : 'ARTICLES',
        spaceId: busy[Math.floor(random() * busy.length)]!,
        from: startOfDay(`${months[0]!}-01`).toISOString(),
        to: startOfDay(`${end}-01`).toISOString(),
        months,
        reader: readers[Math.floor(i / 2) % readers.length]!,
      });
    }
    return out;
  },
  variants: (inputs) => [
    { name: 'Q6 actions', inputs: inputs.filter((i) => i.metric === 'ACTIONS') },
    { name: 'Q6 articles', inputs: inputs.filter((i) => i.metric === 'ARTICLES') },
  ],
  async a(rt, input) {
    const rows = await rt.db.read((tx) => tx.runText<{ month: string; n: number }>(input.metric === 'ACTIONS' ? ACTIONS_CYPHER : ARTICLES_CYPHER, params(input)));
    return statisticsResult(input, new Map(rows.map((r) => [r.month, r.n])));
  },
  async b(rt, input) {
    // The reach (variable depth, a date condition on every hop) is the @cypher field spaceReach; the
    // library has counts (`aggregate`) but no group-by month, so, as a user of it would, B fetches the
    // dated items of the period (visibility from @authorization) and buckets them in Node, and counts
    // the articles published before the period with the connection's totalCount.
    const reach = check(
      await rt.b.execute(`query Reach($spaceId: ID!, $at: DateTime!) { spaceReach(spaceId: $spaceId, at: $at) }`, { spaceId: input.spaceId, at: new Date().toISOString() }, input.reader.access.spaceIds),
      'B',
    );
    const ids = reach.spaceReach as string[];
    const counts = new Map<string, number>();
    const add = (key: string, k = 1) => counts.set(key, (counts.get(key) ?? 0) + k);
    if (input.metric === 'ACTIONS') {
      const data = check(
        await rt.b.execute(
          `query Actions($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { actions(where: { id: { in: $ids }, startsAt: { gte: $from, lt: $to } }) { startsAt } }`,
          { ids, from: input.from, to: input.to },
          input.reader.access.spaceIds,
        ),
        'B',
      );
      for (const a of data.actions as { startsAt: string }[]) add(parisMonth.format(new Date(a.startsAt)));
    } else {
      const reached = { OR: [{ space: { id: { in: ids } } }, { aboutActions: { some: { id: { in: ids } } } }] };
      const data = check(
        await rt.b.execute(
          `query Articles($period: ArticleWhere!, $before: ArticleWhere!) {
            articles(where: $period) { sortAt }
            articlesConnection(where: $before) { totalCount }
          }`,
          { period: { ...reached, sortAt: { gte: input.from, lt: input.to } }, before: { ...reached, sortAt: { lt: input.from } } },
          input.reader.access.spaceIds,
        ),
        'B',
      );
      for (const a of data.articles as { sortAt: string }[]) add(parisMonth.format(new Date(a.sortAt)));
      add('', (data.articlesConnection as { totalCount: number }).totalCount);
    }
    return statisticsResult(input, counts);
  },
  async c(rt, input) {
    const data = check(
      await rt.c.execute(
        `query Statistics($metric: StatisticsMetric!, $filter: StatisticsFilter!) {
          statistics(metric: $metric, filter: $filter) { total months { month count cumulative } }
        }`,
        { metric: input.metric, filter: { spaceId: input.spaceId, from: input.from, to: input.to } },
        input.reader,
      ),
      'C',
    );
    const s = data.statistics as { total: number; months: { month: string; count: number; cumulative: number }[] };
    // New plain objects: in process, graphql-js answers with null-prototype objects.
    return { total: s.total, months: s.months.map((m) => ({ month: m.month, count: m.count, cumulative: m.cumulative })) };
  },
  whyMissed: { 'Q6 actions': WHY, 'Q6 articles': WHY },
  profile(input) {
    return { text: input.metric === 'ACTIONS' ? ACTIONS_CYPHER : ARTICLES_CYPHER, params: params(input) };
  },
};
