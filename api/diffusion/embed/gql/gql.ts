/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EmbedSpace($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n    }\n    action(slug: $slug) {\n      id\n      slug\n      name\n    }\n    partnership(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.EmbedSpaceDocument,
    "\n  query EmbedAgenda($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $first: Int!) {\n    occurrences(from: $from, to: $to, filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        startsAt\n        endsAt\n        status\n        action {\n          id\n          slug\n          name\n          allDay\n          timeZone\n          places(first: 1) {\n            place {\n              name\n              address {\n                city\n              }\n              location {\n                latitude\n                longitude\n              }\n            }\n          }\n          media(first: 5) {\n            type\n            url\n            thumbnailUrl\n            alt\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmbedAgendaDocument,
    "\n  query EmbedActions($filter: ActionFilter, $first: Int!) {\n    actions(filter: $filter, sort: UPCOMING, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        status\n        startsAt\n        endsAt\n        allDay\n        timeZone\n        places(first: 1) {\n          place {\n            name\n            address {\n              city\n            }\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n        media(first: 5) {\n          type\n          url\n          thumbnailUrl\n          alt\n        }\n      }\n    }\n  }\n": typeof types.EmbedActionsDocument,
    "\n  query EmbedActors($filter: ActorFilter, $first: Int!) {\n    actors(filter: $filter, sort: NAME, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        places(first: 1) {\n          place {\n            name\n            address {\n              city\n            }\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmbedActorsDocument,
    "\n  query EmbedContent($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter, $first: Int!) {\n    content(kind: $kind, spaceId: $spaceId, filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        id\n        kind\n        space {\n          ... on Actor {\n            name\n          }\n          ... on Action {\n            name\n          }\n          ... on Partnership {\n            name\n          }\n        }\n        ... on Article {\n          title\n          summary\n          publishedAt\n          cover {\n            url\n            thumbnailUrl\n            alt\n          }\n        }\n        ... on Announcement {\n          title\n          type\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.EmbedContentDocument,
};
const documents: Documents = {
    "\n  query EmbedSpace($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n    }\n    action(slug: $slug) {\n      id\n      slug\n      name\n    }\n    partnership(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": types.EmbedSpaceDocument,
    "\n  query EmbedAgenda($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $first: Int!) {\n    occurrences(from: $from, to: $to, filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        startsAt\n        endsAt\n        status\n        action {\n          id\n          slug\n          name\n          allDay\n          timeZone\n          places(first: 1) {\n            place {\n              name\n              address {\n                city\n              }\n              location {\n                latitude\n                longitude\n              }\n            }\n          }\n          media(first: 5) {\n            type\n            url\n            thumbnailUrl\n            alt\n          }\n        }\n      }\n    }\n  }\n": types.EmbedAgendaDocument,
    "\n  query EmbedActions($filter: ActionFilter, $first: Int!) {\n    actions(filter: $filter, sort: UPCOMING, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        status\n        startsAt\n        endsAt\n        allDay\n        timeZone\n        places(first: 1) {\n          place {\n            name\n            address {\n              city\n            }\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n        media(first: 5) {\n          type\n          url\n          thumbnailUrl\n          alt\n        }\n      }\n    }\n  }\n": types.EmbedActionsDocument,
    "\n  query EmbedActors($filter: ActorFilter, $first: Int!) {\n    actors(filter: $filter, sort: NAME, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        places(first: 1) {\n          place {\n            name\n            address {\n              city\n            }\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EmbedActorsDocument,
    "\n  query EmbedContent($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter, $first: Int!) {\n    content(kind: $kind, spaceId: $spaceId, filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        id\n        kind\n        space {\n          ... on Actor {\n            name\n          }\n          ... on Action {\n            name\n          }\n          ... on Partnership {\n            name\n          }\n        }\n        ... on Article {\n          title\n          summary\n          publishedAt\n          cover {\n            url\n            thumbnailUrl\n            alt\n          }\n        }\n        ... on Announcement {\n          title\n          type\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.EmbedContentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedSpace($slug: String!) {\n    actor(slug: $slug) {\n      id\n      slug\n      name\n    }\n    action(slug: $slug) {\n      id\n      slug\n      name\n    }\n    partnership(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql.js').EmbedSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedAgenda($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $first: Int!) {\n    occurrences(from: $from, to: $to, filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        startsAt\n        endsAt\n        status\n        action {\n          id\n          slug\n          name\n          allDay\n          timeZone\n          places(first: 1) {\n            place {\n              name\n              address {\n                city\n              }\n              location {\n                latitude\n                longitude\n              }\n            }\n          }\n          media(first: 5) {\n            type\n            url\n            thumbnailUrl\n            alt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbedAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedActions($filter: ActionFilter, $first: Int!) {\n    actions(filter: $filter, sort: UPCOMING, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        status\n        startsAt\n        endsAt\n        allDay\n        timeZone\n        places(first: 1) {\n          place {\n            name\n            address {\n              city\n            }\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n        media(first: 5) {\n          type\n          url\n          thumbnailUrl\n          alt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbedActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedActors($filter: ActorFilter, $first: Int!) {\n    actors(filter: $filter, sort: NAME, first: $first) {\n      totalCount\n      nodes {\n        id\n        slug\n        name\n        description\n        places(first: 1) {\n          place {\n            name\n            address {\n              city\n            }\n            location {\n              latitude\n              longitude\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbedActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedContent($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter, $first: Int!) {\n    content(kind: $kind, spaceId: $spaceId, filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        __typename\n        id\n        kind\n        space {\n          ... on Actor {\n            name\n          }\n          ... on Action {\n            name\n          }\n          ... on Partnership {\n            name\n          }\n        }\n        ... on Article {\n          title\n          summary\n          publishedAt\n          cover {\n            url\n            thumbnailUrl\n            alt\n          }\n        }\n        ... on Announcement {\n          title\n          type\n          publishedAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EmbedContentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
