// Q1, an actor's page: its sub-actors (one level, plus the number of actors within three levels), its
// partners, its next ten actions with their places, and the ten latest articles that reach it; read by
// an anonymous visitor and by a member today, and by an anonymous visitor as of a date three years ago
// (the target "asOf a past date within 1.1× of today").
import { REFERENCE_NOW, rng } from '../generate.js';
import { check, isoOf, type Query, type Reader } from './types.js';

interface ActorPageInput {
  shape: 'anonymous' | 'member' | 'past';
  actorId: string;
  /** "Now" for every arm (REFERENCE_NOW, shifted with the graph's years), or the past date. */
  asOf: string;
  reader: Reader;
}

/** Next actions and latest articles shown on the page. */
const PAGE = 10;
/** Levels counted below the actor. */
const DEPTH = 3;
const DAY = 86_400_000;
const PAST = '2023-06-01T00:00:00.000Z';

// One statement: each part of the page in its own subquery, links valid at $asOf, only what the reader
// may see. Articles: the reach of cypher/shared/reach kept as nodes, then the API's list-content rules
// (visible space, public and published by $now or the reader's space, not hidden by the actor).
const ACTOR_PAGE_CYPHER = `
WITH datetime($asOf) AS at, datetime($now) AS now
MATCH (n:Entity {id: $actorId})
WHERE n:Actor AND (n.visibility = 'PUBLIC' OR n.id IN $access.spaceIds)
CALL (n, at) {
  MATCH (n)<-[r:PART_OF]-(m:Actor)
  WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (m.visibility = 'PUBLIC' OR m.id IN $access.spaceIds)
  WITH m ORDER BY m.sortName, m.id
  RETURN collect(m.id) AS childIds
}
CALL (n, at) {
  OPTIONAL MATCH (n) (()<-[r:PART_OF]-(x) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (x.visibility = 'PUBLIC' OR x.id IN $access.spaceIds)){1,${DEPTH}} (m)
  WHERE m <> n
  RETURN count(DISTINCT m) AS descendantCount
}
CALL (n, at) {
  MATCH (n)-[r:CARRIES]->(a:Action)
  WHERE a.startsAt >= at AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (a.visibility = 'PUBLIC' OR a.id IN $access.spaceIds)
  WITH a ORDER BY a.startsAt, a.id LIMIT ${PAGE}
  RETURN collect({id: a.id, startsAt: a.startsAt, placeIds: COLLECT {
    MATCH (a)-[l:LOCATED_AT]->(p:Place) WHERE (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
    RETURN p.id ORDER BY p.id
  }}) AS actions
}
CALL (n, at) {
  OPTIONAL MATCH (n)-[r:PARTY_TO]->(p:Partnership)<-[r2:PARTY_TO]-(o:Actor)
  WHERE o <> n AND (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    AND (r2.since IS NULL OR r2.since <= at) AND (r2.until IS NULL OR r2.until > at)
    AND (p.visibility = 'PUBLIC' OR p.id IN $access.spaceIds) AND (o.visibility = 'PUBLIC' OR o.id IN $access.spaceIds)
  WITH DISTINCT o.id AS id ORDER BY id
  RETURN collect(id) AS partnerIds
}
CALL (n, at, now) {
  CALL (n, at) {
    MATCH (n) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){0,10} (d)
    RETURN d AS src
    UNION
    MATCH (n) (()<-[r:PART_OF]-() WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)){0,10} (:Actor)-[l:CARRIES|TAKES_PART_IN]->(a:Action)
    WHERE (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
    MATCH (a) (()<-[r2:PART_OF]-() WHERE (r2.since IS NULL OR r2.since <= at) AND (r2.until IS NULL OR r2.until > at)){0,10} (d)
    RETURN d AS src
    UNION
    MATCH (n)-[r:PARTY_TO]->(p:Partnership)
    WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
    RETURN p AS src
  }
  MATCH (src)<-[:IN_SPACE|ABOUT_ACTION]-(c:Article)
  WITH DISTINCT n, now, c
  MATCH (c)-[:IN_SPACE]->(s:Entity)
  WHERE (s.visibility IS NULL OR s.visibility = 'PUBLIC' OR s.id IN $access.spaceIds)
    AND ((c.visibility = 'PUBLIC' AND c.sortAt <= now) OR s.id IN $access.spaceIds)
    AND NOT EXISTS { (n)-[:PLACES {placement: 'HIDDEN'}]->(c) }
  WITH c ORDER BY c.sortAt DESC, c.id DESC LIMIT ${PAGE}
  RETURN collect(c.id) AS articleIds
}
RETURN childIds, descendantCount, actions, partnerIds, articleIds`;

interface Page {
  childIds: string[];
  descendantCount: number;
  actions: { id: string; startsAt: string; placeIds: string[] }[];
  partnerIds: string[];
  articleIds: string[];
}

/**
 * The normalised page; `total` is the subtree count (the gate's "non-empty" check reads it). Actors and
 * actions are `{ id }` objects so that the gate's leak check sees every one of them.
 */
