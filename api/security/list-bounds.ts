// How long each list of the schema can be: the one table the cost limit reads (api/security/cost.ts)
// and the list resolvers obey. Every list-typed field of an object or interface type is here, with a
// bound that holds; the server refuses to start when one is missing (unboundedLists), so a new list
// field cannot slip past the cost limit the way `Territory.children` of a département (hundreds of
// communes) once did.
import { defaultFieldResolver, getNullableType, isInterfaceType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from '../errors.js';
import { MAX_FACET_SIZE } from '../shared/list.js';
import { MAX_PAGE_SIZE } from '../shared/pagination.js';

export type ListBound =
  /** The field's own `first` argument (schema default `default`), checked to lie in min..max and honoured. */
  | { by: 'first'; default: number; min?: number; max: number }
  /** An argument of the enclosing field sets it: a connection's `first`, a facet's `size`; that field checks it. */
  | { by: 'parent'; arg: string; max: number }
  /** One entry per value of a closed enum at most. */
  | { by: 'enum'; enum: string }
  /** Fixed by the model or by input validation, as `why` says; a longer list is cut there (and logged). */
  | { by: 'model'; max: number; why: string };

/**
 * Lists of linked items (an actor's children, a place's actions…): their first 20 by default, 100
 * at most, like a page of a connection. These have no cursor; the root connections page through
 * the rest (`actors(filter: { partOfId })`, `territories(filter: { withinId })`, `actions(filter: …)`).
 */
const LINKS: ListBound = { by: 'first', default: 20, max: MAX_PAGE_SIZE };
const PAGE: ListBound = { by: 'parent', arg: 'first', max: MAX_PAGE_SIZE };
const FACET: ListBound = { by: 'parent', arg: 'size', max: MAX_FACET_SIZE };

export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  'Actor.parents': LINKS,
  'Actor.children': LINKS,
  'Actor.ancestors': LINKS,
  'Actor.descendants': LINKS,
  'Actor.actions': LINKS,
  'Actor.upcomingActions': { by: 'first', default: 10, min: 1, max: MAX_PAGE_SIZE },
  'Actor.places': LINKS,
  'Actor.themes': LINKS,
  'Actor.partnerships': LINKS,
  'Actor.members': LINKS,
  'Action.parents': LINKS,
  'Action.children': LINKS,
  'Action.ancestors': LINKS,
  'Action.descendants': LINKS,
  'Action.actors': LINKS,
  'Action.places': LINKS,
  'Action.themes': LINKS,
  'Action.partnerships': LINKS,
  'Action.members': LINKS,
  // A series expands to at most 5,000 starts (api/agenda/rrule.ts MAX_EXPANDED) within a range of 3 years.
  'Action.occurrences': { by: 'first', default: 1000, max: 5000 },
  'Action.media': LINKS,
  'Place.territories': LINKS,
  'Place.actors': LINKS,
  'Place.actions': LINKS,
  'Theme.broader': LINKS,
  'Theme.narrower': LINKS,
  'Territory.postalCodes': { by: 'model', max: 50, why: 'set by the territory import only; the most a commune has is 21 (@etalab/decoupage-administratif)' },
  'Territory.parents': LINKS,
  'Territory.children': LINKS,
  'Partnership.parties': LINKS,
  'Partnership.actions': LINKS,
  'Partnership.themes': LINKS,
  'Partnership.members': LINKS,
  'Partnership.invitations': LINKS,
  'ActorConnection.nodes': PAGE,
  'ActionConnection.nodes': PAGE,
  'PlaceConnection.nodes': PAGE,
  'ThemeConnection.nodes': PAGE,
  'TerritoryConnection.nodes': PAGE,
  'PartnershipConnection.nodes': PAGE,
  'ChangeConnection.nodes': PAGE,
  'ContentConnection.nodes': PAGE,
  'OccurrenceConnection.nodes': PAGE,
  'LinkHistoryConnection.nodes': PAGE,
  'ActorFacets.kinds': { by: 'enum', enum: 'ActorKind' },
  'ActorFacets.themes': FACET,
  'ActorFacets.territories': FACET,
  'ActionFacets.kinds': { by: 'enum', enum: 'ActionKind' },
  'ActionFacets.themes': FACET,
  'ActionFacets.territories': FACET,
  'ActorFacets.accessibility': { by: 'enum', enum: 'AccessibilityNeed' },
  'ActionFacets.accessibility': { by: 'enum', enum: 'AccessibilityNeed' },
  'Me.memberships': LINKS,
  'Me.invitations': LINKS,
  'Page.media': LINKS,
  'Article.themes': LINKS,
  'Article.places': LINKS,
  'Article.actions': LINKS,
  'Article.media': LINKS,
  'Announcement.themes': LINKS,
  'Announcement.places': LINKS,
  'Task.assignees': LINKS,
  'Task.comments': LINKS,
  'Idea.comments': LINKS,
  'Message.replies': LINKS,
  'Recurrence.exceptions': { by: 'model', max: 1000, why: 'setRecurrence accepts 1,000 exceptions at most (api/agenda/agenda.store.ts MAX_DATES)' },
  'Recurrence.extraDates': { by: 'model', max: 1000, why: 'setRecurrence accepts 1,000 extra dates at most (api/agenda/agenda.store.ts MAX_DATES)' },
  'MapClusters.clusters': { by: 'model', max: 512, why: 'one per grid cell, and the grid spans at most 512 cells of the box (api/map/map.store.ts MAX_CELLS)' },
  'MapClusters.places': { by: 'model', max: 512, why: 'one per cell of one place, or every place when the box holds at most 512 (api/map/map.store.ts MAX_CELLS)' },
  'Statistics.months': { by: 'model', max: 120, why: 'statistics cover 120 months at most (api/statistics/statistics.store.ts MAX_MONTHS)' },
};

