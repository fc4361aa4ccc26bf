import type { Resolvers } from '../generated/graphql.js';
import { authorOf } from '../context.js';
import { byStart, findOne, linkField, readingInstant } from '../entity/entity.resolvers.js';
import type { PartnershipRecord } from '../records.js';
import { createPartnership, listPartnerships, updatePartnership } from './partnership.store.js';

export const partnershipResolvers: Resolvers = {
  Query: {
    partnership: (_, args, ctx) => findOne<PartnershipRecord>(ctx, 'Partnership', args),
    partnerships: async (_, args, ctx) => {
      const asOf = readingInstant(ctx, args.asOf);
      const page = await listPartnerships(ctx.db, { ...args, asOf, access: ctx.access });
      return { ...page, nodes: page.nodes.map((n) => ({ ...n, asOf })) };
    },
  },
  Mutation: {
    createPartnership: async (_, { input }, ctx) => ({ partnership: await createPartnership(ctx.db, input, authorOf(ctx)) }),
    updatePartnership: async (_, { input }, ctx) => ({ partnership: await updatePartnership(ctx.db, input, authorOf(ctx)) }),
  },
  Partnership: {
    parties: linkField(['PARTY_TO'], 'IN', 'Actor'),
    actions: linkField(['CONCERNS'], 'OUT', 'Action', byStart),
    themes: linkField(['TAGGED'], 'OUT', 'Theme'),
  },
};
