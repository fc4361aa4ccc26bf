// All resolvers, merged from the domains, plus the scalars and the Entity interface.
import { GraphQLScalarType, Kind } from 'graphql';
import { actionResolvers } from './action/action.resolvers.js';
import { agendaResolvers } from './agenda/agenda.resolvers.js';
import { actorResolvers } from './actor/actor.resolvers.js';
import { linkWrappers, readingInstant } from './entity/entity.resolvers.js';
import { badInput } from './errors.js';
import type { Resolvers } from './generated/graphql.js';
import { linkResolvers } from './link/link.resolvers.js';
import { changeResolvers } from './change/change.resolvers.js';
import { contentResolvers } from './content/content.resolvers.js';
import { memberResolvers } from './member/member.resolvers.js';
import { partnershipResolvers } from './partnership/partnership.resolvers.js';
import { personResolvers } from './person/person.resolvers.js';
import { placeResolvers } from './place/place.resolvers.js';
import { territoryResolvers } from './territory/territory.resolvers.js';
import { themeResolvers } from './theme/theme.resolvers.js';
import { isValidDateTimeInput } from './shared/time.js';

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isValidDateTimeInput(value)) {
    throw badInput('DateTime', `"${String(value)}" is not a date (2025-07-14) or a date-time with offset (2025-07-14T20:30:00+02:00).`);
  }
  return value;
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 instant (output in UTC); input also accepts a calendar date.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime', 'A DateTime is written as a string.');
    return parseDateTime(ast.value);
  },
});

const domains: Resolvers[] = [actorResolvers, actionResolvers, placeResolvers, themeResolvers, territoryResolvers, partnershipResolvers, linkResolvers, personResolvers, memberResolvers, changeResolvers, contentResolvers, agendaResolvers];

function merge(parts: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) out[type] = { ...(out[type] ?? {}), ...(fields as Record<string, unknown>) };
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = merge([
  ...domains,
  {
    DateTime,
    Query: {
      entity: async (_, { id }, ctx) => {
        const e = await ctx.loaders.entity.load(id);
        return e ? { ...e, asOf: readingInstant(ctx) } : null;
      },
    },
    Entity: { __resolveType: (e) => e.__typename },
  },
  linkWrappers as Resolvers,
]);
