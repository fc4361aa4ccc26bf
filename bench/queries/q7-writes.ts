// Q7, writes, as the member (a manager): create an action linked to its parent action, a place and two
// themes; publish an article in an actor the member manages; end a PART_OF link by its id.
//
// Every call writes new nodes or ends its own link, so the arms never collide: names carry the arm and a
// counter, and links to end come from a pool prepared per input outside the timed part. The gate does
// not compare what each arm answers (generated ids differ) but what the database holds afterwards, read
// back by one fixed statement for every arm (the read-back is inside each timed call, the same cost in
// every arm, through a Db of its own so arm A's round trips count only its write).
//
// What each arm does:
// - A: one statement per write, in one transaction: the rights check (the member's current MANAGER or
//   EDITOR MEMBER_OF on the space or on a space above it through current PART_OF links, as
//   cypher/auth/get-effective-roles), the same nodes, relationships and properties as the stores
//   (cypher/entity/create-entity, member/create-membership, link/create-links, content/create-content,
//   content/set-content-links, link/end-link), a free slug, and the change records with their ABOUT
//   relationships (cypher/change/record-change), numbered from the change counter.
// - B: @neo4j/graphql's generated createActionWrites / createArticleWrites / updateActionWrites with
//   nested `connect` and edge properties (types ActionWrite, ArticleWrite in bench/arms/neo4j-graphql.ts).
//   It does NOT check rights (the rule walks PART_OF ancestors and memberships; @authorization can only
//   compare with JWT claims), writes NO change record, does not look for a free slug (the unique
//   constraint would refuse a taken one) and takes ids, sortName and searchText from the client.
// - C: the API's own mutations: createAction (parentIds, placeIds, themeIds in one call), createArticle,
//   endLink (by the link's id alone).
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { Db } from '../../api/db/driver.js';
import { foldText, searchTextOf, slugify } from '../../api/shared/slug.js';
import { wallClockStart } from '../../api/shared/time.js';
import { rng } from '../generate.js';
import { check, isoOf, type ArmRuntime, type Query, type Reader } from './types.js';

type WriteKind = 'action' | 'article' | 'endLink';

export interface WriteInput {
  kind: WriteKind;
  reader: Reader;
  /** Name (or title) shared by every arm's copy; each call appends its arm and a counter. */
  name: string;
  prefix: string;
  /** Parent festival of the new action, or of the links to end: created by the member in prepare(). */
  parentId: string | null;
  placeId: string;
  themeIds: string[];
  startsAt: string;
  endsAt: string;
  /** Space the article is posted in: an actor the member manages. */
  spaceId: string;
  /** Start of the prepared links, and the end each arm gives the one it ends. */
  linkSince: string;
  until: string;
  /** Current PART_OF links (child action → parentId) not ended yet; every call ends its own. */
  pool: { linkId: string; childId: string }[];
}

/** Links prepared per input: enough for the gate (4 arms) and the timing at --reps 3 (about 50 calls per input). */
const POOL = 64;
const TIME_ZONE = 'Europe/Paris';
let calls = 0;

/** A name no other call uses: the input's, the arm and a counter (names become slugs). */
const nameFor = (input: WriteInput, arm: string) => `${input.name} ${arm}${++calls}`;
/** Drops the arm-and-counter suffix again, so every arm's read-back compares equal. */
const baseName = (name: string) => name.replace(/ [ABC]\d+$/, '');

// ---------------------------------------------------------------------------------------------
// The read-back: one fixed statement per kind, the same for every arm.

const readDbs = new WeakMap<Driver, Db>();
function readDb(rt: ArmRuntime): Db {
  let db = readDbs.get(rt.db.driver);
  if (!db) readDbs.set(rt.db.driver, (db = new Db(rt.db.driver, 'neo4j', 60_000)));
  return db;
}

