import type { Resolvers } from '../generated/graphql.js';
import { statistics } from './statistics.store.js';

export const statisticsResolvers: Resolvers = {
  Query: {
    statistics: (_, { metric, filter }, ctx) => statistics(ctx.db, metric, filter, ctx.access, ctx.now),
  },
};
