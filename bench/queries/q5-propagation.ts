// Q5, propagation: the articles that reach a space through the graph as of a date (cypher/shared/reach:
// its PART_OF subtree, the actions its subtree's actors carry or take part in and their subtrees, its
// partnerships), newest first, first 20 with the total. Spaces: festivals as of today and as of a day
// in their life (while their shows join), and a festival's carrier (a town, a network) as of today,
// whose reach goes through its own subtree, its carried actions and its partnerships.
import { REFERENCE_NOW, rng } from '../generate.js';
import { REACH } from './reach.js';
import { check, type Query, type Reader } from './types.js';

interface PropagationInput {
  shape: 'today' | 'past' | 'carrier';
  spaceId: string;
  asOf: string;
  reader: Reader;
}

/** The API's default page of content. */
const PAGE = 20;
const DAY = 86_400_000;

// Reach as in cypher/shared/reach, kept as nodes (no second lookup by id), then the candidate articles
// (posted in a reached space or about a reached action), visibility, the space's hidden placements.
const PROPAGATION_CYPHER = `
WITH datetime($asOf) AS at, datetime($now) AS now
${REACH}
MATCH (src)<-[:IN_SPACE|ABOUT_ACTION]-(c:Article)
WITH DISTINCT root, now, c
MATCH (c)-[:IN_SPACE]->(s:Entity)
WHERE (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((c.visibility = 'PUBLIC' AND c.sortAt <= now) OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND NOT EXISTS { (root)-[:PLACES {placement: 'HIDDEN'}]->(c) }
WITH c ORDER BY c.sortAt DESC, c.id DESC
WITH collect(c.id) AS ids
RETURN size(ids) AS total, ids[0..toInteger($limit)] AS ids`;

// Measured at S (PROFILE of the API's statement and A's for the same inputs) and in the timings.
const WHY = 
  'the statement does about 1.2–1.3× A\'s db hits (S: 214 vs 164, 410 vs 318, 4,263 vs 3,566): cypher/content/list-content collects the reach as ids and seeks each again by id, seeks the space again per candidate for its hidden placements, and returns whole property maps where A keeps nodes and returns ids; the rest is fixed cost: Apollo\'s execution and, over HTTP, two more round trips for a member (session, visible spaces). Before 2026-11-29 it also scanned every content item (a `WHERE $spaceId IS NULL` branch checked after the label scan: about 50,000 db hits at S)';

function propagationResult(total: number, ids: string[]) {
  return { total, nodes: ids.map((id) => ({ id })) };
}

function params(input: PropagationInput) {
  return { spaceId: input.spaceId, asOf: input.asOf, now: new Date().toISOString(), access: input.reader.access, limit: PAGE };
}

