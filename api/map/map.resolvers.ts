import type { Resolvers } from '../generated/graphql.js';
import { readingInstant } from '../entity/entity.resolvers.js';
import { clusterLabel, mapClusters } from './map.store.js';

export const mapResolvers: Resolvers = {
  Query: {
    mapClusters: async (_, args, ctx) => {
      const asOf = readingInstant(ctx, args.asOf);
      const map = await mapClusters(ctx.db, { ...args, asOf, access: ctx.access });
      // Places are read as of the map's instant, like the lists' nodes (their actors and actions below).
      return { ...map, places: map.places.map((p) => ({ ...p, asOf })) };
    },
  },
  MapCluster: {
    centre: (c) => ({ longitude: c.longitude, latitude: c.latitude }),
    bounds: (c) => ({ west: c.west, south: c.south, east: c.east, north: c.north }),
    label: (c) => clusterLabel(c.count, c.territory),
  },
};
