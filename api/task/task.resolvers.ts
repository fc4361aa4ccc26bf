// Tasks: the mutations and the Task type (shared content fields, assignees, comments).
import { commentsField } from '../comment/comment.resolvers.js';
import { requestLoader } from '../comment/toolbox.js';
import { contentItemFields } from '../content/content.resolvers.js';
import type { ContentRecord } from '../content/content.store.js';
import { authorOf, type Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import type { PublicPersonRecord } from '../records.js';
import { createTask, listTaskAssignees, updateTask } from './task.store.js';

async function assignees(c: ContentRecord, _: unknown, ctx: Context): Promise<PublicPersonRecord[]> {
  const ids = await requestLoader(ctx, 'taskAssignees', async (taskIds) => {
    const found = await listTaskAssignees(ctx.db, taskIds);
    return taskIds.map((id) => found.get(id) ?? []);
  }).load(c.id);
  const people = await ctx.loaders.people.loadMany(ids);
  return people.filter((p): p is PublicPersonRecord => p !== null && !(p instanceof Error));
}

export const taskResolvers: Resolvers = {
  Mutation: {
    createTask: async (_, { input }, ctx) => ({ item: (await createTask(ctx.db, input, authorOf(ctx))) as never }),
    updateTask: async (_, { input }, ctx) => ({ item: (await updateTask(ctx.db, input, authorOf(ctx))) as never }),
  },
  Task: { ...contentItemFields, assignees, comments: commentsField } as never,
};
