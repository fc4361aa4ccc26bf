// Ideas: proposing, deciding, voting, and the Idea type (shared content fields, votes, comments).
import { commentsField } from '../comment/comment.resolvers.js';
import { contentItemFields } from '../content/content.resolvers.js';
import { authorOf } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { createIdea, setIdeaStatus, voteForIdea } from './idea.store.js';

export const ideaResolvers: Resolvers = {
  Mutation: {
    createIdea: async (_, { input }, ctx) => ({ item: await createIdea(ctx.db, input, authorOf(ctx)) }),
    setIdeaStatus: async (_, { input }, ctx) => ({ item: await setIdeaStatus(ctx.db, input, authorOf(ctx)) }),
    voteForIdea: async (_, { input }, ctx) => ({ item: await voteForIdea(ctx.db, input, authorOf(ctx)) }),
  },
  Idea: {
    ...contentItemFields,
    voteCount: async (c, _, ctx) => (await ctx.loaders.ideaVotes.load(c.id)).count,
    myVote: async (c, _, ctx) => (await ctx.loaders.ideaVotes.load(c.id)).mine,
    comments: commentsField,
  },
};
