import { authorOf } from '../context.js';
import { readingInstant } from '../entity/entity.resolvers.js';
import type { ActionStatus, Resolvers } from '../generated/graphql.js';
import type { ActionRecord } from '../records.js';
import {
  checkRange,
  listOccurrences,
  occurrencesOf,
  recurrenceOf,
  seriesOf,
  setRecurrence,
  startsAtLocalOf,
  updateOccurrence,
  type OccurrenceRecord,
} from './agenda.store.js';

function toOccurrence(o: OccurrenceRecord, action: ActionRecord) {
  return { action, startsAt: o.startsAt, endsAt: o.endsAt, originalStartsAt: o.originalStartsAt, status: o.status as ActionStatus, modified: o.modified };
}

export const agendaResolvers: Resolvers = {
  Query: {
    occurrences: async (_, args, ctx) => {
      const asOf = readingInstant(ctx, args.asOf);
      const page = await listOccurrences(ctx.db, { ...args, asOf, access: ctx.access });
      // The page's actions: returned with the page from the slots (and primed for nested fields), else
      // in one batch, through the reader's visibility like any entity read.
      const byId = new Map<string, ActionRecord>();
      for (const o of page.nodes) {
        if (!o.action || byId.has(o.actionId)) continue;
        ctx.loaders.entity.prime(o.actionId, o.action);
        byId.set(o.actionId, { ...o.action, asOf });
      }
      const actions = await ctx.loaders.entity.loadMany([...new Set(page.nodes.filter((o) => !byId.has(o.actionId)).map((o) => o.actionId))]);
      for (const a of actions) if (a && !(a instanceof Error) && a.__typename === 'Action') byId.set(a.id, { ...a, asOf });
      return { ...page, nodes: page.nodes.filter((o) => byId.has(o.actionId)).map((o) => toOccurrence(o, byId.get(o.actionId)!)) };
    },
  },
  Mutation: {
    setRecurrence: async (_, { input }, ctx) => ({ action: await setRecurrence(ctx.db, input, authorOf(ctx)) }),
    updateOccurrence: async (_, { input }, ctx) => {
      const { occurrence, action } = await updateOccurrence(ctx.db, input, authorOf(ctx));
      return toOccurrence(occurrence, action);
    },
  },
  Action: {
    startsAtLocal: (action) => startsAtLocalOf(action),
    recurrence: (action) => recurrenceOf(action),
    occurrences: async (action, args, ctx) => {
      const range = checkRange(args.from, args.to);
      const changes = await ctx.loaders.occurrenceChanges.load(action.id);
      return occurrencesOf(seriesOf(action), changes, range.from, range.to).map((o) => toOccurrence(o, action));
    },
  },
};
