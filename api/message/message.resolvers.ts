// Messages: posting, and the Message type (shared content fields, parent, thread, replies).
import { requestLoader } from '../comment/toolbox.js';
import { contentItemFields } from '../content/content.resolvers.js';
import type { ContentRecord } from '../content/content.store.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { listMessageReplies, postMessage } from './message.store.js';

export const messageResolvers: Resolvers = {
  Mutation: {
    postMessage: async (_, { input }, ctx) => ({ item: (await postMessage(ctx.db, input, authorOf(ctx))) as never }),
  },
  Message: {
    ...contentItemFields,
    parent: (c: ContentRecord, _: unknown, ctx: Context) => (typeof c.parentId === 'string' ? ctx.loaders.content.load(c.parentId) : null),
    thread: (c: ContentRecord, _: unknown, ctx: Context) => (typeof c.threadId === 'string' ? ctx.loaders.content.load(c.threadId) : c),
    replies: (c: ContentRecord, _: unknown, ctx: Context) =>
      requestLoader(ctx, 'messageReplies', async (ids) => {
        const found = await listMessageReplies(ctx.db, ids, ctx.access, ctx.now);
        return ids.map((id) => found.get(id) ?? []);
      }).load(c.id),
  } as never,
};