const READ_ACTION = `
MATCH (a:Action:Entity {id: $id})
RETURN a.name AS name, a.visibility AS visibility, a.kind AS kind, a.status AS status, a.startsAt AS startsAt, a.endsAt AS endsAt,
  a.slug =~ '[a-z0-9]+(-[a-z0-9]+)*' AS slugOk, keys(a) AS keys,
  COLLECT { MATCH (a)-[r:PART_OF]->(p:Action) WHERE r.until IS NULL RETURN p.id ORDER BY p.id } AS parentIds,
  COLLECT { MATCH (a)-[r:LOCATED_AT]->(p:Place) WHERE r.until IS NULL RETURN p.id ORDER BY p.id } AS placeIds,
  COLLECT { MATCH (a)-[r:TAGGED]->(t:Theme) WHERE r.until IS NULL RETURN t.id ORDER BY t.id } AS themeIds,
  COLLECT { MATCH (a)-[r]->() RETURN keys(r) AS k } AS linkKeys,
  COLLECT { MATCH (a)<-[m:MEMBER_OF]-(:Person {id: $personId}) WHERE m.until IS NULL RETURN {role: m.role, keys: keys(m)} AS m } AS memberships`;

const READ_ARTICLE = `
MATCH (c:Content {id: $id})-[:IN_SPACE]->(s:Entity)
RETURN s.id AS spaceId, c.kind AS kind, c.title AS title, c.visibility AS visibility, keys(c) AS keys, labels(c) AS labels,
  COLLECT { MATCH (c)-[t:TAGGED]->(th:Theme) RETURN th.id + '@' + toString(t.position) AS x ORDER BY x } AS themes,
  // Listed for the space: what cypher/content/list-content keeps for an item posted in the space.
  EXISTS {
    MATCH (s)<-[:IN_SPACE]-(x:Content {kind: 'ARTICLE'})
    WHERE x = c AND x.spaceId = s.id AND x.visibility = 'PUBLIC' AND x.sortAt <= datetime()
  } AS listed`;

const READ_LINK = `
MATCH (:Action:Entity {id: $fromId})-[r:PART_OF]->(:Action:Entity {id: $toId})
WHERE r.id = $linkId
RETURN r.until AS until, keys(r) AS keys`;

async function readBack(rt: ArmRuntime, input: WriteInput, id: string): Promise<unknown> {
  const db = readDb(rt);
  if (input.kind === 'action') {
    const [row] = await db.read((tx) => tx.runText<Record<string, unknown>>(READ_ACTION, { id, personId: input.reader.personId }));
    if (!row) throw new Error(`Q7: the created action ${id} is not in the database`);
    return {
      total: 1,
      name: baseName(String(row.name)),
      visibility: row.visibility,
      kind: row.kind,
      status: row.status,
      startsAt: isoOf(row.startsAt),
      endsAt: isoOf(row.endsAt),
      slugOk: row.slugOk,
      keys: [...(row.keys as string[])].sort(),
      parentIds: row.parentIds,
      placeIds: row.placeIds,
      themeIds: row.themeIds,
      linkKeys: [...new Set((row.linkKeys as string[][]).map((k) => [...k].sort().join(',')))].sort(),
      memberships: (row.memberships as { role: string; keys: string[] }[]).map((m) => `${m.role} (${[...m.keys].sort().join(',')})`).sort(),
    };
  }
  const [row] = await db.read((tx) => tx.runText<Record<string, unknown>>(READ_ARTICLE, { id }));
  if (!row) throw new Error(`Q7: the published article ${id} is not in the database`);
  return {
    total: 1,
    spaceId: row.spaceId,
    kind: row.kind,
    title: baseName(String(row.title)),
    visibility: row.visibility,
    keys: [...(row.keys as string[])].sort(),
    labels: [...(row.labels as string[])].sort(),
    themes: row.themes,
    listed: row.listed,
  };
}

async function readLink(rt: ArmRuntime, input: WriteInput, link: { linkId: string; childId: string }): Promise<unknown> {
  const [row] = await readDb(rt).read((tx) => tx.runText<{ until: string | null; keys: string[] }>(READ_LINK, { ...link, fromId: link.childId, toId: input.parentId }));
  if (!row) throw new Error(`Q7: the link ${link.linkId} is gone`);
  return { total: 1, until: row.until === null ? null : isoOf(row.until), keys: [...row.keys].sort() };
}

