// The discussion of a space: threads of messages. A message posted with a spaceId starts a thread (it
// has a subject); one posted with a parentId answers that message, in its space and its thread
// (`threadId`, `parentId` on the node, and a REPLY_TO link to the parent). Messages are always
// members-only: a discussion is internal to the space, so no visibility is asked for.
import type { Author } from '../auth/rights.js';
import type { Access } from '../auth/access.js';
import { createContent, requireContent, toContentRecord, type ContentRecord } from '../content/content.store.js';
import type { Db } from '../db/driver.js';
import { badInput } from '../errors.js';
import type { PostMessageInput } from '../generated/graphql.js';
import { checkName, checkText } from '../shared/validate.js';

const MAX_BODY = 100_000;

function body(value: string): string {
  const text = checkText('body', value, MAX_BODY)!;
  if (text.trim().length === 0) throw badInput('body', 'A message cannot be empty.');
  return text;
}

export async function postMessage(db: Db, input: PostMessageInput, by: Author): Promise<ContentRecord> {
  if ((input.spaceId == null) === (input.parentId == null)) {
    throw badInput('spaceId', 'Give a spaceId to start a thread, or a parentId to answer a message (one of them).');
  }
  const text = body(input.body);
  if (input.spaceId != null) {
    if (input.subject == null) throw badInput('subject', 'A new thread needs a subject (1 to 200 characters).');
    const subject = checkName('subject', input.subject);
    return db.write((tx) =>
      createContent(tx, { kind: 'MESSAGE', spaceId: input.spaceId!, props: { subject, body: text, visibility: 'MEMBERS' }, minRole: 'MEMBER', what: 'start threads' }, by),
    );
  }
  if (input.subject != null) throw badInput('subject', 'A reply has no subject of its own: it takes its thread’s.');
  return db.write(async (tx) => {
    const parent = await requireContent(tx, by, input.parentId!, 'MESSAGE', 'parentId');
    const threadId = (parent.threadId as string | null | undefined) ?? parent.id;
    const reply = await createContent(
      tx,
      { kind: 'MESSAGE', spaceId: parent.spaceId, props: { body: text, visibility: 'MEMBERS', threadId, parentId: parent.id }, minRole: 'MEMBER', what: 'answer messages' },
      by,
    );
    await tx.run('message/link-reply', { id: reply.id, parentId: parent.id });
    return reply;
  });
}

/** For a thread starter, every message of its thread; for a reply, its direct answers; oldest first, visible ones only. */
export async function listMessageReplies(db: Db, ids: readonly string[], access: Access, now: string): Promise<Map<string, ContentRecord[]>> {
  const rows = await db.query<{ id: string; replies: Record<string, unknown>[] }>('message/list-message-replies', { ids, access, now });
  return new Map(rows.map((r) => [r.id, r.replies.map(toContentRecord)]));
}