function pageResult(p: Page) {
  return {
    total: p.descendantCount,
    children: p.childIds.map((id) => ({ id })),
    actions: p.actions.map((a) => ({ id: a.id, startsAt: isoOf(a.startsAt), placeIds: [...a.placeIds].sort() })),
    partners: [...new Set(p.partnerIds)].sort().map((id) => ({ id })),
    articles: p.articleIds,
  };
}

/** Ids of the `edges { node { id } }` of a connection. */
const edgeIds = (c: { edges: { node: { id: string } }[] }): string[] => c.edges.map((e) => e.node.id);

function params(input: ActorPageInput) {
  return { actorId: input.actorId, asOf: input.asOf, now: new Date().toISOString(), access: input.reader.access };
}

// What separates C from A (round trips counted at the driver, tiny and S runs): the same database work,
// but A is one statement and C is one per field, in three dependent waves.
const WHY =
  'A sends one statement; the API sends about seven (6.8–8.8 counted at the driver at S) in three dependent waves — the actor ' +
  'and the article list; then children, descendantCount, upcomingActions and partnerships (one DataLoader batch each); then ' +
  "the actions' places and the partnerships' parties — each a round trip and a transaction of its own, and Apollo's resolver " +
  'tree costs 8–18 ms of Node CPU per request against 1–2.5 ms for A (in process is as slow as HTTP: not the transport). The ' +
  'database work is the same (same reach walk for the articles, same filters), so the gap is a fixed 10–25 ms per request';

// Arm B: links valid at $at, as an edge filter (the library's relationship properties).
const CURRENT = `{ AND: [{ OR: [{ since: { eq: null } }, { since: { lte: $at } }] }, { OR: [{ until: { eq: null } }, { until: { gt: $at } }] }] }`;