// ---------------------------------------------------------------------------------------------
// Links to end: PART_OF links from small shows to the input's festival, made outside the timed part.

const ADD_LINKS = `
MATCH (parent:Action:Entity {id: $parentId})
UNWIND $children AS ch
CREATE (a:Action:Entity {id: ch.id})
SET a += ch.props, a.createdAt = datetime($now), a.updatedAt = datetime($now)
CREATE (a)-[r:PART_OF]->(parent)
SET r.id = ch.linkId, r.since = datetime($since), r.createdAt = datetime()`;

async function addLinks(rt: ArmRuntime, input: WriteInput, n: number): Promise<void> {
  const children = Array.from({ length: n }, () => {
    const id = randomUUID();
    const name = `${input.prefix} q7 show ${id.slice(0, 8)}`;
    return {
      id,
      linkId: randomUUID(),
      props: {
        name,
        slug: `${input.prefix}-q7-show-${id}`,
        sortName: foldText(name),
        kind: 'SHOW',
        status: 'SCHEDULED',
        allDay: false,
        timeZone: TIME_ZONE,
        visibility: 'PUBLIC',
        createdBy: input.reader.personId,
        searchText: searchTextOf('entity', { name }),
      },
    };
  });
  await rt.db.write((tx) => tx.runText(ADD_LINKS, { parentId: input.parentId, children, now: new Date().toISOString(), since: input.linkSince }));
  input.pool.push(...children.map((c) => ({ linkId: c.linkId, childId: c.id })));
}

/** This call's own current link (the pool is refilled, inside the timed call, only past POOL calls per input). */
async function takeLink(rt: ArmRuntime, input: WriteInput): Promise<{ linkId: string; childId: string }> {
  if (input.pool.length === 0) await addLinks(rt, input, POOL);
  return input.pool.pop()!;
}

// ---------------------------------------------------------------------------------------------
// Arm A: hand-written Cypher, one statement per write.

/** The member holds MANAGER or EDITOR on space `s` or on a space above it (current PART_OF links). */
const MAY_EDIT = (s: string) => `EXISTS {
  MATCH (${s}) (()-[pr:PART_OF]->() WHERE (pr.since IS NULL OR pr.since <= datetime()) AND (pr.until IS NULL OR pr.until > datetime())){0,10} (x)<-[m:MEMBER_OF]-(me)
  WHERE (m.until IS NULL OR m.until > datetime()) AND m.role IN ['MANAGER', 'EDITOR']
}`;

/**
 * Change records numbered from the counter (locked by its SET, as cypher/change/record-change does),
 * each ABOUT its subjects: a unit subquery over the list variable `changes`.
 */
const RECORD_CHANGES = `CALL (changes) {
  MERGE (counter:Counter {name: 'change'})
  ON CREATE SET counter.value = 0
  SET counter.value = counter.value + size(changes)
  WITH counter.value - size(changes) AS base
  UNWIND range(0, size(changes) - 1) AS i
  WITH base + i + 1 AS seq, changes[i] AS ch
  CREATE (rec:Change {seq: seq, at: datetime(), op: ch.op, entityType: ch.entityType, entityId: ch.entityId, personId: $personId, before: ch.before, after: ch.after})
  WITH rec, ch
  UNWIND ch.subjectIds AS subjectId
  MATCH (e:Entity {id: subjectId})
  CREATE (rec)-[:ABOUT]->(e)
}`;

