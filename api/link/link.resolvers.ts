import type { Resolvers } from '../generated/graphql.js';
import { createLink, endLink } from './link.store.js';

export const linkResolvers: Resolvers = {
  Mutation: {
    createLink: async (_, { input }, ctx) => ({ link: await createLink(ctx.db, input, ctx.now) }),
    endLink: async (_, { input }, ctx) => ({ link: await endLink(ctx.db, input, ctx.now) }),
  },
  Link: {
    type: (l) => l.type as never,
  },
};
