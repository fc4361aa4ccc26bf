// The partnership handshake's mutations, and the Partnership fields it adds: status and invitations.
import { requestLoader } from '../comment/toolbox.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { answerPartnership, listPartnershipInvitations, proposePartnership, type HandshakeRecord, type PartyRecord } from './partnership.handshake.js';

export const partnershipHandshakeResolvers: Resolvers = {
  Mutation: {
    proposePartnership: async (_, { input }, ctx) => ({ partnership: await proposePartnership(ctx.db, input, authorOf(ctx)) }),
    answerPartnership: async (_, { input }, ctx) => ({ partnership: await answerPartnership(ctx.db, input, authorOf(ctx)) }),
  },
  Partnership: {
    // Partnerships created directly (createPartnership) have no status: they are active from the start.
    status: (p) => (p as HandshakeRecord).status ?? 'ACTIVE',
    invitations: (p, _, ctx: Context) =>
      requestLoader(ctx, 'partnershipInvitations', async (ids) => {
        const found = await listPartnershipInvitations(ctx.db, ids);
        return ids.map((id) => found.get(id) ?? []);
      }).load(p.id) as never,
  },
  PartnershipParty: {
    actor: (party, _, ctx) => ctx.loaders.entity.load((party as unknown as PartyRecord).actorId) as never,
  },
};