export const Q1: Query<ActorPageInput> = {
  id: 'Q1',
  title: "an actor's page: sub-actors and subtree count, partners, next actions, latest articles",
  inputs(g, readers, n) {
    const random = rng(g.options.seed + 1);
    const offset = (g.options.yearOffset ?? 0) * 365 * DAY;
    const today = new Date(Date.parse(REFERENCE_NOW) + offset).toISOString();
    const past = new Date(Date.parse(PAST) + offset).toISOString();
    const anonymous = readers.find((r) => r.kind === 'anonymous')!;
    const member = readers.find((r) => r.kind === 'member') ?? anonymous;
    const actorIds = new Set(g.actors.map((a) => a.id));
    const publicActors = g.actors.filter((a) => a.props.visibility === 'PUBLIC').map((a) => a.id);
    const busy = g.facts.busyActorIds.slice(0, 30);
    const ownSpaces = member.access.spaceIds.filter((id) => actorIds.has(id));
    // Busy public actors, one in four a random public one.
    const someActor = (k: number) => (k % 4 === 3 ? publicActors[Math.floor(random() * publicActors.length)]! : busy[Math.floor(random() * busy.length)]!);
    const out: ActorPageInput[] = [];
    let anonymousActor = busy[0]!;
    // Readers alternate: anonymous today, member today, anonymous as of the past date (the same actor as
    // the anonymous reading just before), member today.
    for (let i = 0; i < n; i++) {
      const k = Math.floor(i / 4);
      switch (i % 4) {
        case 0:
          anonymousActor = someActor(k);
          out.push({ shape: 'anonymous', actorId: anonymousActor, asOf: today, reader: anonymous });
          break;
        case 2:
          out.push({ shape: 'past', actorId: anonymousActor, asOf: past, reader: anonymous });
          break;
        default: {
          // The member's own actor spaces, one time in three.
          const own = ownSpaces.length > 0 && random() < 1 / 3;
          out.push({ shape: 'member', actorId: own ? ownSpaces[Math.floor(random() * ownSpaces.length)]! : someActor(k + i), asOf: today, reader: member });
        }
      }
    }
    return out;
  },
  variants: (inputs) => [
    { name: 'Q1 anonymous', inputs: inputs.filter((i) => i.shape === 'anonymous') },
    { name: 'Q1 member', inputs: inputs.filter((i) => i.shape === 'member') },
    { name: 'Q1 asOf past', inputs: inputs.filter((i) => i.shape === 'past') },
  ],
  async a(rt, input) {
    const [row] = await rt.db.read((tx) => tx.runText<Page>(ACTOR_PAGE_CYPHER, params(input)));
    if (!row) throw new Error(`arm A: actor ${input.actorId} is not visible to the ${input.reader.kind} reader`);
    return pageResult(row);
  },
  async b(rt, input) {
    const spaceIds = input.reader.access.spaceIds;
    interface Level {
      edges: { node: { id: string; childrenConnection?: Level } }[];
    }
    // The subtree count is three nested levels of children (the library has no variable-length path),
    // counted here; @authorization drops a members-only level and what lies below it, as the API does.
    const data = check(
      await rt.b.execute(
        `query ActorPage($id: ID!, $at: DateTime!) {
          actors(where: { id: { eq: $id } }) {
            childrenConnection(where: { edge: ${CURRENT} }, sort: [{ node: { sortName: ASC } }, { node: { id: ASC } }]) { edges { node { id
              childrenConnection(where: { edge: ${CURRENT} }) { edges { node { id
                childrenConnection(where: { edge: ${CURRENT} }) { edges { node { id } } } } } } } } }
            carriesConnection(where: { edge: ${CURRENT}, node: { startsAt: { gte: $at } } }, sort: [{ node: { startsAt: ASC } }, { node: { id: ASC } }], first: ${PAGE}) {
              edges { node { id startsAt placesConnection(where: { edge: ${CURRENT} }) { edges { node { id } } } } }
            }
            partnershipsConnection(where: { edge: ${CURRENT} }) { edges { node { partiesConnection(where: { edge: ${CURRENT} }) { edges { node { id } } } } } }
          }
          spaceReach(spaceId: $id, at: $at)
        }`,
        { id: input.actorId, at: input.asOf },
        spaceIds,
      ),
      'B',
    );
    const actor = (
      data.actors as {
        childrenConnection: Level;
        carriesConnection: { edges: { node: { id: string; startsAt: string; placesConnection: { edges: { node: { id: string } }[] } } }[] };
        partnershipsConnection: { edges: { node: { partiesConnection: { edges: { node: { id: string } }[] } } }[] };
      }[]
    )[0];
    if (!actor) throw new Error(`arm B: actor ${input.actorId} is not visible to the ${input.reader.kind} reader`);
    const below = new Set<string>();
    const walk = (level: Level | undefined) => level?.edges.forEach((e) => (below.add(e.node.id), walk(e.node.childrenConnection)));
    walk(actor.childrenConnection);
    below.delete(input.actorId);
    // The articles: the reach (a variable-depth walk with a date condition on every hop: the @cypher
    // field spaceReach, shared with Q5), then the library filters, sorts and pages them.
    const reach = data.spaceReach as string[];
    const articles = check(
      await rt.b.execute(
        `query Articles($where: ArticleWhere!) { articles(where: $where, sort: [{ sortAt: DESC }, { id: DESC }], limit: ${PAGE}) { id } }`,
        {
          where: {
            OR: [{ space: { id: { in: reach } } }, { aboutActions: { some: { id: { in: reach } } } }],
            placedByConnection: { none: { node: { id: { eq: input.actorId } }, edge: { placement: { eq: 'HIDDEN' } } } },
          },
        },
        spaceIds,
      ),
      'B',
    );
    return pageResult({
      childIds: edgeIds(actor.childrenConnection),
      descendantCount: below.size,
      actions: actor.carriesConnection.edges.map((e) => ({ id: e.node.id, startsAt: e.node.startsAt, placeIds: edgeIds(e.node.placesConnection) })),
      partnerIds: actor.partnershipsConnection.edges.flatMap((e) => edgeIds(e.node.partiesConnection)).filter((id) => id !== input.actorId),
      articleIds: (articles.articles as { id: string }[]).map((a) => a.id),
    });
  },
  async c(rt, input) {
    const data = check(
      await rt.c.execute(
        `query ActorPage($id: ID!, $asOf: DateTime) {
          actor(id: $id, asOf: $asOf) {
            children(first: 100) { actor { id } }
            descendantCount(depth: ${DEPTH})
            upcomingActions(role: CARRIES, first: ${PAGE}) { action { id startsAt places(first: 100) { place { id } } } }
            partnerships(first: 100) { partnership { parties(first: 10) { actor { id } } } }
          }
          content(kind: ARTICLE, spaceId: $id, first: ${PAGE}, asOf: $asOf) { nodes { id } }
        }`,
        { id: input.actorId, asOf: input.asOf },
        input.reader,
      ),
      'C',
    );
    const actor = data.actor as {
      children: { actor: { id: string } }[];
      descendantCount: number;
      upcomingActions: { action: { id: string; startsAt: string; places: { place: { id: string } }[] } }[];
      partnerships: { partnership: { parties: { actor: { id: string } }[] } }[];
    } | null;
    if (!actor) throw new Error(`arm C: actor ${input.actorId} is not visible to the ${input.reader.kind} reader`);
    return pageResult({
      childIds: actor.children.map((c) => c.actor.id),
      descendantCount: actor.descendantCount,
      actions: actor.upcomingActions.map((l) => ({ id: l.action.id, startsAt: l.action.startsAt, placeIds: l.action.places.map((p) => p.place.id) })),
      partnerIds: actor.partnerships.flatMap((p) => p.partnership.parties.map((x) => x.actor.id)).filter((id) => id !== input.actorId),
      articleIds: (data.content as { nodes: { id: string }[] }).nodes.map((n) => n.id),
    });
  },
  whyMissed: {
    'Q1 anonymous': WHY,
    'Q1 member': WHY,
    'Q1 asOf past': WHY,
  },
  profile(input) {
    return { text: ACTOR_PAGE_CYPHER, params: params(input) };
  },
};
