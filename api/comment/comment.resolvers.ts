// Comments on tasks and ideas: the mutation, the Comment type, and the `comments` field both kinds share.
import type { ContentRecord } from '../content/content.store.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { renderMarkdown } from '../shared/markdown.js';
import { addComment, type CommentRecord } from './comment.store.js';

/** The `comments` field of tasks and ideas: oldest first, one query per request (Loaders.comments). */
export function commentsField(c: ContentRecord, _: unknown, ctx: Context): Promise<CommentRecord[]> {
  return ctx.loaders.comments.load(c.id);
}

export const commentResolvers: Resolvers = {
  Mutation: {
    addComment: async (_, { input }, ctx) => ({ comment: await addComment(ctx.db, input, authorOf(ctx)) }),
  },
  Comment: {
    author: (c, _, ctx) => (c.authorId ? ctx.loaders.people.load(c.authorId) : null),
    bodyHtml: (c) => renderMarkdown(c.body),
  },
};
