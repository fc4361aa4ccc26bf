import { readingInstant } from '../entity/entity.resolvers.js';
import type { Resolvers } from '../generated/graphql.js';
import { searchActionGroup, searchActorGroup, searchArticleGroup, searchPlaceGroup, startSearch } from './search.store.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx) => startSearch(args.text, readingInstant(ctx, args.asOf)),
  },
  SearchResults: {
    actors: (s, { first }, ctx) => searchActorGroup(ctx, s, first),
    actions: (s, { first }, ctx) => searchActionGroup(ctx, s, first),
    places: (s, { first }, ctx) => searchPlaceGroup(ctx, s, first),
    articles: (s, { first }, ctx) => searchArticleGroup(ctx, s, first),
  },
  // Articles are the only content a search finds (searchArticles).
  SearchNode: { __resolveType: (n) => (n.__typename === 'Actor' || n.__typename === 'Action' || n.__typename === 'Place' ? n.__typename : 'Article') },
};
