// The partnership handshake's mutations, and the Partnership fields it adds: status and invitations.
import { authorOf } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { answerPartnership, proposePartnership } from './partnership.handshake.js';

export const partnershipHandshakeResolvers: Resolvers = {
  Mutation: {
    proposePartnership: async (_, { input }, ctx) => ({ partnership: await proposePartnership(ctx.db, input, authorOf(ctx)) }),
    answerPartnership: async (_, { input }, ctx) => ({ partnership: await answerPartnership(ctx.db, input, authorOf(ctx)) }),
  },
  Partnership: {
    // Partnerships created directly (createPartnership) have no status: they are active from the start.
    status: (p) => p.status ?? 'ACTIVE',
    invitations: (p, _, ctx) => ctx.loaders.partnershipInvitations.load(p.id),
  },
  PartnershipParty: {
    actor: async (party, _, ctx) => {
      const found = await ctx.loaders.entity.load(party.actorId);
      return found?.__typename === 'Actor' ? found : null;
    },
  },
};
