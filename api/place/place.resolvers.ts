import type { Resolvers } from '../generated/graphql.js';
import { authorOf } from '../context.js';
import { byStart, findOne, linkField, readingInstant } from '../entity/entity.resolvers.js';
import type { PlaceRecord, TerritoryRecord } from '../records.js';
import { createPlace, listPlaces, updatePlace } from './place.store.js';

const LEVEL_ORDER = { COMMUNE: 0, EPCI: 1, DEPARTEMENT: 2, REGION: 3 } as const;

export const placeResolvers: Resolvers = {
  Query: {
    place: (_, args, ctx) => findOne<PlaceRecord>(ctx, 'Place', args),
    places: async (_, args, ctx) => {
      const asOf = readingInstant(ctx, args.asOf);
      const page = await listPlaces(ctx.db, { ...args, asOf, access: ctx.access });
      return { ...page, nodes: page.nodes.map((n) => ({ ...n, asOf })) };
    },
  },
  Mutation: {
    createPlace: async (_, { input }, ctx) => ({ place: await createPlace(ctx.db, input, authorOf(ctx)) }),
    updatePlace: async (_, { input }, ctx) => ({ place: await updatePlace(ctx.db, input, authorOf(ctx)) }),
  },
  Place: {
    address: (p) => (p.street || p.postalCode || p.city ? { street: p.street, postalCode: p.postalCode, city: p.city } : null),
    accessibility: (p) =>
      [p.wheelchair, p.hearing, p.sight, p.intellectual, p.accessibilityNotes].some((v) => v !== null && v !== undefined)
        ? { wheelchair: p.wheelchair, hearing: p.hearing, sight: p.sight, intellectual: p.intellectual, notes: p.accessibilityNotes }
        : null,
    territories: async (p, _, ctx) => {
      // The commune, then everything above it, each once, smallest level first.
      const seen = new Map<string, TerritoryRecord>();
      let frontier = (await ctx.loaders.links({ types: ['WITHIN'], direction: 'OUT', otherLabel: 'Territory', asOf: ctx.now }).load(p.id)).map((l) => l.node as TerritoryRecord);
      while (frontier.length > 0) {
        for (const t of frontier) seen.set(t.id, t);
        const next = await ctx.loaders.links({ types: ['WITHIN'], direction: 'OUT', otherLabel: 'Territory', asOf: ctx.now }).loadMany(frontier.map((t) => t.id));
        frontier = next.flatMap((l) => (l instanceof Error ? [] : l.map((x) => x.node as TerritoryRecord))).filter((t) => !seen.has(t.id));
      }
      return [...seen.values()].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'fr'));
    },
    actors: linkField(['LOCATED_AT'], 'IN', 'Actor'),
    actions: linkField(['LOCATED_AT'], 'IN', 'Action', byStart),
  },
};
