// Messages: posting, and the Message type (shared content fields, parent, thread, replies).
import { contentItemFields } from '../content/content.resolvers.js';
import { authorOf } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { postMessage } from './message.store.js';

export const messageResolvers: Resolvers = {
  Mutation: {
    postMessage: async (_, { input }, ctx) => ({ item: await postMessage(ctx.db, input, authorOf(ctx)) }),
  },
  Message: {
    ...contentItemFields,
    parent: (c, _, ctx) => (typeof c.parentId === 'string' ? ctx.loaders.content.load(c.parentId) : null),
    thread: (c, _, ctx) => (typeof c.threadId === 'string' ? ctx.loaders.content.load(c.threadId) : c),
    replies: (c, _, ctx) => ctx.loaders.messageReplies.load(c.id),
  },
};
