// Resolvers of content items: the shared ContentItem fields, listings, and the publishing kinds
// (pages, articles, announcements). Media, tasks, ideas and messages add their own in their modules.
import { RULES } from '../auth/rights.js';
import { authorOf, type Context } from '../context.js';
import { readingInstant } from '../entity/entity.resolvers.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { renderMarkdown } from '../shared/markdown.js';
import { checkName, checkText, instant } from '../shared/validate.js';
import { CONTENT_LINKS, createContent, listContent, placeContent, requireContent, updateContent, type ContentLinkKind, type ContentRecord } from './content.store.js';

const MAX_BODY = 100_000;

/** Shared fields of every content type. */
export const contentItemFields = {
  space: (c: ContentRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(c.spaceId) as never,
  author: (c: ContentRecord, _: unknown, ctx: Context) => (c.authorId ? ctx.loaders.people.load(c.authorId) : null),
  bodyHtml: (c: ContentRecord) => renderMarkdown(c.body as string | null),
};

/** A field listing an item's link targets of one kind, in order. */
export function contentLinkField(kind: ContentLinkKind) {
  return (c: ContentRecord, _: unknown, ctx: Context) => ctx.loaders.contentLinks(CONTENT_LINKS[kind].type).load(c.id) as never;
}

function title(value: string | null | undefined): string | undefined {
  if (value === null) throw badInput('title', 'title cannot be removed.');
  return checkName('title', value);
}

function body(value: string | null | undefined, field = 'body'): string | undefined {
  if (value === null) throw badInput(field, `${field} cannot be removed.`);
  return checkText(field, value, MAX_BODY) ?? undefined;
}

/** Only the props that were given (absent fields stay as they are). */
function given(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

function links(l: Partial<Record<ContentLinkKind, readonly string[] | null | undefined>>): Partial<Record<ContentLinkKind, readonly string[]>> {
  return Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined && v !== null)) as Partial<Record<ContentLinkKind, readonly string[]>>;
}

export const contentResolvers: Resolvers = {
  Query: {
    content: (_, args, ctx) => listContent(ctx.db, { ...args, asOf: readingInstant(ctx, args.asOf), access: ctx.access, now: ctx.now }) as never,
    contentItem: (_, { id }, ctx) => ctx.loaders.content.load(id) as never,
  },
  Mutation: {
    createPage: async (_, { input }, ctx) => ({
      item: (await ctx.db.write(async (tx) => {
        const position = input.position ?? null;
        if (position !== null && (position < 0 || position > 10_000)) throw badInput('position', 'position must be between 0 and 10000.');
        return createContent(
          tx,
          { kind: 'PAGE', spaceId: input.spaceId, props: { title: title(input.title), body: body(input.body), visibility: input.visibility ?? 'PUBLIC', position: position ?? 10_000 }, minRole: RULES.editSpace, what: 'add pages' },
          authorOf(ctx),
        );
      })) as never,
    }),
    updatePage: async (_, { input }, ctx) => ({
      item: (await ctx.db.write(async (tx) => {
        const item = await requireContent(tx, authorOf(ctx), input.id, 'PAGE');
        return updateContent(tx, item, { props: given({ title: title(input.title), body: body(input.body), visibility: input.visibility ?? undefined, position: input.position ?? undefined }), minRole: RULES.editSpace, what: 'change pages' }, authorOf(ctx));
      })) as never,
    }),
    createArticle: async (_, { input }, ctx) => ({
      item: (await ctx.db.write((tx) =>
        createContent(
          tx,
          {
            kind: 'ARTICLE',
            spaceId: input.spaceId,
            props: {
              title: title(input.title),
              summary: checkText('summary', input.summary, 1000) ?? null,
              body: body(input.body),
              visibility: input.visibility ?? 'PUBLIC',
              publishedAt: instant(input.publishedAt) ?? ctx.now,
            },
            links: links({ themes: input.themeIds, places: input.placeIds, actions: input.actionIds, cover: input.coverId ? [input.coverId] : undefined }),
            minRole: RULES.editSpace,
            what: 'post articles',
          },
          authorOf(ctx),
        ),
      )) as never,
    }),
    updateArticle: async (_, { input }, ctx) => ({
      item: (await ctx.db.write(async (tx) => {
        const item = await requireContent(tx, authorOf(ctx), input.id, 'ARTICLE');
        return updateContent(
          tx,
          item,
          {
            props: given({
              title: title(input.title),
              summary: input.summary === undefined ? undefined : (checkText('summary', input.summary, 1000) ?? null),
              body: body(input.body),
              visibility: input.visibility ?? undefined,
              publishedAt: input.publishedAt ? instant(input.publishedAt) : undefined,
            }),
            links: links({ themes: input.themeIds, places: input.placeIds, actions: input.actionIds, cover: input.coverId === undefined ? undefined : input.coverId ? [input.coverId] : [] }),
            minRole: RULES.editSpace,
            what: 'change articles',
          },
          authorOf(ctx),
        );
      })) as never,
    }),
    createAnnouncement: async (_, { input }, ctx) => ({
      item: (await ctx.db.write((tx) => {
        const publishedAt = instant(input.publishedAt) ?? ctx.now;
        const expiresAt = instant(input.expiresAt);
        if (expiresAt && expiresAt <= publishedAt) throw badInput('expiresAt', 'The expiry must come after the publication.');
        return createContent(
          tx,
          {
            kind: 'ANNOUNCEMENT',
            spaceId: input.spaceId,
            props: { type: input.type, title: title(input.title), body: body(input.body), visibility: input.visibility ?? 'PUBLIC', publishedAt, expiresAt },
            links: links({ themes: input.themeIds, places: input.placeIds }),
            minRole: RULES.editSpace,
            what: 'post announcements',
          },
          authorOf(ctx),
        );
      })) as never,
    }),
    updateAnnouncement: async (_, { input }, ctx) => ({
      item: (await ctx.db.write(async (tx) => {
        const item = await requireContent(tx, authorOf(ctx), input.id, 'ANNOUNCEMENT');
        const expiresAt = input.expiresAt === undefined ? undefined : instant(input.expiresAt);
        if (expiresAt && expiresAt <= String(item.publishedAt)) throw badInput('expiresAt', 'The expiry must come after the publication.');
        return updateContent(
          tx,
          item,
          {
            props: given({ type: input.type ?? undefined, title: title(input.title), body: body(input.body), visibility: input.visibility ?? undefined, expiresAt }),
            links: links({ themes: input.themeIds, places: input.placeIds }),
            minRole: RULES.editSpace,
            what: 'change announcements',
          },
          authorOf(ctx),
        );
      })) as never,
    }),
    placeContent: (_, { input }, ctx) => placeContent(ctx.db, input, authorOf(ctx)),
  },
  ContentItem: { __resolveType: (c) => (c as unknown as ContentRecord).__typename },
  Page: { ...contentItemFields, media: contentLinkField('media') } as never,
  Article: {
    ...contentItemFields,
    themes: contentLinkField('themes'),
    places: contentLinkField('places'),
    actions: contentLinkField('actions'),
    media: contentLinkField('media'),
    cover: async (c: ContentRecord, _: unknown, ctx: Context) => (await ctx.loaders.contentLinks(CONTENT_LINKS.cover.type).load(c.id))[0] ?? null,
  } as never,
  Announcement: {
    ...contentItemFields,
    themes: contentLinkField('themes'),
    places: contentLinkField('places'),
    expired: (c: ContentRecord, _: unknown, ctx: Context) => typeof c.expiresAt === 'string' && c.expiresAt <= ctx.now,
  } as never,
};
