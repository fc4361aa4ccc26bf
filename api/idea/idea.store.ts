// The idea box of a space: members propose ideas (PROPOSED), comment and vote for them (one vote per
// person, `(:Person)-[:VOTED_FOR {at}]->(idea)`); managers decide where an idea stands.
import { requireRole, type Author } from '../auth/rights.js';
import { createContent, requireContent, updateContent, type ContentRecord } from '../content/content.store.js';
import type { Db } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import type { CreateIdeaInput, IdeaStatus } from '../generated/graphql.js';
import { requireSpace } from '../member/member.store.js';
import { checkName, checkText } from '../shared/validate.js';

const MAX_BODY = 100_000;

export async function createIdea(db: Db, input: CreateIdeaInput, by: Author): Promise<ContentRecord> {
  const props = {
    title: checkName('title', input.title),
    body: checkText('body', input.body, MAX_BODY) ?? null,
    status: 'PROPOSED',
    visibility: input.visibility ?? 'MEMBERS',
  };
  return db.write((tx) => createContent(tx, { kind: 'IDEA', spaceId: input.spaceId, props, minRole: 'MEMBER', what: 'propose ideas' }, by));
}

/** Managers of the idea's space (or above it) decide; the change record keeps the old status. */
export async function setIdeaStatus(db: Db, input: { id: string; status: IdeaStatus }, by: Author): Promise<ContentRecord> {
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'IDEA');
    return updateContent(tx, item, { props: { status: input.status }, minRole: 'MANAGER', what: 'decide on ideas' }, by);
  });
}

/**
 * Votes for an idea (vote true) or withdraws the vote (false). Voting twice leaves one vote; a change
 * record is written only when something changed.
 */
export async function voteForIdea(db: Db, input: { id: string; vote: boolean }, by: Author): Promise<ContentRecord> {
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'IDEA');
    const space = await requireSpace(tx, by, item.spaceId, 'id');
    await requireRole(tx, by, [space], 'MEMBER', `vote for ideas in "${space.name}"`);
    if (!by.personId) throw badInput('id', 'Votes are personal: sign in with your own account to vote.');
    const params = { ideaId: item.id, personId: by.personId, now: by.now };
    const changed = input.vote
      ? ((await tx.run<{ created: boolean }>('idea/add-vote', params))[0]?.created ?? false)
      : ((await tx.run<{ removed: number }>('idea/withdraw-vote', params))[0]?.removed ?? 0) > 0;
    if (changed) {
      await recordChange(tx, {
        op: input.vote ? 'voteForIdea' : 'withdrawVote',
        entityType: 'Idea',
        entityId: item.id,
        before: { vote: !input.vote },
        after: { vote: input.vote },
        personId: by.personId,
        subjectIds: [space.id],
      });
    }
    return item;
  });
}

export interface VoteCount {
  count: number;
  mine: boolean;
}

/** Number of votes on each idea, and whether `personId` voted for it. */
export async function countIdeaVotes(db: Db, ids: readonly string[], personId: string | null): Promise<Map<string, VoteCount>> {
  const rows = await db.query<{ id: string; count: number; mine: boolean }>('idea/count-idea-votes', { ids, personId });
  return new Map(rows.map((r) => [r.id, { count: r.count, mine: r.mine }]));
}
