import type { Resolvers } from '../generated/graphql.js';
import { facetLimitOf, facetsOfPage } from '../shared/list.js';
import { authorOf } from '../context.js';
import { byStart, findOne, linkField, readingInstant, treeField } from '../entity/entity.resolvers.js';
import type { ActionRecord } from '../records.js';
import { createAction, listActions, updateAction } from './action.store.js';

export const actionResolvers: Resolvers = {
  Query: {
    action: (_, args, ctx) => findOne<ActionRecord>(ctx, 'Action', args),
    actions: async (_, args, ctx, info) => {
      const asOf = readingInstant(ctx, args.asOf);
      const page = await listActions(ctx.db, { ...args, asOf, access: ctx.access, facetLimit: facetLimitOf(info) });
      return { ...page, nodes: page.nodes.map((n) => ({ ...n, asOf })) };
    },
  },
  ActionConnection: {
    // Counted by the list's statement when the selection asks for them (facetLimitOf), with the largest `size`.
    facets: (page, { size }) => facetsOfPage(page, size),
  },
  Mutation: {
    createAction: async (_, { input }, ctx) => ({ action: await createAction(ctx.db, input, authorOf(ctx)) }),
    updateAction: async (_, { input }, ctx) => ({ action: await updateAction(ctx.db, input, authorOf(ctx)) }),
  },
  Action: {
    parents: linkField(['PART_OF'], 'OUT', 'Action'),
    children: linkField(['PART_OF'], 'IN', 'Action', byStart),
    ancestors: treeField('UP'),
    descendants: treeField('DOWN'),
    actors: linkField(['CARRIES', 'TAKES_PART_IN'], 'IN', 'Actor'),
    places: linkField(['LOCATED_AT'], 'OUT', 'Place'),
    themes: linkField(['TAGGED'], 'OUT', 'Theme'),
    partnerships: linkField(['CONCERNS'], 'IN', 'Partnership'),
  },
};
