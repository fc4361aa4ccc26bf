// Tasks: the mutations and the Task type (shared content fields, assignees, comments).
import { commentsField } from '../comment/comment.resolvers.js';
import { contentItemFields } from '../content/content.resolvers.js';
import { authorOf } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import type { PublicPersonRecord } from '../records.js';
import { createTask, updateTask } from './task.store.js';

export const taskResolvers: Resolvers = {
  Mutation: {
    createTask: async (_, { input }, ctx) => ({ item: await createTask(ctx.db, input, authorOf(ctx)) }),
    updateTask: async (_, { input }, ctx) => ({ item: await updateTask(ctx.db, input, authorOf(ctx)) }),
  },
  Task: {
    ...contentItemFields,
    assignees: async (c, _, ctx) => {
      const people = await ctx.loaders.people.loadMany(await ctx.loaders.taskAssignees.load(c.id));
      return people.filter((p): p is PublicPersonRecord => p !== null && !(p instanceof Error));
    },
    comments: commentsField,
  },
};