/** `Type.field` of every list-typed field of an object or interface type (introspection types aside). */
export function listFields(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type))) out.push(`${type.name}.${field.name}`);
    }
  }
  return out;
}

/**
 * What is wrong with the table against the schema: list fields it does not bound, `first` bounds on
 * fields without a `first: Int` argument (or whose schema default differs), entries naming no list field.
 */
export function listBoundProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const lists = listFields(schema);
  for (const name of lists) {
    const bound = LIST_BOUNDS[name];
    if (!bound) {
      problems.push(`${name} is a list without a bound: give it a \`first\` argument (and an entry in LIST_BOUNDS), or make it a connection`);
      continue;
    }
    if (bound.by === 'first') {
      const [type, field] = name.split('.') as [string, string];
      const fieldDef = (schema.getType(type) as { getFields(): Record<string, { args: readonly { name: string; type: unknown; defaultValue: unknown }[] }> }).getFields()[field]!;
      const first = fieldDef.args.find((a) => a.name === 'first');
      if (!first || String(first.type) !== 'Int') problems.push(`${name} is bounded by \`first\` but has no \`first: Int\` argument`);
      else if (first.defaultValue !== bound.default) problems.push(`${name}: the schema's default \`first\` (${String(first.defaultValue)}) is not LIST_BOUNDS' ${bound.default}`);
    }
    if (bound.by === 'enum' && !schema.getType(bound.enum)) problems.push(`${name} is bounded by the enum ${bound.enum}, which the schema lacks`);
  }
  const known = new Set(lists);
  for (const name of Object.keys(LIST_BOUNDS)) if (!known.has(name)) problems.push(`LIST_BOUNDS names ${name}, which is not a list field of the schema`);
  return problems;
}

/** Fails the start when the table and the schema disagree. */
export function assertListsBounded(schema: GraphQLSchema): void {
  const problems = listBoundProblems(schema);
  if (problems.length > 0) throw new Error(`Every list field needs a bound (api/security/list-bounds.ts):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** The `first` a list resolver will use: the argument, checked against the bound. */
export function listLimit(bound: Extract<ListBound, { by: 'first' }>, first: unknown): number {
  const n = first ?? bound.default;
  const min = bound.min ?? 0;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > bound.max) throw badInput('first', `first must be between ${min} and ${bound.max}.`);
  return n;
}

type AnyResolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type ResolverMap = Record<string, Record<string, unknown>>;

const reported = new Set<string>();

/** Wraps one list resolver so that what it returns never exceeds its bound. */
function bounded(name: string, bound: ListBound, resolve: AnyResolver): AnyResolver {
  if (bound.by === 'first') {
    return async (source, args, ctx, info) => {
      const limit = listLimit(bound, args.first);
      const list = (await resolve(source, args, ctx, info)) as unknown[] | null;
      return list && list.length > limit ? list.slice(0, limit) : list;
    };
  }
  if (bound.by !== 'model') return resolve;
  return async (source, args, ctx, info) => {
    const list = (await resolve(source, args, ctx, info)) as unknown[] | null;
    if (!list || list.length <= bound.max) return list;
    if (!reported.has(name)) {
      reported.add(name);
      console.error(`${name} returned ${list.length} items, over its bound of ${bound.max} (${bound.why}); cut there. Update LIST_BOUNDS.`);
    }
    return list.slice(0, bound.max);
  };
}

/** The resolver map with every bounded list field wrapped (fields without a resolver read their property). */
export function withListBounds<R extends object>(resolvers: R): R {
  const out: ResolverMap = { ...(resolvers as unknown as ResolverMap) };
  for (const [name, bound] of Object.entries(LIST_BOUNDS)) {
    if (bound.by !== 'first' && bound.by !== 'model') continue;
    const [type, field] = name.split('.') as [string, string];
    const fields = { ...(out[type] ?? {}) };
    const resolve = (fields[field] as AnyResolver | undefined) ?? (defaultFieldResolver as AnyResolver);
    fields[field] = bounded(name, bound, resolve);
    out[type] = fields;
  }
  return out as unknown as R;
}
