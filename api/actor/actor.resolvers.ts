import type { Resolvers } from '../generated/graphql.js';
import { facetLimitOf, facetsOfPage } from '../shared/list.js';
import { authorOf } from '../context.js';
import { byName, byStart, findOne, linkField, readingInstant, treeField } from '../entity/entity.resolvers.js';
import { badInput } from '../errors.js';
import type { ActorRecord } from '../records.js';
import { toInstant } from '../shared/time.js';
import { createActor, listActors, updateActor } from './actor.store.js';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, args, ctx) => findOne<ActorRecord>(ctx, 'Actor', args),
    actors: async (_, args, ctx, info) => {
      const asOf = readingInstant(ctx, args.asOf);
      const page = await listActors(ctx.db, { ...args, asOf, access: ctx.access, facetLimit: facetLimitOf(info) });
      return { ...page, nodes: page.nodes.map((n) => ({ ...n, asOf })) };
    },
  },
  ActorConnection: {
    // Counted by the list's statement when the selection asks for them (facetLimitOf), with the largest `size`.
    facets: (page, { size }) => facetsOfPage(page, size),
  },
  Mutation: {
    createActor: async (_, { input }, ctx) => ({ actor: await createActor(ctx.db, input, authorOf(ctx)) }),
    updateActor: async (_, { input }, ctx) => ({ actor: await updateActor(ctx.db, input, authorOf(ctx)) }),
  },
  Actor: {
    parents: linkField(['PART_OF'], 'OUT', 'Actor'),
    children: linkField(['PART_OF'], 'IN', 'Actor'),
    ancestors: treeField('UP'),
    descendants: treeField('DOWN'),
    descendantCount: async (parent, args, ctx) => {
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > 10) throw badInput('depth', 'depth must be between 1 and 10.');
      return ctx.loaders.descendantCount({ depth: args.depth, asOf: readingInstant(ctx, args.asOf, parent.asOf) }).load(parent.id);
    },
    actions: linkField(['CARRIES', 'TAKES_PART_IN'], 'OUT', 'Action', byStart),
    upcomingActions: async (parent, args, ctx) => {
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) throw badInput('first', 'first must be between 1 and 100.');
      const asOf = readingInstant(ctx, args.asOf, parent.asOf);
      const from = args.from ? toInstant(args.from) : asOf;
      const types = args.role ? [args.role] : (['CARRIES', 'TAKES_PART_IN'] as const);
      const list = await ctx.loaders.upcomingActions({ types: [...types], from, limit: args.first, asOf }).load(parent.id);
      return list.map((l) => ({ ...l, node: { ...l.node, asOf } }));
    },
    places: linkField(['LOCATED_AT'], 'OUT', 'Place'),
    themes: linkField(['TAGGED'], 'OUT', 'Theme'),
    partnerships: linkField(['PARTY_TO'], 'OUT', 'Partnership', byName),
  },
};
