import type { Resolvers } from '../generated/graphql.js';
import { authorOf, type Context } from '../context.js';
import type { BaseRecord, LinkHistoryRecord, LinkRecord, Page } from '../records.js';
import type { LinkType } from './link-rules.js';
import { createLink, endLink, getLink, moveEntity } from './link.store.js';

/** Entity.links, the same on every entity type: a page of its links across time, batched per request. */
async function linkHistory(
  parent: BaseRecord,
  args: { types?: readonly string[] | null; direction?: 'OUT' | 'IN' | null; first?: number | null; after?: string | null },
  ctx: Context,
): Promise<Page<LinkHistoryRecord>> {
  const q = { types: (args.types as LinkType[] | null | undefined) ?? null, direction: args.direction ?? null, first: args.first ?? null, after: args.after ?? null };
  const page = await ctx.loaders.linkHistory(q).load(parent.id);
  // The other ends read their own links at the instant their parent was read at.
  return parent.asOf ? { ...page, nodes: page.nodes.map((l) => ({ ...l, node: { ...l.node, asOf: parent.asOf } })) } : page;
}

/** A link is shown only to a reader who may see both of its ends (ended links too). */
async function visibleLink(link: LinkRecord | null, ctx: Context): Promise<LinkRecord | null> {
  if (!link) return null;
  const [from, to] = await Promise.all([ctx.loaders.entity.load(link.from.id), ctx.loaders.entity.load(link.to.id)]);
  return from && to ? link : null;
}

export const linkResolvers: Resolvers = {
  Query: {
    link: async (_, { id }, ctx) => visibleLink(await getLink(ctx.db, id), ctx),
  },
  Mutation: {
    createLink: async (_, { input }, ctx) => ({ link: await createLink(ctx.db, input, authorOf(ctx)) }),
    endLink: async (_, { input }, ctx) => ({ link: await endLink(ctx.db, input, authorOf(ctx)) }),
    moveEntity: (_, { input }, ctx) => moveEntity(ctx.db, input, authorOf(ctx)),
  },
  Link: {
    // Ends are read again with the reader's access: being allowed to end a link to a members-only
    // space does not make its members-only fields (or itself) visible.
    from: (l, _, ctx) => ctx.loaders.entity.load(l.from.id),
    to: (l, _, ctx) => ctx.loaders.entity.load(l.to.id),
  },
  LinkHistoryEntry: {
    other: (l) => l.node,
  },
  Actor: { links: linkHistory },
  Action: { links: linkHistory },
  Place: { links: linkHistory },
  Theme: { links: linkHistory },
  Territory: { links: linkHistory },
  Partnership: { links: linkHistory },
};