export const CREATE_ACTION_CYPHER = `
MATCH (me:Person {id: $personId})
MATCH (parent:Action:Entity {id: $parentId})
WHERE ${MAY_EDIT('parent')}
MATCH (place:Place:Entity {id: $placeId})
CALL () {
  UNWIND range(0, size($themeIds) - 1) AS i
  MATCH (t:Theme:Entity {id: $themeIds[i]})
  WITH i, t ORDER BY i
  RETURN collect(t) AS themes
}
WITH me, parent, place, themes WHERE size(themes) = size($themeIds)
CALL () {
  MATCH (x:Action) WHERE x.slug IN $slugs
  RETURN collect(x.slug) AS taken
}
CREATE (a:Action:Entity {id: $id})
SET a += $props, a.slug = head([s IN $slugs WHERE NOT s IN taken]), a.startsAt = datetime($startsAt), a.endsAt = datetime($endsAt),
  a.createdAt = datetime($now), a.updatedAt = datetime($now)
CREATE (me)-[:MEMBER_OF {id: $membershipId, role: 'MANAGER', since: datetime($now)}]->(a)
CREATE (a)-[pr:PART_OF {id: $linkIds[0], since: datetime($since), createdAt: datetime()}]->(parent)
CREATE (a)-[lr:LOCATED_AT {id: $linkIds[1], since: datetime($since), createdAt: datetime()}]->(place)
WITH a, themes
CALL (a, themes) {
  UNWIND range(0, size(themes) - 1) AS i
  WITH a, i, themes[i] AS t
  CREATE (a)-[:TAGGED {id: $linkIds[2 + i], since: datetime($since), createdAt: datetime()}]->(t)
}
WITH DISTINCT a.id AS id, a.slug AS slug, $changes AS changes
${RECORD_CHANGES}
RETURN id, slug`;

export const PUBLISH_ARTICLE_CYPHER = `
MATCH (me:Person {id: $personId})
MATCH (s:Entity {id: $spaceId})
WHERE (s:Actor OR s:Action OR s:Partnership) AND ${MAY_EDIT('s')}
CALL () {
  UNWIND range(0, size($themeIds) - 1) AS i
  MATCH (t:Theme:Entity {id: $themeIds[i]})
  WITH i, t ORDER BY i
  RETURN collect(t) AS themes
}
WITH s, themes WHERE size(themes) = size($themeIds)
CREATE (c:Content:Article {id: $id})-[:IN_SPACE]->(s)
SET c += $props, c.publishedAt = datetime($publishedAt), c.spaceId = s.id, c.createdAt = datetime($now), c.updatedAt = datetime($now)
SET c.sortAt = coalesce(c.publishedAt, c.createdAt)
WITH c, themes
CALL (c, themes) {
  UNWIND range(0, size(themes) - 1) AS i
  WITH c, i, themes[i] AS t
  CREATE (c)-[:TAGGED {position: i}]->(t)
}
WITH DISTINCT c.id AS id, $changes AS changes
${RECORD_CHANGES}
RETURN id`;

/** Ending a PART_OF link by its id: the link must be current, the member EDITOR on either end. */
export const END_LINK_CYPHER = `
MATCH (me:Person {id: $personId})
MATCH (from:Entity)-[r:PART_OF]->(to:Entity)
WHERE r.id = $linkId AND (r.until IS NULL OR r.until > datetime()) AND (r.since IS NULL OR datetime($until) > r.since)
  AND (${MAY_EDIT('from')} OR ${MAY_EDIT('to')})
SET r.until = datetime($until)
WITH DISTINCT r.id AS id, [{op: 'endLink', entityType: 'Link', entityId: r.id, before: $before, after: $after,
  subjectIds: [from.id, to.id]}] AS changes
${RECORD_CHANGES}
RETURN id`;

