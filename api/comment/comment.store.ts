// Comments on tasks and ideas: (:Comment {id, body, authorId, createdAt})-[:ON]->(item). Members of the
// item's space comment; the comments are read with the item, oldest first.
import { randomUUID } from 'node:crypto';
import { requireRole, type Author } from '../auth/rights.js';
import { requireContent } from '../content/content.store.js';
import type { Db } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import { requireSpace } from '../member/member.store.js';
import { checkText } from '../shared/validate.js';

const MAX_COMMENT = 20_000;

export interface CommentRecord {
  id: string;
  body: string;
  authorId: string | null;
  createdAt: string;
}

export async function addComment(db: Db, input: { itemId: string; body: string }, by: Author): Promise<CommentRecord> {
  const body = checkText('body', input.body, MAX_COMMENT)!;
  if (body.trim().length === 0) throw badInput('body', 'A comment cannot be empty.');
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.itemId, ['TASK', 'IDEA'], 'itemId');
    const space = await requireSpace(tx, by, item.spaceId, 'itemId');
    await requireRole(tx, by, [space], 'MEMBER', `comment in "${space.name}"`);
    const id = randomUUID();
    const [row] = await tx.run<{ comment: CommentRecord }>('comment/create-comment', { id, itemId: item.id, body, authorId: by.personId, now: by.now });
    await recordChange(tx, { op: 'addComment', entityType: 'Comment', entityId: id, after: { itemId: item.id, body }, personId: by.personId, subjectIds: [space.id] });
    return row!.comment;
  });
}

/** Comments of each item, oldest first. */
export async function listComments(db: Db, ids: readonly string[]): Promise<Map<string, CommentRecord[]>> {
  const rows = await db.query<{ id: string; comments: CommentRecord[] }>('comment/list-comments', { ids });
  return new Map(rows.map((r) => [r.id, r.comments]));
}
