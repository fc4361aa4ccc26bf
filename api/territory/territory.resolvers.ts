import type { Resolvers } from '../generated/graphql.js';
import { findOne, linkField } from '../entity/entity.resolvers.js';
import type { TerritoryRecord } from '../records.js';
import { checkTerritoryCode, findTerritoryByCode, listTerritories } from './territory.store.js';

const parents = linkField(['WITHIN'], 'OUT', 'Territory');
const children = linkField(['WITHIN'], 'IN', 'Territory');

/** The territories among linked entities (WITHIN links only reach territories). */
function territories(list: { node: { __typename: string } }[]): TerritoryRecord[] {
  return list.map((l) => l.node).filter((n): n is TerritoryRecord => n.__typename === 'Territory');
}

export const territoryResolvers: Resolvers = {
  Query: {
    territory: (_, args, ctx) => {
      const byCode = checkTerritoryCode(args);
      return byCode ? findTerritoryByCode(ctx.db, byCode.level, byCode.code) : findOne<TerritoryRecord>(ctx, 'Territory', args);
    },
    territories: (_, args, ctx) => listTerritories(ctx.db, { ...args, access: ctx.access }),
  },
  Territory: {
    postalCodes: (t) => t.postalCodes ?? [],
    parents: async (t, _, ctx) => territories(await parents(t, {}, ctx)),
    children: async (t, _, ctx) => territories(await children(t, {}, ctx)),
  },
};
