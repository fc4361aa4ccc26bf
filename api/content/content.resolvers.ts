// Resolvers of content items: the shared ContentItem fields, listings, and the publishing kinds
// (pages, articles, announcements). Media, tasks, ideas and messages add their own in their modules.
import { authorOf, type Context } from '../context.js';
import { loadSpace, readingInstant } from '../entity/entity.resolvers.js';
import type { Resolvers } from '../generated/graphql.js';
import type { ActionRecord, PlaceRecord, PublicPersonRecord, SpaceRecord, ThemeRecord } from '../records.js';
import { renderMarkdown } from '../shared/markdown.js';
import { CONTENT_LINKS, listContent, placeContent, type ContentLinkKind, type ContentRecord } from './content.store.js';
import { createAnnouncement, createArticle, createPage, updateAnnouncement, updateArticle, updatePage } from './publishing.store.js';

/** Shared fields of every content type. */
export const contentItemFields = {
  space: (c: ContentRecord, _: unknown, ctx: Context): Promise<SpaceRecord | null> => loadSpace(ctx, c.spaceId),
  author: (c: ContentRecord, _: unknown, ctx: Context): Promise<PublicPersonRecord | null> | null => (c.authorId ? ctx.loaders.people.load(c.authorId) : null),
  bodyHtml: (c: ContentRecord): string => renderMarkdown(c.body),
};

/** What each kind of content link points to, as a record. */
interface ContentLinkTargets {
  themes: ThemeRecord;
  places: PlaceRecord;
  actions: ActionRecord;
  media: ContentRecord;
  cover: ContentRecord;
}

/** An item's link targets of one kind, in order (only targets of the link's type: the writes allow no other). */
async function contentLinksOf<K extends keyof ContentLinkTargets>(ctx: Context, c: ContentRecord, kind: K): Promise<ContentLinkTargets[K][]> {
  const { type, target } = CONTENT_LINKS[kind];
  const list = await ctx.loaders.contentLinks(type).load(c.id);
  return list.filter((t): t is ContentLinkTargets[K] => t.__typename === target);
}

/** A field listing an item's link targets of one kind, in order. */
export function contentLinkField<K extends keyof ContentLinkTargets & ContentLinkKind>(kind: K) {
  return (c: ContentRecord, _: unknown, ctx: Context) => contentLinksOf(ctx, c, kind);
}

export const contentResolvers: Resolvers = {
  Query: {
    content: (_, args, ctx) => listContent(ctx.db, { ...args, asOf: readingInstant(ctx, args.asOf), access: ctx.access, now: ctx.now }),
    contentItem: (_, { id }, ctx) => ctx.loaders.content.load(id),
  },
  Mutation: {
    createPage: async (_, { input }, ctx) => ({ item: await createPage(ctx.db, input, authorOf(ctx)) }),
    updatePage: async (_, { input }, ctx) => ({ item: await updatePage(ctx.db, input, authorOf(ctx)) }),
    createArticle: async (_, { input }, ctx) => ({ item: await createArticle(ctx.db, input, authorOf(ctx)) }),
    updateArticle: async (_, { input }, ctx) => ({ item: await updateArticle(ctx.db, input, authorOf(ctx)) }),
    createAnnouncement: async (_, { input }, ctx) => ({ item: await createAnnouncement(ctx.db, input, authorOf(ctx)) }),
    updateAnnouncement: async (_, { input }, ctx) => ({ item: await updateAnnouncement(ctx.db, input, authorOf(ctx)) }),
    placeContent: (_, { input }, ctx) => placeContent(ctx.db, input, authorOf(ctx)),
  },
  ContentItem: { __resolveType: (c) => c.__typename },
  Page: { ...contentItemFields, media: contentLinkField('media') },
  Article: {
    ...contentItemFields,
    themes: contentLinkField('themes'),
    places: contentLinkField('places'),
    actions: contentLinkField('actions'),
    media: contentLinkField('media'),
    cover: async (c, _, ctx) => (await contentLinksOf(ctx, c, 'cover'))[0] ?? null,
  },
  Announcement: {
    ...contentItemFields,
    themes: contentLinkField('themes'),
    places: contentLinkField('places'),
    expired: (c, _, ctx) => typeof c.expiresAt === 'string' && c.expiresAt <= ctx.now,
  },
};