export const Q5: Query<PropagationInput> = {
  id: 'Q5',
  title: 'propagation: the articles that reach a festival through its subtree and partnerships, as of a date',
  inputs(g, readers, n) {
    const random = rng(g.options.seed + 5);
    const offset = (g.options.yearOffset ?? 0) * 365 * DAY;
    const today = new Date(Date.parse(REFERENCE_NOW) + offset).toISOString();
    const actions = new Map(g.actions.map((a) => [a.id, a]));
    const allFestivals = g.facts.festivalIds.map((id) => actions.get(id)!);
    // Festivals over by "today": their life (created, shows joining, held) is all in the past.
    const pastFestivals = allFestivals.filter((f) => f.endsAt < today);
    const carrierOf = new Map(g.links.filter((l) => l.type === 'CARRIES' && l.until === null).map((l) => [l.toId, l.fromId]));
    // A reader asks only about spaces it may see: the API answers NOT_FOUND for the others (docs/api.md).
    const membersOnly = new Set([...g.actors, ...g.actions].filter((e) => e.props.visibility === 'MEMBERS').map((e) => e.id));
    const sees = (reader: Reader, id: string) => !membersOnly.has(id) || reader.access.isAdmin || reader.access.spaceIds.includes(id);
    const out: PropagationInput[] = [];
    for (let i = 0; i < n; i++) {
      const shape = (['today', 'past', 'carrier'] as const)[i % 3]!;
      const reader = readers[i % readers.length]!;
      const past = pastFestivals.filter((f) => sees(reader, f.id));
      const festivals = allFestivals.filter((f) => sees(reader, f.id));
      if (shape === 'past' && past.length > 0) {
        const f = past[Math.floor(random() * past.length)]!;
        // A day of its life: from its creation (its shows join in the next days) to a week after it.
        const from = Date.parse(String(f.props.createdAt));
        const to = Date.parse(f.endsAt) + 7 * DAY;
        out.push({ shape, spaceId: f.id, asOf: new Date(from + Math.floor(random() * (to - from))).toISOString(), reader });
      } else {
        const f = festivals[Math.floor(random() * festivals.length)]!;
        const carrier = carrierOf.get(f.id);
        const spaceId = shape === 'carrier' && carrier && sees(reader, carrier) ? carrier : f.id;
        out.push({ shape: shape === 'past' ? 'today' : shape, spaceId, asOf: today, reader });
      }
    }
    return out;
  },
  variants: (inputs) => [
    { name: 'Q5 festival today', inputs: inputs.filter((i) => i.shape === 'today') },
    { name: 'Q5 festival asOf past', inputs: inputs.filter((i) => i.shape === 'past') },
    { name: 'Q5 carrier today', inputs: inputs.filter((i) => i.shape === 'carrier') },
  ],
  async a(rt, input) {
    const [row] = await rt.db.read((tx) => tx.runText<{ total: number; ids: string[] }>(PROPAGATION_CYPHER, params(input)));
    return propagationResult(row?.total ?? 0, row?.ids ?? []);
  },
  async b(rt, input) {
    // The reach needs a variable-depth walk with a date condition on every hop: a @cypher field
    // (spaceReach). The articles are then the library's: filtered, sorted, paged, counted, with the
    // visibility of its @authorization rules.
    const reach = check(
      await rt.b.execute(`query Reach($spaceId: ID!, $at: DateTime!) { spaceReach(spaceId: $spaceId, at: $at) }`, { spaceId: input.spaceId, at: input.asOf }, input.reader.access.spaceIds),
      'B',
    );
    const ids = reach.spaceReach as string[];
    const data = check(
      await rt.b.execute(
        `query Articles($where: ArticleWhere!) {
          articles(where: $where, sort: [{ sortAt: DESC }, { id: DESC }], limit: ${PAGE}) { id }
          articlesConnection(where: $where) { totalCount }
        }`,
        {
          where: {
            OR: [{ space: { id: { in: ids } } }, { aboutActions: { some: { id: { in: ids } } } }],
            placedByConnection: { none: { node: { id: { eq: input.spaceId } }, edge: { placement: { eq: 'HIDDEN' } } } },
          },
        },
        input.reader.access.spaceIds,
      ),
      'B',
    );
    const page = data.articles as { id: string }[];
    return propagationResult((data.articlesConnection as { totalCount: number }).totalCount, page.map((a) => a.id));
  },
  async c(rt, input) {
    const data = check(
      await rt.c.execute(
        `query Propagation($spaceId: ID!, $asOf: DateTime) {
          content(kind: ARTICLE, spaceId: $spaceId, asOf: $asOf, first: ${PAGE}) { totalCount nodes { id } }
        }`,
        { spaceId: input.spaceId, asOf: input.asOf },
        input.reader,
      ),
      'C',
    );
    const content = data.content as { totalCount: number; nodes: { id: string }[] };
    return propagationResult(content.totalCount, content.nodes.map((n) => n.id));
  },
  whyMissed: { 'Q5 festival today': WHY, 'Q5 festival asOf past': WHY, 'Q5 carrier today': WHY },
  profile(input) {
    return { text: PROPAGATION_CYPHER, params: params(input) };
  },
};
