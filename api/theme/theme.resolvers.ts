import type { Resolvers } from '../generated/graphql.js';
import { authorOf } from '../context.js';
import { findOne, linkField } from '../entity/entity.resolvers.js';
import type { ThemeRecord } from '../records.js';
import { createTheme, listThemes, updateTheme } from './theme.store.js';

const broader = linkField(['BROADER'], 'OUT', 'Theme');
const narrower = linkField(['BROADER'], 'IN', 'Theme');

export const themeResolvers: Resolvers = {
  Query: {
    theme: (_, args, ctx) => findOne<ThemeRecord>(ctx, 'Theme', args),
    themes: (_, args, ctx) => listThemes(ctx.db, { ...args, access: ctx.access }),
  },
  Mutation: {
    createTheme: async (_, { input }, ctx) => ({ theme: await createTheme(ctx.db, input, authorOf(ctx)) }),
    updateTheme: async (_, { input }, ctx) => ({ theme: await updateTheme(ctx.db, input, authorOf(ctx)) }),
  },
  Theme: {
    broader: async (t, _, ctx) => (await broader(t, {}, ctx)).map((l) => l.node as ThemeRecord),
    narrower: async (t, _, ctx) => (await narrower(t, {}, ctx)).map((l) => l.node as ThemeRecord),
  },
};
