import { authorOf } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { listChanges } from './change.store.js';

export const changeResolvers: Resolvers = {
  Query: {
    changes: (_, args, ctx) => listChanges(ctx.db, args, authorOf(ctx), ctx.access),
  },
  Change: {
    operation: (c) => c.op,
    person: (c, _, ctx) => (c.personId ? ctx.loaders.people.load(c.personId) : null),
  },
};
