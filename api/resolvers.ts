// All resolvers, merged from the domains, plus the scalars and the Entity interface.
import { GraphQLScalarType, Kind, type ASTNode } from 'graphql';
import { actionResolvers } from './action/action.resolvers.js';
import { agendaResolvers } from './agenda/agenda.resolvers.js';
import { actorResolvers } from './actor/actor.resolvers.js';
import { linkWrappers, readingInstant } from './entity/entity.resolvers.js';
import { AppError, SCALAR_FIELD } from './errors.js';
import type { Resolvers } from './generated/graphql.js';
import { linkResolvers } from './link/link.resolvers.js';
import { changeResolvers } from './change/change.resolvers.js';
import { contentResolvers } from './content/content.resolvers.js';
import { statisticsResolvers } from './statistics/statistics.resolvers.js';
import { mediaResolvers } from './media/media.resolvers.js';
import { memberResolvers } from './member/member.resolvers.js';
import { partnershipResolvers } from './partnership/partnership.resolvers.js';
import { personResolvers } from './person/person.resolvers.js';
import { mapResolvers } from './map/map.resolvers.js';
import { placeResolvers } from './place/place.resolvers.js';
import { territoryResolvers } from './territory/territory.resolvers.js';
import { themeResolvers } from './theme/theme.resolvers.js';
import { commentResolvers } from './comment/comment.resolvers.js';
import { ideaResolvers } from './idea/idea.resolvers.js';
import { messageResolvers } from './message/message.resolvers.js';
import { partnershipHandshakeResolvers } from './partnership/partnership.handshake.resolvers.js';
import { taskResolvers } from './task/task.resolvers.js';
import { isValidDateTimeInput } from './shared/time.js';

/** `node`: the literal in the query, so the error can point at it (and name its argument). */
function parseDateTime(value: unknown, node?: ASTNode): string {
  if (typeof value !== 'string' || !isValidDateTimeInput(value)) {
    throw new AppError('BAD_USER_INPUT', `"${String(value)}" is not a date (2025-07-14) or a date-time with offset (2025-07-14T20:30:00+02:00).`, SCALAR_FIELD, node);
  }
  return value;
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 instant (output in UTC); input also accepts a calendar date.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new AppError('BAD_USER_INPUT', 'A DateTime is written as a string.', SCALAR_FIELD, ast);
    return parseDateTime(ast.value, ast);
  },
});

const domains: Resolvers[] = [actorResolvers, actionResolvers, placeResolvers, themeResolvers, territoryResolvers, partnershipResolvers, linkResolvers, personResolvers, memberResolvers, changeResolvers, contentResolvers, mediaResolvers, agendaResolvers, taskResolvers, ideaResolvers, messageResolvers, commentResolvers, partnershipHandshakeResolvers, statisticsResolvers, mapResolvers];

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
