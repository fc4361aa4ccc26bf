// Members-only existence never leaks through a write: an id the caller may not see is answered exactly
// as an id that names nothing. The walk below takes every mutation and every id field of its input from
// the running server's introspection, so a new mutation is covered without editing this file, and
// sends each with hidden ids of every kind and with a random one, as an anonymous visitor, as a
// signed-in outsider and as a publisher with every right on the other ids of the call; the answers must
// be the same, and no message may name anything hidden. Then the reads and routes that take such ids,
// and the other oracles (slugs, types, invitations, what a public item shows of a hidden one).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink } from './factories/links.js';
import { buildPartnership } from './factories/partnerships.js';
import { signedIn, type Someone } from './factories/people.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

/** Every hidden name, title, slug and address carries this mark; no message may contain it. */
const TOKEN = uid();
const MARK = `Cachee${TOKEN}`;
const hiddenName = (what: string) => `${what} ${MARK} ${uid()}`;
const containsMark = (text: string) => text.toLowerCase().includes(MARK.toLowerCase());

type Caller = { label: string; gql: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<unknown>> };

const CONTENT_FIELDS = '{ item { id } }';
const MUTATIONS = {
  page: `mutation($input: CreatePageInput!) { createPage(input: $input) ${CONTENT_FIELDS} }`,
  article: `mutation($input: CreateArticleInput!) { createArticle(input: $input) ${CONTENT_FIELDS} }`,
  announcement: `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) ${CONTENT_FIELDS} }`,
  media: `mutation($input: CreateMediaLinkInput!) { createMediaLink(input: $input) ${CONTENT_FIELDS} }`,
  task: `mutation($input: CreateTaskInput!) { createTask(input: $input) ${CONTENT_FIELDS} }`,
  idea: `mutation($input: CreateIdeaInput!) { createIdea(input: $input) ${CONTENT_FIELDS} }`,
  message: `mutation($input: PostMessageInput!) { postMessage(input: $input) ${CONTENT_FIELDS} }`,
};

/** One item of each kind in `space`, by `who`; `name` makes their titles. */
async function contentOfEachKind(who: Someone, space: Built, name: (what: string) => string, visibility?: 'PUBLIC' | 'MEMBERS') {
  const item = async (kind: keyof typeof MUTATIONS, input: Record<string, unknown>) =>
    Object.values(Object.values(await who.ok<Record<string, { item: { id: string } }>>(MUTATIONS[kind], { input }))[0]!)[0]!.id as string;
  const v = visibility ? { visibility } : {};
  return {
    page: await item('page', { spaceId: space.id, title: name('Page'), body: name('Corps'), ...v }),
    article: await item('article', { spaceId: space.id, title: name('Article'), body: name('Corps'), ...v }),
    announcement: await item('announcement', { spaceId: space.id, type: 'OFFER', title: name('Annonce'), body: name('Corps'), ...v }),
    media: await item('media', { spaceId: space.id, type: 'LINK', url: `https://example.org/${TOKEN}`, title: name('Lien'), visibility: 'PUBLIC' }),
    task: await item('task', { spaceId: space.id, title: name('Tâche') }),
    idea: await item('idea', { spaceId: space.id, title: name('Idée') }),
    message: await item('message', { spaceId: space.id, subject: name('Sujet'), body: name('Message') }),
  };
}

async function membershipOf(who: Someone, space: Built): Promise<string> {
  const data = await who.ok<{ actor: { members: { id: string; person: { id: string } }[] } }>(`query($id: ID!) { actor(id: $id) { members { id person { id } } } }`, { id: space.id });
  return data.actor.members.find((m) => m.person.id === who.personId)!.id;
}

async function requestToJoin(who: Someone, space: Built): Promise<string> {
  const data = await who.ok<{ requestToJoin: { joinRequest: { id: string } } }>(`mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { joinRequest { id } } }`, {
    input: { spaceId: space.id, message: hiddenName('Demande') },
  });
  return data.requestToJoin.joinRequest.id;
}

const START = '2031-03-01T10:00:00.000Z';

type HiddenGroup = 'space' | 'item' | 'membership' | 'invitation' | 'joinRequest' | 'link';

/** What an owner keeps from others: members-only spaces, what is in them, and what only some see. */
interface Hidden {
  owner: Someone;
  ownerPublic: Built;
  actor: Built;
  action: Built;
  partnership: Built;
  /** Id of every hidden thing, by group (what a field may name) and by what it is. */
  ids: Record<HiddenGroup, Record<string, string>>;
}

