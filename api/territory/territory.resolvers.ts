import type { Resolvers } from '../generated/graphql.js';
import { findOne, linkField } from '../entity/entity.resolvers.js';
import { badInput } from '../errors.js';
import type { TerritoryRecord } from '../records.js';
import { getTerritoryByCode, listTerritories } from './territory.store.js';

const parents = linkField(['WITHIN'], 'OUT', 'Territory');
const children = linkField(['WITHIN'], 'IN', 'Territory');

export const territoryResolvers: Resolvers = {
  Query: {
    territory: async (_, args, ctx) => {
      if (args.code != null || args.level != null) {
        if (args.code == null || args.level == null) throw badInput(args.code == null ? 'code' : 'level', 'Give both code and level to find a territory by its official code.');
        return ctx.db.read((tx) => getTerritoryByCode(tx, args.level!, args.code!));
      }
      return findOne<TerritoryRecord>(ctx, 'Territory', args);
    },
    territories: (_, args, ctx) => listTerritories(ctx.db, { ...args, access: ctx.access }),
  },
  Territory: {
    postalCodes: (t) => t.postalCodes ?? [],
    parents: async (t, _, ctx) => (await parents(t, {}, ctx)).map((l) => l.node as TerritoryRecord),
    children: async (t, _, ctx) => (await children(t, {}, ctx)).map((l) => l.node as TerritoryRecord),
  },
};
