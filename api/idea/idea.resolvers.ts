// Ideas: proposing, deciding, voting, and the Idea type (shared content fields, votes, comments).
import { commentsField } from '../comment/comment.resolvers.js';
import { requestLoader } from '../comment/toolbox.js';
import { contentItemFields } from '../content/content.resolvers.js';
import type { ContentRecord } from '../content/content.store.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { countIdeaVotes, createIdea, setIdeaStatus, voteForIdea, type VoteCount } from './idea.store.js';

function votes(c: ContentRecord, ctx: Context): Promise<VoteCount> {
  return requestLoader(ctx, 'ideaVotes', async (ids) => {
    const found = await countIdeaVotes(ctx.db, ids, ctx.viewer.personId);
    return ids.map((id) => found.get(id) ?? { count: 0, mine: false });
  }).load(c.id);
}

export const ideaResolvers: Resolvers = {
  Mutation: {
    createIdea: async (_, { input }, ctx) => ({ item: (await createIdea(ctx.db, input, authorOf(ctx))) as never }),
    setIdeaStatus: async (_, { input }, ctx) => ({ item: (await setIdeaStatus(ctx.db, input, authorOf(ctx))) as never }),
    voteForIdea: async (_, { input }, ctx) => ({ item: (await voteForIdea(ctx.db, input, authorOf(ctx))) as never }),
  },
  Idea: {
    ...contentItemFields,
    voteCount: async (c: ContentRecord, _: unknown, ctx: Context) => (await votes(c, ctx)).count,
    myVote: async (c: ContentRecord, _: unknown, ctx: Context) => (await votes(c, ctx)).mine,
    comments: commentsField,
  } as never,
};