/** What a publisher may use freely: their own public spaces and items, where they are MANAGER. */
interface Public {
  publisher: Someone;
  actor: Built;
  actor2: Built;
  action: Built;
  place: Built;
  theme: Built;
  partnership: Built;
  proposal: Built;
  items: Awaited<ReturnType<typeof contentOfEachKind>>;
  membership: string;
  joinRequest: string;
}

let hidden: Hidden;
let pub: Public;
let outsider: Someone;

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`;

async function invitationTo(owner: Someone, space: Built, email: string): Promise<string> {
  return (await owner.ok<{ inviteMember: { invitation: { id: string } } }>(INVITE, { input: { spaceId: space.id, role: 'MEMBER', email } })).inviteMember.invitation.id;
}

async function articleIn(who: Someone, space: Built, input: Record<string, unknown>): Promise<string> {
  return (await who.ok<{ createArticle: { item: { id: string } } }>(MUTATIONS.article, { input: { spaceId: space.id, body: hiddenName('Corps'), ...input } })).createArticle.item.id;
}

/** The owner's members-only actor, action and partnership, an item of each kind in them, and what only some see of a public space. */
async function hiddenWorld(owner: Someone, requester: Someone): Promise<Hidden> {
  const [ownerPublic, actor, theme] = await Promise.all([buildActor(owner, { name: `Public ${uid()}` }), buildActor(owner, { name: hiddenName('Acteur'), visibility: 'MEMBERS' }), buildTheme(owner)]);
  // A few at a time: every write takes the audit log's counter, so more in parallel would only queue.
  const [action, partnership, inHidden] = await Promise.all([
    buildAction(owner, { name: hiddenName('Action'), visibility: 'MEMBERS', carriers: [actor], startsAt: START }),
    buildPartnership(owner, { name: hiddenName('Partenariat'), visibility: 'MEMBERS', parties: [actor, ownerPublic] }),
    contentOfEachKind(owner, actor, hiddenName),
  ]);
  const [membersOnlyArticle, futureArticle, invitation, hiddenInvitation] = await Promise.all([
    articleIn(owner, ownerPublic, { title: hiddenName('Réservé'), visibility: 'MEMBERS' }),
    articleIn(owner, ownerPublic, { title: hiddenName('À venir'), publishedAt: '2099-01-01T00:00:00Z' }),
    invitationTo(owner, ownerPublic, `invite-${MARK.toLowerCase()}@test.convergences.local`),
    invitationTo(owner, actor, `autre-${MARK.toLowerCase()}@test.convergences.local`),
  ]);
  const [hiddenMembership, publicMembership, joinRequest, tagged, partOf] = await Promise.all([
    membershipOf(owner, actor),
    membershipOf(owner, ownerPublic),
    requestToJoin(requester, ownerPublic),
    buildLink(owner, 'TAGGED', actor, theme).then((l) => l.id),
    buildLink(owner, 'PART_OF', actor, ownerPublic).then((l) => l.id),
  ]);
  return {
    owner,
    ownerPublic,
    actor,
    action,
    partnership,
    ids: {
      space: { actor: actor.id, action: action.id, partnership: partnership.id },
      item: {
        ...Object.fromEntries(Object.entries(inHidden).map(([k, v]) => [`${k} in a hidden space`, v])),
        'members-only article of a public space': membersOnlyArticle,
        'unpublished article of a public space': futureArticle,
      },
      membership: { 'membership of a hidden space': hiddenMembership, 'membership of a public space': publicMembership },
      invitation: { 'invitation to another address': invitation, 'invitation into a hidden space': hiddenInvitation },
      joinRequest: { 'join request of another person': joinRequest },
      link: { 'link from a hidden actor': tagged, 'link between a hidden and a public actor': partOf },
    },
  };
}

/** The publisher's own public world, to fill every other id of a call with something valid. */
async function publicWorld(publisher: Someone, requester: Someone): Promise<Public> {
  const [actor, actor2, place, theme] = await Promise.all([buildActor(publisher), buildActor(publisher), buildPlace(publisher), buildTheme(publisher)]);
  const [action, partnership] = await Promise.all([buildAction(publisher, { carriers: [actor], startsAt: START }), buildPartnership(publisher, { parties: [actor, actor2] })]);
  const [proposal, items, membership, joinRequest] = await Promise.all([
    publisher
      .ok<{ proposePartnership: { partnership: Built } }>(`mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { partnership { id slug name } } }`, {
        input: { name: `Proposition ${uid()}`, proposerId: actor.id, partnerIds: [actor2.id] },
      })
      .then((d) => d.proposePartnership.partnership),
    contentOfEachKind(publisher, actor, (what) => `${what} ${uid()}`, 'PUBLIC'),
    membershipOf(publisher, actor),
    requestToJoin(requester, actor),
  ]);
  return { publisher, actor, actor2, action, place, theme, partnership, proposal, items, membership, joinRequest };
}

beforeAll(async () => {
  const [owner, publisher, requester, someone] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
  outsider = someone;
  [hidden, pub] = await Promise.all([hiddenWorld(owner, requester), publicWorld(publisher, requester)]);
}, 120_000);

// ---- Introspection: every mutation, every id field --------------------------------------------------

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  types { name kind inputFields { name type { ${TYPE_REF} } } enumValues { name } }
} }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && isList(t.ofType!));
const required = (t: TypeRef) => t.kind === 'NON_NULL';
const render = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${render(t.ofType!)}!` : t.kind === 'LIST' ? `[${render(t.ofType!)}]` : t.name!);

