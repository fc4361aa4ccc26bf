// Resolver pieces shared by every entity type: asOf handling, link fields, tree fields, lookups.
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { LinkType } from '../link/link-rules.js';
import { isSpace } from '../auth/rights.js';
import type { BaseRecord, EntityRecord, EntityType, LinkedRecord, SpaceRecord, TreeRecord } from '../records.js';
import { toInstant } from '../shared/time.js';
import { getEntityBySlug } from './entity.store.js';

/** The instant a field reads at: its own argument, else its parent's, else the request's start. */
export function readingInstant(ctx: Context, own?: string | null, inherited?: string): string {
  if (own) return toInstant(own);
  return inherited ?? ctx.now;
}

function stamp<T extends EntityRecord>(node: T, asOf: string): T {
  return { ...node, asOf };
}

/** A field listing the entities linked to the parent, valid at the reading instant, in a given order. */
export function linkField(
  types: LinkType[],
  direction: 'OUT' | 'IN',
  otherLabel: EntityType,
  order: (a: LinkedRecord, b: LinkedRecord) => number = byName,
) {
  return async (parent: BaseRecord, args: { asOf?: string | null; role?: string | null }, ctx: Context): Promise<LinkedRecord[]> => {
    const asOf = readingInstant(ctx, args.asOf, parent.asOf);
    const wanted = args.role ? types.filter((t) => t === args.role) : types;
    const list = await ctx.loaders.links({ types: wanted, direction, otherLabel, asOf }).load(parent.id);
    return list.map((l) => ({ ...l, node: stamp(l.node, asOf) })).sort(order);
  };
}

export function byName(a: LinkedRecord, b: LinkedRecord): number {
  return a.node.name.localeCompare(b.node.name, 'fr');
}

/** Soonest first, undated last, then by name. */
export function byStart(a: LinkedRecord, b: LinkedRecord): number {
  const sa = 'startsAt' in a.node ? a.node.startsAt : null;
  const sb = 'startsAt' in b.node ? b.node.startsAt : null;
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return sa < sb ? -1 : 1;
  }
  return byName(a, b);
}

export function treeField(direction: 'UP' | 'DOWN') {
  return async (parent: BaseRecord, args: { depth: number; asOf?: string | null }, ctx: Context): Promise<TreeRecord[]> => {
    if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > 10) throw badInput('depth', 'depth must be between 1 and 10.');
    const asOf = readingInstant(ctx, args.asOf, parent.asOf);
    const list = await ctx.loaders.tree({ direction, depth: args.depth, asOf }).load(parent.id);
    return list.map((t) => ({ ...t, node: stamp(t.node, asOf) }));
  };
}

/** Root lookup by id or slug (exactly one), typed; null when absent or of another type. */
export async function findOne<T extends EntityRecord>(
  ctx: Context,
  type: EntityType,
  args: { id?: string | null; slug?: string | null; asOf?: string | null },
): Promise<T | null> {
  const given = [args.id, args.slug].filter((v) => v !== undefined && v !== null).length;
  if (given !== 1) throw badInput(args.id ? 'slug' : 'id', `Give exactly one of id or slug to find a ${type.toLowerCase()}.`);
  const asOf = readingInstant(ctx, args.asOf);
  const found = args.id ? await ctx.loaders.entity.load(args.id) : await getEntityBySlug(ctx.db, type, args.slug!, ctx.access);
  if (!found || found.__typename !== type) return null;
  return stamp(found, asOf) as T;
}

/** The space (actor, action or partnership) with this id, if the reader may see it; null otherwise. */
export async function loadSpace(ctx: Context, id: string): Promise<SpaceRecord | null> {
  const found = await ctx.loaders.entity.load(id);
  return found && isSpace(found) ? found : null;
}

/** Resolvers of the *Link wrapper types: the other end under its type's name, and the link's dates. */
export const linkWrappers = {
  ActorLink: { actor: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link },
  ActionLink: { action: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link },
  ActorActionLink: { action: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link, role: (p: LinkedRecord) => p.type },
  ActionActorLink: { actor: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link, role: (p: LinkedRecord) => p.type },
  PlaceLink: { place: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link },
  ThemeLink: { theme: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link },
  PartnershipLink: { partnership: (p: LinkedRecord) => p.node, link: (p: LinkedRecord) => p.link },
  ActorTreeEntry: { actor: (p: TreeRecord) => p.node },
  ActionTreeEntry: { action: (p: TreeRecord) => p.node },
};
