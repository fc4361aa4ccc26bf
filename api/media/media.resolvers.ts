// Resolvers of media: links to videos and web pages, changes to a media item's description, attaching
// media to pages, articles and actions, and the Media type. Files are uploaded over plain HTTP
// (media.routes.ts), not through GraphQL.
import DataLoader from 'dataloader';
import type { ContentRecord } from '../content/content.store.js';
import { contentItemFields } from '../content/content.resolvers.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import type { ActionRecord } from '../records.js';
import { attachMedia, createMediaLink, listActionMedia, updateMedia } from './media.store.js';

/** Per-request loader of actions' media, kept beside the request's other loaders (one query per list). */
const actionMediaLoaders = new WeakMap<Context['loaders'], DataLoader<string, ContentRecord[]>>();

function actionMedia(ctx: Context): DataLoader<string, ContentRecord[]> {
  let loader = actionMediaLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await listActionMedia(ctx.db, ids, ctx.access, ctx.now);
      return ids.map((id) => found.get(id) ?? []);
    });
    actionMediaLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

export const mediaResolvers: Resolvers = {
  Mutation: {
    createMediaLink: async (_, { input }, ctx) => ({ item: (await ctx.db.write((tx) => createMediaLink(tx, input, authorOf(ctx)))) as never }),
    updateMedia: async (_, { input }, ctx) => ({ item: (await ctx.db.write((tx) => updateMedia(tx, input, authorOf(ctx)))) as never }),
    attachMedia: (_, { input }, ctx) => attachMedia(ctx.db, input, authorOf(ctx)),
  },
  Media: { space: contentItemFields.space, author: contentItemFields.author } as never,
  Action: {
    media: (a: ActionRecord, _: unknown, ctx: Context) => actionMedia(ctx).load(a.id) as never,
  },
};