/** The id of every field that holds one, where the value under test is not: valid and usable by the publisher. */
function validIds(typeName: string, field: string): string[] | undefined {
  const byInput: Record<string, string | undefined> = {
    UpdateActorInput: pub.actor.id,
    UpdateActionInput: pub.action.id,
    UpdatePlaceInput: pub.place.id,
    UpdateThemeInput: pub.theme.id,
    UpdatePartnershipInput: pub.partnership.id,
    UpdatePageInput: pub.items.page,
    UpdateArticleInput: pub.items.article,
    UpdateAnnouncementInput: pub.items.announcement,
    UpdateMediaInput: pub.items.media,
    UpdateTaskInput: pub.items.task,
    SetIdeaStatusInput: pub.items.idea,
    VoteForIdeaInput: pub.items.idea,
  };
  const table: Record<string, string[]> = {
    id: [byInput[typeName] ?? pub.actor.id],
    spaceId: [pub.actor.id],
    fromId: [pub.actor.id],
    toId: [pub.actor2.id],
    targetId: [pub.items.article],
    mediaIds: [pub.items.media],
    itemId: [typeName === 'AddCommentInput' ? pub.items.task : pub.items.article],
    actionId: [pub.action.id],
    proposerId: [pub.actor.id],
    partnerIds: [pub.actor2.id],
    partyIds: [pub.actor.id, pub.actor2.id],
    partnershipId: [pub.proposal.id],
    actorId: [pub.actor2.id],
    membershipId: [pub.membership],
    requestId: [pub.joinRequest],
    personId: [pub.publisher.personId],
  };
  return table[field];
}

/** Valid values of required non-id fields the first enum value or a plain string would not satisfy. */
const VALUES: Record<string, unknown> = {
  'CreateMediaLinkInput.type': 'LINK',
  url: 'https://example.org/page',
  email: `essai-${uid()}@test.convergences.local`,
  originalStartsAt: START,
};
/** Optional fields a call needs to reach its lookup, by input type (or `Type.field` under test). */
const EXTRAS: Record<string, Record<string, unknown>> = {
  'PostMessageInput.spaceId': { subject: 'Sujet' },
  UpdateOccurrenceInput: { status: 'CANCELLED' },
};

function scalarValue(t: TypeRef, typeName: string, field: string, types: Map<string, SchemaType>): unknown {
  const n = named(t);
  const explicit = VALUES[`${typeName}.${field}`] ?? VALUES[field];
  let value: unknown;
  if (explicit !== undefined) value = explicit;
  else if (n.kind === 'ENUM') value = types.get(n.name!)!.enumValues![0]!.name;
  else if (n.kind === 'INPUT_OBJECT') value = buildInput(n.name!, null, null, types);
  else if (n.name === 'Boolean') value = true;
  else if (n.name === 'Int') value = 1;
  else if (n.name === 'Float') value = 10;
  else if (n.name === 'DateTime') value = START;
  else if (n.name === 'ID') value = validIds(typeName, field)?.[0] ?? pub.actor.id;
  else value = 'Essai';
  if (isList(t) && n.name === 'ID') return validIds(typeName, field) ?? [value];
  return isList(t) ? [value] : value;
}

