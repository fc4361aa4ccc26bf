// The toolbox of a space — tasks, ideas, messages and comments — through GraphQL over HTTP, by real
// people with real session cookies, against the real Neo4j. Each test builds its own spaces and people.
import { describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildActor } from './factories/actors.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

const ITEM_FIELDS = `id kind visibility author { id } space { ... on Actor { id } }
  ... on Task { title body status dueAt assignees { id } comments { id body bodyHtml author { id } } }
  ... on Idea { title ideaStatus: status voteCount myVote comments { id body author { id } } }
  ... on Message { subject text: body parent { id } thread { id } replies { id } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { item { ${ITEM_FIELDS} } } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { item { ${ITEM_FIELDS} } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body bodyHtml createdAt author { id } } } }`;
const CREATE_IDEA = `mutation($input: CreateIdeaInput!) { createIdea(input: $input) { item { ${ITEM_FIELDS} } } }`;
const SET_IDEA_STATUS = `mutation($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { item { ${ITEM_FIELDS} } } }`;
const VOTE = `mutation($input: VoteForIdeaInput!) { voteForIdea(input: $input) { item { ${ITEM_FIELDS} } } }`;
const POST_MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { item { ${ITEM_FIELDS} } } }`;
const ITEM = `query($id: ID!) { contentItem(id: $id) { ${ITEM_FIELDS} } }`;
const LIST = `query($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter) { content(kind: $kind, spaceId: $spaceId, filter: $filter) { totalCount nodes { id } } }`;
const CHANGES = `query($id: ID!) { changes(filter: { entityId: $id }, first: 100) { nodes { operation entityType entityId before after person { id } } } }`;

interface Item {
  id: string;
  kind: string;
  visibility: string;
  author: { id: string } | null;
  space: { id: string } | null;
  title?: string;
  body?: string | null;
  status?: string;
  dueAt?: string | null;
  assignees?: { id: string }[];
  comments?: { id: string; body: string; bodyHtml?: string; author: { id: string } | null }[];
  ideaStatus?: string;
  voteCount?: number;
  myVote?: boolean;
  subject?: string | null;
  text?: string;
  parent?: { id: string } | null;
  thread?: { id: string } | null;
  replies?: { id: string }[];
}
type Res = GraphQLResponse<unknown>;
type Gql = Pick<Someone, 'gql'>;

function expectRefused(res: Res, code: string, field?: string): void {
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  expect(res.errors![0]!.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0]!.extensions?.field, JSON.stringify(res.errors)).toBe(field);
}

/** A space (an actor) with its manager, an editor, two members and an outsider, each signed in. */
async function team(): Promise<{ space: Built; manager: Someone; editor: Someone; member: Someone; other: Someone; outsider: Someone }> {
  const [manager, editor, member, other, outsider] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
  const space = await buildActor(manager, { name: `Collectif ${uid()}` });
  await addMember(manager, space, editor, 'EDITOR');
  await addMember(manager, space, member, 'MEMBER');
  await addMember(manager, space, other, 'MEMBER');
  return { space, manager, editor, member, other, outsider };
}

async function item(who: Gql, id: string): Promise<Item | null> {
  const res = await who.gql<{ contentItem: Item | null }>(ITEM, { id });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.contentItem;
}

async function list(who: Gql, kind: string, spaceId: string, filter?: Record<string, unknown>): Promise<{ totalCount: number; ids: string[] }> {
  const res = await who.gql<{ content: { totalCount: number; nodes: { id: string }[] } }>(LIST, { kind, spaceId, filter });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { totalCount: res.data!.content.totalCount, ids: res.data!.content.nodes.map((n) => n.id) };
}

async function changes(who: Someone, entityId: string): Promise<{ operation: string; entityType: string; entityId: string; before: string | null; after: string | null; person: { id: string } | null }[]> {
  const data = await who.ok<{ changes: { nodes: { operation: string; entityType: string; entityId: string; before: string | null; after: string | null; person: { id: string } | null }[] } }>(CHANGES, {
    id: entityId,
  });
  return data.changes.nodes;
}

async function createTask(who: Gql, input: Record<string, unknown>): Promise<GraphQLResponse<{ createTask: { item: Item } }>> {
  return who.gql<{ createTask: { item: Item } }>(CREATE_TASK, { input: { title: `Tâche ${uid()}`, ...input } });
}

async function task(who: Gql, input: Record<string, unknown>): Promise<Item> {
  const res = await createTask(who, input);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.createTask.item;
}

async function idea(who: Gql, input: Record<string, unknown>): Promise<Item> {
  const res = await who.gql<{ createIdea: { item: Item } }>(CREATE_IDEA, { input: { title: `Idée ${uid()}`, ...input } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.createIdea.item;
}

async function post(who: Gql, input: Record<string, unknown>): Promise<Item> {
  const res = await who.gql<{ postMessage: { item: Item } }>(POST_MESSAGE, { input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.postMessage.item;
}

describe('tasks', () => {
  it('lets a member add a task, members-only by default, with assignees in order', async () => {
    const { space, manager, member } = await team();
    const created = await task(member, { spaceId: space.id, body: 'Réserver **la salle**', dueAt: '2031-05-01', assigneeIds: [member.personId, manager.personId] });
    expect(created).toMatchObject({ kind: 'TASK', visibility: 'MEMBERS', status: 'TODO', author: { id: member.personId }, space: { id: space.id }, dueAt: '2031-04-30T22:00:00.000Z' });
    expect(created.assignees!.map((p) => p.id)).toEqual([member.personId, manager.personId]);
    expect(created.comments).toEqual([]);
    expect((await list(manager, 'TASK', space.id)).ids).toContain(created.id);
    expect((await item(manager, created.id))?.title).toBe(created.title);
  });

  it('hides members-only tasks from anonymous visitors and outsiders, counts included', async () => {
    const { space, member, outsider } = await team();
    const created = await task(member, { spaceId: space.id });
    const anonList = await api.anon<{ content: { totalCount: number } }>(LIST, { kind: 'TASK', spaceId: space.id });
    expect(anonList.data!.content.totalCount).toBe(0);
    expect((await api.anon<{ contentItem: Item | null }>(ITEM, { id: created.id })).data!.contentItem).toBeNull();
    expect((await list(outsider, 'TASK', space.id)).totalCount).toBe(0);
    expect(await item(outsider, created.id)).toBeNull();
    const open = await task(member, { spaceId: space.id, visibility: 'PUBLIC' });
    expect((await api.anon<{ contentItem: Item | null }>(ITEM, { id: open.id })).data!.contentItem?.id).toBe(open.id);
  });

  it('refuses tasks to outsiders (FORBIDDEN) and to anonymous visitors (UNAUTHENTICATED)', async () => {
    const { space, outsider } = await team();
    expectRefused(await createTask(outsider, { spaceId: space.id }), 'FORBIDDEN');
    expectRefused(await api.anon(CREATE_TASK, { input: { spaceId: space.id, title: 'Anonyme' } }), 'UNAUTHENTICATED');
  });

  it('assigns members only, on creation and on change', async () => {
    const { space, manager, member, outsider } = await team();
    expectRefused(await createTask(member, { spaceId: space.id, assigneeIds: [member.personId, outsider.personId] }), 'BAD_USER_INPUT', 'assigneeIds');
    const created = await task(member, { spaceId: space.id });
    expectRefused(await member.gql(UPDATE_TASK, { input: { id: created.id, assigneeIds: [outsider.personId] } }), 'BAD_USER_INPUT', 'assigneeIds');
    const changed = await member.ok<{ updateTask: { item: Item } }>(UPDATE_TASK, { input: { id: created.id, assigneeIds: [manager.personId] } });
    expect(changed.updateTask.item.assignees!.map((p) => p.id)).toEqual([manager.personId]);
  });

  it('lets the author, an assignee and editors change a task, not other members', async () => {
    const { space, manager, editor, member, other, outsider } = await team();
    const assignee = await signedIn(api);
    await addMember(manager, space, assignee, 'MEMBER');
    const created = await task(member, { spaceId: space.id, assigneeIds: [assignee.personId] });

    expectRefused(await other.gql(UPDATE_TASK, { input: { id: created.id, status: 'DONE' } }), 'FORBIDDEN');
    expectRefused(await outsider.gql(UPDATE_TASK, { input: { id: created.id, status: 'DONE' } }), 'NOT_FOUND', 'id');
    // A members-only task does not exist for anonymous visitors either.
    expectRefused(await api.anon(UPDATE_TASK, { input: { id: created.id, status: 'DONE' } }), 'NOT_FOUND', 'id');

    const started = await assignee.ok<{ updateTask: { item: Item } }>(UPDATE_TASK, { input: { id: created.id, status: 'IN_PROGRESS' } });
    expect(started.updateTask.item.status).toBe('IN_PROGRESS');
    const retitled = await member.ok<{ updateTask: { item: Item } }>(UPDATE_TASK, { input: { id: created.id, title: 'Nouveau titre', dueAt: null } });
    expect(retitled.updateTask.item).toMatchObject({ title: 'Nouveau titre', status: 'IN_PROGRESS', dueAt: null });
    const done = await editor.ok<{ updateTask: { item: Item } }>(UPDATE_TASK, { input: { id: created.id, status: 'DONE' } });
    expect(done.updateTask.item.status).toBe('DONE');

    expect((await list(member, 'TASK', space.id, { taskStatuses: ['DONE'] })).ids).toContain(created.id);
    expect((await list(member, 'TASK', space.id, { taskStatuses: ['TODO'] })).ids).not.toContain(created.id);

    const statusChanges = (await changes(manager, space.id))
      .filter((c) => c.operation === 'updateTask' && c.entityId === created.id && c.after?.includes('status'))
      .map((c) => [JSON.parse(c.before!).status, JSON.parse(c.after!).status, c.person?.id]);
    expect(statusChanges).toEqual([
      ['IN_PROGRESS', 'DONE', editor.personId],
      ['TODO', 'IN_PROGRESS', assignee.personId],
    ]);
  });
});

describe('comments', () => {
  it('lets members comment on tasks and ideas, oldest first, with a change record each', async () => {
    const { space, manager, member, other } = await team();
    const created = await task(member, { spaceId: space.id });
    const first = await other.ok<{ addComment: { comment: { id: string; body: string; bodyHtml: string; author: { id: string } } } }>(ADD_COMMENT, {
      input: { itemId: created.id, body: 'Je peux *aider*' },
    });
    expect(first.addComment.comment).toMatchObject({ body: 'Je peux *aider*', author: { id: other.personId } });
    expect(first.addComment.comment.bodyHtml).toContain('<em>aider</em>');
    const second = await member.ok<{ addComment: { comment: { id: string } } }>(ADD_COMMENT, { input: { itemId: created.id, body: 'Merci !' } });
    expect((await item(manager, created.id))!.comments!.map((c) => c.id)).toEqual([first.addComment.comment.id, second.addComment.comment.id]);

    const proposed = await idea(member, { spaceId: space.id });
    await manager.ok(ADD_COMMENT, { input: { itemId: proposed.id, body: 'À étudier' } });
    expect((await item(member, proposed.id))!.comments!.map((c) => c.body)).toEqual(['À étudier']);

    const recorded = (await changes(manager, space.id)).filter((c) => c.operation === 'addComment');
    expect(recorded.map((c) => c.entityId)).toEqual(expect.arrayContaining([first.addComment.comment.id, second.addComment.comment.id]));
    expect(recorded.every((c) => c.entityType === 'Comment')).toBe(true);
  });

  it('refuses comments from outsiders and anonymous visitors, and on items that are not tasks or ideas', async () => {
    const { space, member, outsider } = await team();
    const hidden = await task(member, { spaceId: space.id });
    const open = await task(member, { spaceId: space.id, visibility: 'PUBLIC' });
    expectRefused(await outsider.gql(ADD_COMMENT, { input: { itemId: hidden.id, body: 'Bonjour' } }), 'NOT_FOUND', 'itemId');
    expectRefused(await outsider.gql(ADD_COMMENT, { input: { itemId: open.id, body: 'Bonjour' } }), 'FORBIDDEN');
    expectRefused(await api.anon(ADD_COMMENT, { input: { itemId: open.id, body: 'Bonjour' } }), 'UNAUTHENTICATED');
    expectRefused(await member.gql(ADD_COMMENT, { input: { itemId: open.id, body: '   ' } }), 'BAD_USER_INPUT', 'body');
    const thread = await post(member, { spaceId: space.id, subject: 'Sujet', body: 'Texte' });
    expectRefused(await member.gql(ADD_COMMENT, { input: { itemId: thread.id, body: 'Bonjour' } }), 'NOT_FOUND', 'itemId');
    expect((await item(member, open.id))!.comments).toEqual([]);
  });
});

describe('ideas', () => {
  it('lets members propose ideas, members-only by default, and managers alone decide', async () => {
    const { space, manager, editor, member, outsider } = await team();
    const proposed = await idea(member, { spaceId: space.id, body: 'Un composteur partagé' });
    expect(proposed).toMatchObject({ kind: 'IDEA', ideaStatus: 'PROPOSED', visibility: 'MEMBERS', voteCount: 0, myVote: false, author: { id: member.personId } });
    expectRefused(await outsider.gql(CREATE_IDEA, { input: { spaceId: space.id, title: 'Non' } }), 'FORBIDDEN');
    expectRefused(await api.anon(CREATE_IDEA, { input: { spaceId: space.id, title: 'Non' } }), 'UNAUTHENTICATED');

    expectRefused(await member.gql(SET_IDEA_STATUS, { input: { id: proposed.id, status: 'ADOPTED' } }), 'FORBIDDEN');
    expectRefused(await editor.gql(SET_IDEA_STATUS, { input: { id: proposed.id, status: 'ADOPTED' } }), 'FORBIDDEN');
    for (const status of ['STUDIED', 'ADOPTED']) {
      const decided = await manager.ok<{ setIdeaStatus: { item: Item } }>(SET_IDEA_STATUS, { input: { id: proposed.id, status } });
      expect(decided.setIdeaStatus.item.ideaStatus).toBe(status);
    }
    expect((await list(member, 'IDEA', space.id, { ideaStatuses: ['ADOPTED'] })).ids).toContain(proposed.id);
    expect((await list(member, 'IDEA', space.id, { ideaStatuses: ['PROPOSED', 'DECLINED'] })).ids).not.toContain(proposed.id);
    const anonList = await api.anon<{ content: { totalCount: number } }>(LIST, { kind: 'IDEA', spaceId: space.id });
    expect(anonList.data!.content.totalCount).toBe(0);
    expect((await api.anon<{ contentItem: Item | null }>(ITEM, { id: proposed.id })).data!.contentItem).toBeNull();

    const decisions = (await changes(manager, space.id)).filter((c) => c.operation === 'updateIdea' && c.entityId === proposed.id);
    expect(decisions.map((c) => JSON.parse(c.after!).status)).toEqual(['ADOPTED', 'STUDIED']);
  });

  it('counts one vote per person and lets a voter withdraw it', async () => {
    const { space, manager, member, other, outsider } = await team();
    const proposed = await idea(member, { spaceId: space.id, visibility: 'PUBLIC' });
    for (let i = 0; i < 2; i += 1) {
      const voted = await other.ok<{ voteForIdea: { item: Item } }>(VOTE, { input: { id: proposed.id, vote: true } });
      expect(voted.voteForIdea.item).toMatchObject({ voteCount: 1, myVote: true });
    }
    await manager.ok(VOTE, { input: { id: proposed.id, vote: true } });
    expect(await item(member, proposed.id)).toMatchObject({ voteCount: 2, myVote: false });
    const withdrawn = await other.ok<{ voteForIdea: { item: Item } }>(VOTE, { input: { id: proposed.id, vote: false } });
    expect(withdrawn.voteForIdea.item).toMatchObject({ voteCount: 1, myVote: false });
    expect(await item(manager, proposed.id)).toMatchObject({ voteCount: 1, myVote: true });

    expectRefused(await outsider.gql(VOTE, { input: { id: proposed.id, vote: true } }), 'FORBIDDEN');
    expectRefused(await api.anon(VOTE, { input: { id: proposed.id, vote: true } }), 'UNAUTHENTICATED');
    const hidden = await idea(member, { spaceId: space.id });
    expectRefused(await outsider.gql(VOTE, { input: { id: hidden.id, vote: true } }), 'NOT_FOUND', 'id');
    expect((await item(member, proposed.id))!.voteCount).toBe(1);

    const votes = (await changes(manager, space.id)).filter((c) => c.entityId === proposed.id && ['voteForIdea', 'withdrawVote'].includes(c.operation));
    expect(votes.map((c) => c.operation)).toEqual(['withdrawVote', 'voteForIdea', 'voteForIdea']);
  });
});

describe('messages', () => {
  it('starts threads with a subject; replies inherit the space and the thread', async () => {
    const { space, manager, member, other } = await team();
    const starter = await post(member, { spaceId: space.id, subject: 'Assemblée générale', body: 'Quelle date ?' });
    expect(starter).toMatchObject({ kind: 'MESSAGE', visibility: 'MEMBERS', subject: 'Assemblée générale', parent: null, thread: { id: starter.id }, replies: [] });
    const first = await post(manager, { parentId: starter.id, body: 'Le 12 ?' });
    expect(first).toMatchObject({ space: { id: space.id }, subject: null, parent: { id: starter.id }, thread: { id: starter.id }, visibility: 'MEMBERS' });
    const second = await post(other, { parentId: first.id, body: 'Le 12 me va.' });
    expect(second).toMatchObject({ parent: { id: first.id }, thread: { id: starter.id } });
    const third = await post(member, { parentId: starter.id, body: 'Alors le 12.' });

    expect((await item(other, starter.id))!.replies!.map((r) => r.id)).toEqual([first.id, second.id, third.id]);
    expect((await item(other, first.id))!.replies!.map((r) => r.id)).toEqual([second.id]);
    expect((await list(member, 'MESSAGE', space.id)).totalCount).toBe(4);
    const anonList = await api.anon<{ content: { totalCount: number } }>(LIST, { kind: 'MESSAGE', spaceId: space.id });
    expect(anonList.data!.content.totalCount).toBe(0);
    expect((await api.anon<{ contentItem: Item | null }>(ITEM, { id: second.id })).data!.contentItem).toBeNull();
    const recorded = (await changes(manager, space.id)).filter((c) => c.operation === 'createMessage').map((c) => c.entityId);
    expect(recorded).toEqual(expect.arrayContaining([starter.id, first.id, second.id, third.id]));
  });

  it('refuses threads without a subject, ambiguous posts, outsiders and anonymous visitors', async () => {
    const { space, member, outsider } = await team();
    const starter = await post(member, { spaceId: space.id, subject: 'Sujet', body: 'Texte' });
    expectRefused(await member.gql(POST_MESSAGE, { input: { spaceId: space.id, body: 'Sans sujet' } }), 'BAD_USER_INPUT', 'subject');
    expectRefused(await member.gql(POST_MESSAGE, { input: { spaceId: space.id, subject: 'x'.repeat(201), body: 'Trop long' } }), 'BAD_USER_INPUT', 'subject');
    expectRefused(await member.gql(POST_MESSAGE, { input: { spaceId: space.id, parentId: starter.id, body: 'Les deux' } }), 'BAD_USER_INPUT', 'spaceId');
    expectRefused(await member.gql(POST_MESSAGE, { input: { parentId: starter.id, subject: 'Re', body: 'Sujet en trop' } }), 'BAD_USER_INPUT', 'subject');
    expectRefused(await outsider.gql(POST_MESSAGE, { input: { spaceId: space.id, subject: 'Intrus', body: 'Bonjour' } }), 'FORBIDDEN');
    expectRefused(await outsider.gql(POST_MESSAGE, { input: { parentId: starter.id, body: 'Bonjour' } }), 'NOT_FOUND', 'parentId');
    expectRefused(await api.anon(POST_MESSAGE, { input: { spaceId: space.id, subject: 'Anonyme', body: 'Bonjour' } }), 'UNAUTHENTICATED');
    expectRefused(await api.anon(POST_MESSAGE, { input: { parentId: starter.id, body: 'Bonjour' } }), 'NOT_FOUND', 'parentId');
    expect((await item(member, starter.id))!.replies).toEqual([]);
  });
});
