import type { Resolvers } from '../generated/graphql.js';
import { authorOf } from '../context.js';
import { createLink, endLink } from './link.store.js';

export const linkResolvers: Resolvers = {
  Mutation: {
    createLink: async (_, { input }, ctx) => ({ link: await createLink(ctx.db, input, authorOf(ctx)) }),
    endLink: async (_, { input }, ctx) => ({ link: await endLink(ctx.db, input, authorOf(ctx)) }),
  },
  Link: {
    type: (l) => l.type as never,
  },
};
