// Tasks of a space's task list: members add them, the author, the assignees and the space's editors
// change them. Stored as content items (kind TASK) with ASSIGNED_TO links to people, in order.
import { effectiveRoles, requireRole, type Author, type Role } from '../auth/rights.js';
import { createContent, requireContent, updateContent, type ContentRecord } from '../content/content.store.js';
import type { Db, Tx } from '../db/driver.js';
import { badInput } from '../errors.js';
import type { CreateTaskInput, UpdateTaskInput } from '../generated/graphql.js';
import { requireSpace } from '../member/member.store.js';
import { checkName, checkText, instant } from '../shared/validate.js';

const MAX_BODY = 100_000;
const MAX_ASSIGNEES = 50;

/** Every assignee must hold a current role (own or inherited) in the task's space. */
async function checkAssignees(tx: Tx, spaceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length > MAX_ASSIGNEES) throw badInput('assigneeIds', `A task has ${MAX_ASSIGNEES} assignees at most.`);
  if (new Set(ids).size !== ids.length) throw badInput('assigneeIds', 'assigneeIds lists the same person twice.');
  for (const personId of ids) {
    const role = (await effectiveRoles(tx, personId, [spaceId])).get(spaceId);
    if (!role) throw badInput('assigneeIds', `assigneeIds: "${personId}" is not a member of the task's space; only its members can be assigned.`);
  }
}

function title(value: string | null | undefined): string | undefined {
  if (value === null) throw badInput('title', 'title cannot be removed.');
  return checkName('title', value);
}

export async function createTask(db: Db, input: CreateTaskInput, by: Author): Promise<ContentRecord> {
  const props = {
    title: title(input.title),
    body: checkText('body', input.body, MAX_BODY) ?? null,
    status: 'TODO',
    dueAt: instant(input.dueAt),
    visibility: input.visibility ?? 'MEMBERS',
  };
  return db.write(async (tx) => {
    // Rights before the assignees, so an outsider learns nothing about the space's members.
    const space = await requireSpace(tx, by, input.spaceId);
    await requireRole(tx, by, [space], 'MEMBER', `add tasks in "${space.name}"`);
    const assignees = input.assigneeIds ?? [];
    await checkAssignees(tx, space.id, assignees);
    return createContent(tx, { kind: 'TASK', spaceId: space.id, props, links: { assignees }, minRole: 'MEMBER', what: 'add tasks' }, by);
  });
}

/** Person ids assigned to each task, in order. */
export async function listTaskAssignees(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.query<{ id: string; personIds: string[] }>('task/list-task-assignees', { ids });
  return new Map(rows.map((r) => [r.id, r.personIds]));
}

/**
 * Changes a task. Its author and its assignees may, while they are members of its space; otherwise
 * EDITOR or higher there. A status change is one of the changed fields of the change record.
 */
export async function updateTask(db: Db, input: UpdateTaskInput, by: Author): Promise<ContentRecord> {
  const props: Record<string, unknown> = {};
  if (input.title !== undefined) props.title = title(input.title);
  if (input.body !== undefined) props.body = checkText('body', input.body, MAX_BODY);
  if (input.status != null) props.status = input.status;
  else if (input.status === null) throw badInput('status', 'status cannot be removed.');
  if (input.dueAt !== undefined) props.dueAt = instant(input.dueAt);
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'TASK');
    const assigned = (await listTaskAssigneesInTx(tx, item.id)).includes(by.personId ?? '');
    const own = by.personId !== null && (item.authorId === by.personId || assigned);
    const minRole: Role = own ? 'MEMBER' : 'EDITOR';
    const space = await requireSpace(tx, by, item.spaceId, 'id');
    await requireRole(tx, by, [space], minRole, own ? `change your tasks in "${space.name}"` : `change others' tasks in "${space.name}" (their author and assignees may too)`);
    if (input.assigneeIds != null) await checkAssignees(tx, item.spaceId, input.assigneeIds);
    else if (input.assigneeIds === null) throw badInput('assigneeIds', 'Give an empty list to remove every assignee.');
    return updateContent(tx, item, { props, links: input.assigneeIds ? { assignees: input.assigneeIds } : {}, minRole, what: 'change tasks' }, by);
  });
}

async function listTaskAssigneesInTx(tx: Tx, id: string): Promise<string[]> {
  const [row] = await tx.run<{ personIds: string[] }>('task/list-task-assignees', { ids: [id] });
  return row?.personIds ?? [];
}
