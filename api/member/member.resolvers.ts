import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { langOf } from '../mail/templates.js';
import { loadSpace } from '../entity/entity.resolvers.js';
import type { BaseRecord } from '../records.js';
import { acceptInvitation, answerJoinRequest, changeMemberRole, endMembership, inviteMember, listInvitationsFor, listMembershipsOf, requestToJoin } from './member.store.js';

/** Member lists show to the space's members and to managers/editors above it (RULES.readMembersOnly). */
function canSeeMembers(ctx: Context, spaceId: string): boolean {
  return ctx.access.isAdmin || ctx.access.spaceIds.includes(spaceId);
}

const spaceFields = {
  members: async (s: BaseRecord, _: unknown, ctx: Context) => (canSeeMembers(ctx, s.id) ? ctx.loaders.members.load(s.id) : []),
  myRole: (s: BaseRecord, _: unknown, ctx: Context) => (ctx.viewer.isAdmin ? 'MANAGER' : ctx.loaders.myRoles.load(s.id)),
};

export const memberResolvers: Resolvers = {
  Mutation: {
    inviteMember: (_, { input }, ctx) => inviteMember(ctx.db, { ...input, lang: input.lang ? langOf(input.lang) : undefined }, authorOf(ctx), ctx.mail),
    acceptInvitation: async (_, { input }, ctx) => ({ membership: await acceptInvitation(ctx.db, input, authorOf(ctx)) }),
    requestToJoin: async (_, { input }, ctx) => ({ joinRequest: await requestToJoin(ctx.db, input, authorOf(ctx)) }),
    answerJoinRequest: async (_, { input }, ctx) => ({ joinRequest: await answerJoinRequest(ctx.db, input, authorOf(ctx)) }),
    changeMemberRole: async (_, { input }, ctx) => ({ membership: await changeMemberRole(ctx.db, input, authorOf(ctx)) }),
    endMembership: async (_, { input }, ctx) => ({ membership: await endMembership(ctx.db, input, authorOf(ctx)) }),
  },
  Actor: spaceFields,
  Action: spaceFields,
  Partnership: spaceFields,
  Space: { __resolveType: (s) => s.__typename },
  Me: {
    memberships: (me, _, ctx) => listMembershipsOf(ctx.db, me.id),
    invitations: (me, _, ctx) => listInvitationsFor(ctx.db, me.id),
  },
  Membership: {
    person: async (m, _, ctx) => (await ctx.loaders.people.load(m.personId))!,
    space: (m, _, ctx) => loadSpace(ctx, m.spaceId),
  },
  Invitation: {
    space: (i, _, ctx) => loadSpace(ctx, i.spaceId),
  },
  JoinRequest: {
    person: async (j, _, ctx) => (await ctx.loaders.people.load(j.personId))!,
    space: (j, _, ctx) => loadSpace(ctx, j.spaceId),
  },
};