/**
 * A minimal valid value of an input type: its required fields, the extras it needs, and at `path` the id
 * under test (`id`; in a list, after the list's first valid id so a call naming several stays valid).
 */
function buildInput(typeName: string, path: string[] | null, id: string | null, types: Map<string, SchemaType>): Record<string, unknown> {
  const type = types.get(typeName)!;
  const out: Record<string, unknown> = { ...EXTRAS[typeName], ...(path && path.length === 1 ? EXTRAS[`${typeName}.${path[0]}`] : {}) };
  for (const f of type.inputFields ?? []) {
    if (path && path[0] === f.name) {
      const n = named(f.type);
      if (path.length > 1) out[f.name] = buildInput(n.name!, path.slice(1), id, types);
      else out[f.name] = isList(f.type) ? [...(validIds(typeName, f.name)?.slice(0, 1) ?? []), id] : id;
    } else if (required(f.type)) {
      out[f.name] = scalarValue(f.type, typeName, f.name, types);
    }
  }
  return out;
}

/** Paths of every ID field of an input type, recursing into input objects. */
function idPaths(typeName: string, types: Map<string, SchemaType>, seen: string[] = []): string[][] {
  if (seen.includes(typeName)) return [];
  const out: string[][] = [];
  for (const f of types.get(typeName)?.inputFields ?? []) {
    const n = named(f.type);
    if (n.name === 'ID') out.push([f.name]);
    else if (n.kind === 'INPUT_OBJECT') for (const p of idPaths(n.name!, types, [...seen, typeName])) out.push([f.name, ...p]);
  }
  return out;
}

interface Call {
  mutation: string;
  /** `arg.field.…` */
  path: string;
  /** The operation and its variables, for an id. */
  request(id: string): { query: string; variables: Record<string, unknown> };
}