const slugCandidates = (name: string) => {
  const base = slugify(name);
  return [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`), `${base}-${randomUUID().slice(0, 8)}`];
};

function actionProps(input: WriteInput, name: string, personId: string) {
  return {
    name,
    kind: 'SHOW',
    status: 'SCHEDULED',
    startsAt: input.startsAt,
    // The wall-clock start the API keeps beside the instant (docs/agenda.md).
    startsAtLocal: wallClockStart(input.startsAt, new Date(input.startsAt).toISOString(), TIME_ZONE),
    endsAt: input.endsAt,
    allDay: false,
    timeZone: TIME_ZONE,
    visibility: 'PUBLIC',
    sortName: foldText(name),
    createdBy: personId,
    searchText: searchTextOf('entity', { name }),
  };
}

const ARTICLE_BODY = 'Le programme de la saison, les horaires et les inscriptions.';

function articleProps(title: string, personId: string) {
  return { title, body: ARTICLE_BODY, visibility: 'PUBLIC', kind: 'ARTICLE', authorId: personId, searchText: searchTextOf('content', { title, body: ARTICLE_BODY }) };
}

async function armA(rt: ArmRuntime, input: WriteInput): Promise<unknown> {
  const personId = input.reader.personId!;
  const now = new Date().toISOString();
  if (input.kind === 'action') {
    const name = nameFor(input, 'A');
    const id = randomUUID();
    const membershipId = randomUUID();
    const linkIds = Array.from({ length: 2 + input.themeIds.length }, () => randomUUID());
    const props = actionProps(input, name, personId);
    const ends = [input.parentId!, input.placeId, ...input.themeIds];
    const types = ['PART_OF', 'LOCATED_AT', ...input.themeIds.map(() => 'TAGGED')];
    const changes = [
      { op: 'createAction', entityType: 'Action', entityId: id, before: null, after: JSON.stringify({ name, kind: props.kind, status: props.status, startsAt: props.startsAt, startsAtLocal: props.startsAtLocal, endsAt: props.endsAt, allDay: false, timeZone: TIME_ZONE, visibility: 'PUBLIC' }), subjectIds: [id] },
      { op: 'createMembership', entityType: 'Membership', entityId: membershipId, before: null, after: JSON.stringify({ personId, role: 'MANAGER' }), subjectIds: [id] },
      ...linkIds.map((linkId, i) => ({
        op: 'createLink',
        entityType: 'Link',
        entityId: linkId,
        before: null,
        after: JSON.stringify({ type: types[i], fromId: id, toId: ends[i], since: now, until: null }),
        subjectIds: [id, ends[i]],
      })),
    ];
    const { startsAt, endsAt, ...stored } = props;
    const params = { personId, parentId: input.parentId, placeId: input.placeId, themeIds: input.themeIds, slugs: slugCandidates(name), id, props: stored, startsAt, endsAt, now, since: now, membershipId, linkIds, changes };
    const rows = await rt.db.write((tx) => tx.runText<{ id: string; slug: string }>(CREATE_ACTION_CYPHER, params));
    if (!rows[0]) throw new Error('arm A: refused (no right on the parent, or an end is missing)');
    return readBack(rt, input, rows[0].id);
  }
  if (input.kind === 'article') {
    const title = nameFor(input, 'A');
    const id = randomUUID();
    const props = articleProps(title, personId);
    const changes = [
      { op: 'createArticle', entityType: 'Article', entityId: id, before: null, after: JSON.stringify({ title, summary: null, body: ARTICLE_BODY, visibility: 'PUBLIC', publishedAt: now, themes: input.themeIds }), subjectIds: [input.spaceId] },
    ];
    const rows = await rt.db.write((tx) => tx.runText<{ id: string }>(PUBLISH_ARTICLE_CYPHER, { personId, spaceId: input.spaceId, themeIds: input.themeIds, id, props, publishedAt: now, now, changes }));
    if (!rows[0]) throw new Error('arm A: refused (no right in the space, or a theme is missing)');
    return readBack(rt, input, id);
  }
  const link = await takeLink(rt, input);
  // The record names the link's type, ends and dates, as the API's does (the pool's links are current).
  const state = { type: 'PART_OF', fromId: link.childId, toId: input.parentId, since: input.linkSince };
  const rows = await rt.db.write((tx) =>
    tx.runText<{ id: string }>(END_LINK_CYPHER, { personId, linkId: link.linkId, until: input.until, before: JSON.stringify({ ...state, until: null }), after: JSON.stringify({ ...state, until: input.until }) }),
  );
  if (!rows[0]) throw new Error('arm A: refused (no right on either end, the link has ended, or until is before since)');
  return readLink(rt, input, link);
}

// ---------------------------------------------------------------------------------------------
// Arm B: @neo4j/graphql's generated mutations (no rights check, no change record: see the header).

async function armB(rt: ArmRuntime, input: WriteInput): Promise<unknown> {
  const personId = input.reader.personId!;
  const spaceIds = input.reader.access.spaceIds;
  const now = new Date().toISOString();
  const edge = () => ({ id: randomUUID(), since: now, createdAt: now });
  if (input.kind === 'action') {
    const name = nameFor(input, 'B');
    const id = randomUUID();
    const slug = slugify(name);
    const data = check(
      await rt.b.execute(
        `mutation CreateAction($input: [ActionWriteCreateInput!]!) { createActionWrites(input: $input) { actionWrites { id } } }`,
        {
          input: [
            {
              id,
              slug,
              ...actionProps(input, name, personId),
              createdAt: now,
              updatedAt: now,
              parents: { connect: [{ where: { node: { id: { eq: input.parentId } } }, edge: edge() }] },
              places: { connect: [{ where: { node: { id: { eq: input.placeId } } }, edge: edge() }] },
              themes: { connect: input.themeIds.map((t) => ({ where: { node: { id: { eq: t } } }, edge: edge() })) },
              members: { connect: [{ where: { node: { id: { eq: personId } } }, edge: { id: randomUUID(), role: 'MANAGER', since: now } }] },
            },
          ],
        },
        spaceIds,
      ),
      'B',
    );
    const created = (data.createActionWrites as { actionWrites: { id: string }[] }).actionWrites[0];
    if (!created) throw new Error('arm B: nothing created');
    return readBack(rt, input, created.id);
  }
  if (input.kind === 'article') {
    const title = nameFor(input, 'B');
    const id = randomUUID();
    const data = check(
      await rt.b.execute(
        `mutation Publish($input: [ArticleWriteCreateInput!]!) { createArticleWrites(input: $input) { articleWrites { id } } }`,
        {
          input: [
            {
              id,
              ...articleProps(title, personId),
              publishedAt: now,
              sortAt: now,
              spaceId: input.spaceId,
              createdAt: now,
              updatedAt: now,
              space: { connect: [{ where: { node: { id: { eq: input.spaceId } } } }] },
              themes: { connect: input.themeIds.map((t, position) => ({ where: { node: { id: { eq: t } } }, edge: { position } })) },
            },
          ],
        },
        spaceIds,
      ),
      'B',
    );
    const created = (data.createArticleWrites as { articleWrites: { id: string }[] }).articleWrites[0];
    if (!created) throw new Error('arm B: nothing created');
    return readBack(rt, input, created.id);
  }
  // The library updates a relationship only from one of its nodes: the client names the child action
  // (the API and arm A need the link's id alone).
  const link = await takeLink(rt, input);
  check(
    await rt.b.execute(
      `mutation End($childId: ID!, $linkId: ID!, $until: DateTime!) {
        updateActionWrites(where: { id: { eq: $childId } }, update: { parents: [{ update: { where: { edge: { id: { eq: $linkId }, until: { eq: null } } }, edge: { until: { set: $until } } } }] }) { actionWrites { id } }
      }`,
      { childId: link.childId, linkId: link.linkId, until: input.until },
      spaceIds,
    ),
    'B',
  );
  return readLink(rt, input, link);
}

// ---------------------------------------------------------------------------------------------
// Arm C: the API's mutations.

async function armC(rt: ArmRuntime, input: WriteInput): Promise<unknown> {
  if (input.kind === 'action') {
    const data = check(
      await rt.c.execute(
        `mutation CreateAction($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`,
        {
          input: {
            name: nameFor(input, 'C'),
            kind: 'SHOW',
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            visibility: 'PUBLIC',
            parentIds: [input.parentId],
            placeIds: [input.placeId],
            themeIds: input.themeIds,
          },
        },
        input.reader,
      ),
      'C',
    );
    return readBack(rt, input, (data.createAction as { action: { id: string } }).action.id);
  }
  if (input.kind === 'article') {
    const data = check(
      await rt.c.execute(
        `mutation Publish($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`,
        { input: { spaceId: input.spaceId, title: nameFor(input, 'C'), body: ARTICLE_BODY, visibility: 'PUBLIC', themeIds: input.themeIds } },
        input.reader,
      ),
      'C',
    );
    return readBack(rt, input, (data.createArticle as { item: { id: string } }).item.id);
  }
  const link = await takeLink(rt, input);
  check(
    await rt.c.execute(`mutation End($input: EndLinkInput!) { endLink(input: $input) { link { id until } } }`, { input: { linkId: link.linkId, until: input.until } }, input.reader),
    'C',
  );
  return readLink(rt, input, link);
}

const COMMON =
  'Every change record takes the lock on the one change counter, which serialises concurrent writes (c8) in A and C alike; B writes no change record and checks no rights, so it is not the fair floor. Over HTTP, C also resolves the session and the reader\'s spaces (2 more statements) before the mutation.';
const WHY: Record<string, string> = {
  'Q7 create action': `the API sends 17 statements in the transaction where A sends one: one lookup of the parent, place and themes, a free slug, the node, its change record, the creator's membership and its change record, then per link a rights check (effective roles), a duplicate check and for PART_OF a cycle check, the links, and their change records (one statement since 2026-11-29). ${COMMON}`,
  'Q7 publish article': `the API sends 6 statements where A sends one: the space, the author's effective roles, the themes, the item, its theme links, its change record. ${COMMON}`,
  'Q7 end link': `the API sends 4 statements where A sends one: the link by id across the nine link types (a UNION of index seeks), effective roles on one end (and the other when the first refuses), the end, the change record. ${COMMON}`,
};

export const Q7: Query<WriteInput> = {
  id: 'Q7',
  title: 'writes: create an action with its parent, place and themes; publish an article; end a link',
  inputs(g, readers, n) {
    const member = readers.find((r) => r.kind === 'member');
    if (!member?.personId || member.managedSpaceIds.length === 0) throw new Error('Q7 needs a member who manages an actor');
    const random = rng(g.options.seed + 7);
    const dated = g.actions.filter((a) => a.props.rrule === null);
    const kinds: WriteKind[] = ['action', 'article', 'endLink'];
    const out: WriteInput[] = [];
    for (let i = 0; i < n; i++) {
      const kind = kinds[i % 3]!;
      const model = dated[Math.floor(random() * dated.length)]!;
      const first = g.themes[Math.floor(random() * g.themes.length)]!;
      let second = g.themes[Math.floor(random() * g.themes.length)]!;
      if (second.id === first.id) second = g.themes[(g.themes.indexOf(first) + 1) % g.themes.length]!;
      const since = Date.parse(model.startsAt) - 30 * 86_400_000;
      out.push({
        kind,
        reader: member,
        name: `${g.options.prefix} q7 ${kind === 'article' ? 'article' : 'show'} ${i}`,
        prefix: g.options.prefix,
        parentId: null,
        placeId: g.places[Math.floor(random() * g.places.length)]!.id,
        themeIds: [first.id, second.id],
        startsAt: model.startsAt,
        endsAt: model.endsAt,
        spaceId: member.managedSpaceIds[i % member.managedSpaceIds.length]!,
        linkSince: new Date(since).toISOString(),
        until: new Date(since + 60 * 86_400_000).toISOString(),
        pool: [],
      });
    }
    return out;
  },
  /** The member creates the parent festival through the API (so they manage it), then the links to end. */
  async prepare(rt, input) {
    if (input.kind === 'article' || input.parentId) return;
    const data = check(
      await rt.c.execute(
        `mutation Festival($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`,
        { input: { name: `${input.name} festival`, kind: 'FESTIVAL', visibility: 'PUBLIC' } },
        input.reader,
      ),
      'C (prepare)',
    );
    input.parentId = (data.createAction as { action: { id: string } }).action.id;
    if (input.kind === 'endLink') await addLinks(rt, input, POOL);
  },
  variants: (inputs) => [
    { name: 'Q7 create action', inputs: inputs.filter((i) => i.kind === 'action') },
    { name: 'Q7 publish article', inputs: inputs.filter((i) => i.kind === 'article') },
    { name: 'Q7 end link', inputs: inputs.filter((i) => i.kind === 'endLink') },
  ],
  a: armA,
  b: armB,
  c: armC,
  whyMissed: WHY,
};
