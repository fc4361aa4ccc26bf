// Resolvers of media: links to videos and web pages, changes to a media item's description, attaching
// media to pages, articles and actions, and the Media type. Files are uploaded over plain HTTP
// (media.routes.ts), not through GraphQL.
import { contentItemFields } from '../content/content.resolvers.js';
import { authorOf } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { attachMedia, createMediaLink, updateMedia } from './media.store.js';

export const mediaResolvers: Resolvers = {
  Mutation: {
    createMediaLink: async (_, { input }, ctx) => ({ item: await createMediaLink(ctx.db, input, authorOf(ctx)) }),
    updateMedia: async (_, { input }, ctx) => ({ item: await updateMedia(ctx.db, input, authorOf(ctx)) }),
    attachMedia: (_, { input }, ctx) => attachMedia(ctx.db, input, authorOf(ctx)),
  },
  Media: { space: contentItemFields.space, author: contentItemFields.author },
  Action: {
    media: (a, _, ctx) => ctx.loaders.actionMedia.load(a.id),
  },
};
