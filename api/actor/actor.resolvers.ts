import type { Resolvers } from '../generated/graphql.js';
import { authorOf } from '../context.js';
import { byName, byStart, findOne, linkField, readingInstant, treeField } from '../entity/entity.resolvers.js';
import type { ActorRecord } from '../records.js';
import { createActor, listActors, updateActor } from './actor.store.js';

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_, args, ctx) => findOne<ActorRecord>(ctx, 'Actor', args),
    actors: async (_, args, ctx) => {
      const asOf = readingInstant(ctx, args.asOf);
      const page = await listActors(ctx.db, { ...args, asOf, access: ctx.access });
      return { ...page, nodes: page.nodes.map((n) => ({ ...n, asOf })) };
    },
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
    actions: linkField(['CARRIES', 'TAKES_PART_IN'], 'OUT', 'Action', byStart),
    places: linkField(['LOCATED_AT'], 'OUT', 'Place'),
    themes: linkField(['TAGGED'], 'OUT', 'Theme'),
    partnerships: linkField(['PARTY_TO'], 'OUT', 'Partnership', byName),
  },
};