function callsOf(mutations: Field[], types: Map<string, SchemaType>): Call[] {
  const calls: Call[] = [];
  for (const m of mutations) {
    const ret = named(m.type);
    const selection = ret.kind === 'OBJECT' || ret.kind === 'INTERFACE' || ret.kind === 'UNION' ? ' { __typename }' : '';
    const decl = m.args.map((a) => `$${a.name}: ${render(a.type)}`).join(', ');
    const query = `mutation(${decl}) { ${m.name}(${m.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
    for (const arg of m.args) {
      const n = named(arg.type);
      const paths = n.name === 'ID' ? [[]] : n.kind === 'INPUT_OBJECT' ? idPaths(n.name!, types) : [];
      for (const path of paths) {
        calls.push({
          mutation: m.name,
          path: [arg.name, ...path].join('.'),
          request: (id) => {
            const variables: Record<string, unknown> = {};
            for (const a of m.args) {
              const an = named(a.type);
              if (a === arg) variables[a.name] = path.length === 0 ? (isList(a.type) ? [id] : id) : buildInput(an.name!, path, id, types);
              else if (required(a.type)) variables[a.name] = an.kind === 'INPUT_OBJECT' ? buildInput(an.name!, null, null, types) : scalarValue(a.type, m.name, a.name, types);
            }
            return { query, variables };
          },
        });
      }
    }
  }
  return calls;
}

/**
 * The hidden ids a field is tried with: those of the kinds it names, by the field's name (a field this
 * table does not know is tried with every hidden id), and always a hidden action and a hidden article,
 * so an id of another kind is tried everywhere too.
 */
const FITTING: Record<string, HiddenGroup[]> = {
  spaceId: ['space'],
  parentIds: ['space'],
  carrierIds: ['space'],
  participantIds: ['space'],
  partyIds: ['space'],
  partnerIds: ['space'],
  proposerId: ['space'],
  actorId: ['space'],
  actionId: ['space'],
  actionIds: ['space'],
  partnershipId: ['space'],
  fromId: ['space'],
  toId: ['space'],
  themeIds: ['space'],
  placeIds: ['space'],
  personId: ['space'],
  assigneeIds: ['space'],
  targetId: ['space', 'item'],
  itemId: ['item'],
  parentId: ['item'],
  coverId: ['item'],
  mediaIds: ['item'],
  membershipId: ['membership'],
  invitationId: ['invitation'],
  requestId: ['joinRequest'],
  linkId: ['link'],
};

function hiddenIdsFor(call: Call): [string, string][] {
  const field = call.path.split('.').pop()!;
  const groups: HiddenGroup[] =
    field === 'id' ? (/^(update(Actor|Action|Partnership|Place|Theme))$/.test(call.mutation) ? ['space'] : /^(update|setIdeaStatus|voteForIdea)/.test(call.mutation) ? ['item'] : (Object.keys(hidden.ids) as HiddenGroup[])) : (FITTING[field] ?? (Object.keys(hidden.ids) as HiddenGroup[]));
  const picked = new Map<string, string>(groups.flatMap((g) => Object.entries(hidden.ids[g])));
  picked.set('action', hidden.ids.space.action!);
  picked.set('article in a hidden space', hidden.ids.item['article in a hidden space']!);
  return [...picked];
}

/** An answer as a client compares it: status, and each error's code, field and message with the id replaced. */
function answerOf(res: GraphQLResponse<unknown>, id: string): string {
  if (!res.errors?.length) return `${res.status} OK`;
  return `${res.status} ${res.errors.map((e) => `${e.extensions?.code} ${e.extensions?.field ?? '-'} ${e.message.split(id).join('<id>')}`).join(' | ')}`;
}

/** Runs `work` over `items`, `width` at a time. */
async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe('every mutation, from introspection', () => {
  it('answers an id the caller may not see exactly as an id that does not exist, and never names it', async () => {
    const schema = (await api.ok<{ __schema: { mutationType: { fields: Field[] }; types: SchemaType[] } }>(INTROSPECTION)).__schema;
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const calls = callsOf(schema.mutationType.fields, types);
    // The walk must see the mutations the issue names, or it would pass by testing nothing.
    const covered = new Set(calls.map((c) => c.mutation));
    for (const m of ['updateActor', 'createLink', 'createAction', 'placeContent', 'attachMedia', 'proposePartnership', 'acceptInvitation', 'postMessage', 'setRecurrence']) expect(covered).toContain(m);
    expect(calls.length).toBeGreaterThan(60);

    const callers: Caller[] = [
      { label: 'anonymous', gql: (q, v) => api.anon(q, v) },
      { label: 'outsider', gql: (q, v) => outsider.gql(q, v) },
      { label: 'publisher', gql: (q, v) => pub.publisher.gql(q, v) },
    ];
    const mismatches: string[] = [];
    const leaks: string[] = [];
    const jobs = calls.flatMap((call) => callers.map((caller) => ({ call, caller })));
    // Three at a time: the other test file running beside this one shares the database.
    await inPool(jobs, 3, async ({ call, caller }) => {
      const random = randomUUID();
      const send = async (id: string) => {
        const { query, variables } = call.request(id);
        const res = await caller.gql(query, variables);
        for (const e of res.errors ?? []) if (containsMark(e.message)) leaks.push(`${caller.label} ${call.mutation} ${call.path}: ${e.message}`);
        return answerOf(res, id);
      };
      const expected = await send(random);
      for (const [what, id] of hiddenIdsFor(call)) {
        const got = await send(id);
        if (got !== expected) mismatches.push(`${caller.label} ${call.mutation}(${call.path} = ${what}): ${got}\n    random id: ${expected}`);
      }
    });
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
  }, 240_000);
});

// ---- Reads and routes that take an id ---------------------------------------------------------------

const cookieOf = (who: Someone) => `cv_session=${encodeURIComponent(who.client.cookie()!)}`;

describe('reads and routes that take an id', () => {
  const readers = (): Caller[] => [
    { label: 'anonymous', gql: (q, v) => api.anon(q, v) },
    { label: 'outsider', gql: (q, v) => outsider.gql(q, v) },
  ];

  it('answers changes(filter: {entityId | subtreeOf}) on a hidden entity as on an unknown one, without its name', async () => {
    for (const reader of readers()) {
      for (const filter of ['entityId', 'subtreeOf']) {
        const query = `query($id: ID) { changes(filter: { ${filter}: $id }) { totalCount } }`;
        const random = randomUUID();
        const expected = answerOf(await reader.gql(query, { id: random }), random);
        expect(expected).toContain('NOT_FOUND');
        for (const id of Object.values(hidden.ids.space)) {
          const res = await reader.gql(query, { id });
          expect(res.errors?.some((e) => containsMark(e.message))).toBe(false);
          expect(answerOf(res, id), `${reader.label} ${filter}`).toBe(expected);
        }
      }
    }
  });

  it('answers content(spaceId:) NOT_FOUND on spaceId, for an unknown space and a hidden one alike', async () => {
    const query = `query($id: ID) { content(kind: ARTICLE, spaceId: $id) { totalCount } }`;
    for (const reader of readers()) {
      const random = randomUUID();
      const unknown = await reader.gql(query, { id: random });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'spaceId' });
      expect(unknown.errors?.[0]?.message).toBe(`No space (actor, action or partnership) has the id "${random}".`);
      for (const id of Object.values(hidden.ids.space)) expect(answerOf(await reader.gql(query, { id }), id)).toBe(answerOf(unknown, random));
    }
    // A visible space still lists.
    expect((await outsider.ok<{ content: { totalCount: number } }>(query, { id: hidden.ownerPublic.id })).content.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('answers POST /media?spaceId= on a hidden space as on an unknown one', async () => {
    const send = async (cookie: string | undefined, spaceId: string) => {
      const res = await fetch(`${api.url}/media?${new URLSearchParams({ spaceId, title: 'Essai' })}`, {
        method: 'POST',
        headers: { 'x-convergences-upload': '1', 'content-type': 'application/octet-stream', ...(cookie ? { cookie } : {}) },
        body: Buffer.from('not really a file'),
      });
      const body = (await res.json()) as { error?: { code: string; message: string; field: string | null } };
      expect(containsMark(body.error?.message ?? '')).toBe(false);
      return `${res.status} ${body.error?.code} ${body.error?.field} ${body.error?.message.split(spaceId).join('<id>')}`;
    };
    for (const cookie of [undefined, cookieOf(outsider), cookieOf(pub.publisher)]) {
      const expected = await send(cookie, randomUUID());
      for (const id of Object.values(hidden.ids.space)) expect(await send(cookie, id)).toBe(expected);
    }
    expect(await send(cookieOf(outsider), hidden.actor.id)).toMatch(/^404 NOT_FOUND spaceId /);
  });
});

// ---- The other oracles -----------------------------------------------------------------------------

const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id slug } } }`;
const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`;

describe('other oracles', () => {
  it('gives a name whose slug a hidden entity holds another slug silently, and refuses that slug asked for without saying whose it is', async () => {
    const made = (await outsider.ok<{ createActor: { actor: { slug: string } } }>(CREATE_ACTOR, { input: { name: hidden.actor.name, kind: 'ASSOCIATION' } })).createActor.actor;
    expect(made.slug).not.toBe(hidden.actor.slug);

    const taken = await outsider.gql(CREATE_ACTOR, { input: { name: `Autre ${uid()}`, kind: 'ASSOCIATION', slug: hidden.actor.slug } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(containsMark(taken.errors![0]!.message)).toBe(false);
    // The same answer as for a slug a public actor holds: nothing tells the two apart.
    const visible = await outsider.gql(CREATE_ACTOR, { input: { name: `Autre ${uid()}`, kind: 'ASSOCIATION', slug: pub.actor.slug } });
    expect(answerOf(taken, hidden.actor.slug)).toBe(answerOf(visible, pub.actor.slug));
  });

  it('answers a hidden id of another type NOT_FOUND, as an unknown id, in one message shape', async () => {
    const random = randomUUID();
    const unknown = await outsider.gql(UPDATE_ACTOR, { input: { id: random, name: 'X' } });
    expect(unknown.errors?.[0]?.message).toBe(`No actor has the id "${random}".`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const otherType = await outsider.gql(UPDATE_ACTOR, { input: { id: hidden.action.id, name: 'X' } });
    expect(answerOf(otherType, hidden.action.id)).toBe(answerOf(unknown, random));
    const actorAsAction = await outsider.gql(UPDATE_ACTION, { input: { id: hidden.actor.id, name: 'X' } });
    expect(actorAsAction.errors?.[0]?.message).toBe(`No action has the id "${hidden.actor.id}".`);
    // In a list too, where the answer used to be "is a action, not a actor".
    const asCarrier = await outsider.gql(`mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`, {
      input: { name: `A ${uid()}`, kind: 'EVENT', carrierIds: [hidden.action.id] },
    });
    expect(asCarrier.errors?.[0]?.message).toBe(`No actor has the id "${hidden.action.id}".`);
    expect(asCarrier.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'carrierIds' });
  });

  it('answers acceptInvitation of an invitation sent to another address NOT_FOUND, as an unknown invitation', async () => {
    const random = randomUUID();
    const unknown = await outsider.gql(ACCEPT, { input: { invitationId: random } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'invitationId' });
    for (const id of Object.values(hidden.ids.invitation)) expect(answerOf(await outsider.gql(ACCEPT, { input: { invitationId: id } }), id)).toBe(answerOf(unknown, random));
  });
});

// ---- What a public item shows of a hidden one, and writes that point at hidden items ---------------------

const ARTICLE = `query($id: ID!) { contentItem(id: $id) { ... on Article { id cover { id title url } media { id title url } actions { id } } } }`;

describe('hidden items behind public ones', () => {
  it('shows a public article’s cover and media only when the reader may see them where they live', async () => {
    const { owner, ownerPublic } = hidden;
    const hiddenMedia = hidden.ids.item['media in a hidden space']!;
    const article = (await owner.ok<{ createArticle: { item: { id: string } } }>(MUTATIONS.article, {
      input: { spaceId: ownerPublic.id, title: `Public ${uid()}`, body: 'Texte', coverId: hiddenMedia },
    })).createArticle.item.id;
    await owner.ok(`mutation($input: AttachMediaInput!) { attachMedia(input: $input) }`, { input: { targetId: article, mediaIds: [hiddenMedia] } });

    const seenByOwner = (await owner.ok<{ contentItem: { cover: { id: string } | null; media: { id: string }[] } }>(ARTICLE, { id: article })).contentItem;
    expect(seenByOwner.cover?.id).toBe(hiddenMedia);
    expect(seenByOwner.media.map((m) => m.id)).toEqual([hiddenMedia]);
    for (const reader of [(q: string, v: Record<string, unknown>) => api.anon(q, v), (q: string, v: Record<string, unknown>) => outsider.gql(q, v)]) {
      const res = await reader(ARTICLE, { id: article });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ contentItem: { id: article, cover: null, media: [], actions: [] } });
      expect(JSON.stringify(res)).not.toContain(TOKEN);
    }
  });

  it('refuses, as NOT_FOUND, writes by someone with every right that point at items they may not see', async () => {
    const p = pub.publisher;
    const hiddenMedia = hidden.ids.item['media in a hidden space']!;
    const hiddenArticle = hidden.ids.item['article in a hidden space']!;
    const expectNotFound = (res: GraphQLResponse<unknown>, field: string) => {
      expect(res.errors?.[0]?.extensions, JSON.stringify(res)).toMatchObject({ code: 'NOT_FOUND', field });
      expect(containsMark(res.errors![0]!.message)).toBe(false);
    };
    expectNotFound(await p.gql(`mutation($input: PlaceContentInput!) { placeContent(input: $input) }`, { input: { spaceId: pub.actor.id, itemId: hiddenArticle, placement: 'FEATURED' } }), 'itemId');
    expectNotFound(await p.gql(`mutation($input: AttachMediaInput!) { attachMedia(input: $input) }`, { input: { targetId: pub.items.article, mediaIds: [hiddenMedia] } }), 'mediaIds');
    expectNotFound(await p.gql(`mutation($input: AttachMediaInput!) { attachMedia(input: $input) }`, { input: { targetId: pub.action.id, mediaIds: [hiddenMedia] } }), 'mediaIds');
    expectNotFound(
      await p.gql(`mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { partnership { id } } }`, {
        input: { name: `P ${uid()}`, proposerId: pub.actor.id, partnerIds: [hidden.actor.id] },
      }),
      'partnerIds',
    );
    const create = (extra: Record<string, unknown>) => p.gql(MUTATIONS.article, { input: { spaceId: pub.actor.id, title: `A ${uid()}`, body: 'Texte', ...extra } });
    expectNotFound(await create({ coverId: hiddenMedia }), 'coverId');
    expectNotFound(await create({ actionIds: [hidden.action.id] }), 'actionIds');
    const update = (extra: Record<string, unknown>) => p.gql(`mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { item { id } } }`, { input: { id: pub.items.article, ...extra } });
    expectNotFound(await update({ coverId: hiddenMedia }), 'coverId');
    expectNotFound(await update({ actionIds: [hidden.action.id] }), 'actionIds');
    // Nothing was written: the article still has no cover, media or actions.
    expect((await p.ok<{ contentItem: unknown }>(ARTICLE, { id: pub.items.article })).contentItem).toEqual({ id: pub.items.article, cover: null, media: [], actions: [] });
  });
});
