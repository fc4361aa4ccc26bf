// Comments on tasks and ideas: the mutation, the Comment type, and the `comments` field both kinds share.
import type { ContentRecord } from '../content/content.store.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { renderMarkdown } from '../shared/markdown.js';
import { addComment, listComments, type CommentRecord } from './comment.store.js';
import { requestLoader } from './toolbox.js';

/** The `comments` field of tasks and ideas: oldest first, one query per request. */
export function commentsField(c: ContentRecord, _: unknown, ctx: Context): Promise<CommentRecord[]> {
  return requestLoader(ctx, 'comments', async (ids) => {
    const found = await listComments(ctx.db, ids);
    return ids.map((id) => found.get(id) ?? []);
  }).load(c.id);
}

export const commentResolvers: Resolvers = {
  Mutation: {
    addComment: async (_, { input }, ctx) => ({ comment: (await addComment(ctx.db, input, authorOf(ctx))) as never }),
  },
  Comment: {
    author: (c, _, ctx) => {
      const authorId = (c as unknown as CommentRecord).authorId;
      return authorId ? ctx.loaders.people.load(authorId) : null;
    },
    bodyHtml: (c) => renderMarkdown(c.body),
  },
};
