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
    // Ends are read again with the reader's access: being allowed to end a link to a members-only
    // space does not make its members-only fields (or itself) visible.
    from: (l, _, ctx) => ctx.loaders.entity.load(l.from.id) as never,
    to: (l, _, ctx) => ctx.loaders.entity.load(l.to.id) as never,
  },
};
