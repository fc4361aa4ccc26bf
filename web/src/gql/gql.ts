/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query ActionPage($slug: String!, $asOf: DateTime) {\n    action(slug: $slug, asOf: $asOf) {\n      ...ActionSummary\n      description\n      parents(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      actors(asOf: $asOf, first: 100) {\n        role\n        actor {\n          ...ActorSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActionPageDocument,
    "\n  query ActorPage($slug: String!, $asOf: DateTime) {\n    actor(slug: $slug, asOf: $asOf) {\n      ...ActorSummary\n      description\n      website\n      parents(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      actions(asOf: $asOf, first: 100) {\n        role\n        action {\n          ...ActionSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActorPageDocument,
    "\n  query PortalActions($filter: ActionFilter, $sort: ActionSort, $after: String) {\n    actions(filter: $filter, sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActionSummary\n      }\n    }\n  }\n": typeof types.PortalActionsDocument,
    "\n  query PortalActors($filter: ActorFilter, $after: String) {\n    actors(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActorSummary\n      }\n    }\n  }\n": typeof types.PortalActorsDocument,
    "\n  fragment ActorSummary on Actor {\n    id\n    slug\n    name\n    kind\n  }\n": typeof types.ActorSummaryFragmentDoc,
    "\n  fragment ActionSummary on Action {\n    id\n    slug\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    allDay\n    timeZone\n  }\n": typeof types.ActionSummaryFragmentDoc,
    "\n  fragment PlaceSummary on Place {\n    id\n    slug\n    name\n    address {\n      street\n      postalCode\n      city\n    }\n  }\n": typeof types.PlaceSummaryFragmentDoc,
};
const documents: Documents = {
    "\n  query ActionPage($slug: String!, $asOf: DateTime) {\n    action(slug: $slug, asOf: $asOf) {\n      ...ActionSummary\n      description\n      parents(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      actors(asOf: $asOf, first: 100) {\n        role\n        actor {\n          ...ActorSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActionPageDocument,
    "\n  query ActorPage($slug: String!, $asOf: DateTime) {\n    actor(slug: $slug, asOf: $asOf) {\n      ...ActorSummary\n      description\n      website\n      parents(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      actions(asOf: $asOf, first: 100) {\n        role\n        action {\n          ...ActionSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActorPageDocument,
    "\n  query PortalActions($filter: ActionFilter, $sort: ActionSort, $after: String) {\n    actions(filter: $filter, sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActionSummary\n      }\n    }\n  }\n": types.PortalActionsDocument,
    "\n  query PortalActors($filter: ActorFilter, $after: String) {\n    actors(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActorSummary\n      }\n    }\n  }\n": types.PortalActorsDocument,
    "\n  fragment ActorSummary on Actor {\n    id\n    slug\n    name\n    kind\n  }\n": types.ActorSummaryFragmentDoc,
    "\n  fragment ActionSummary on Action {\n    id\n    slug\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    allDay\n    timeZone\n  }\n": types.ActionSummaryFragmentDoc,
    "\n  fragment PlaceSummary on Place {\n    id\n    slug\n    name\n    address {\n      street\n      postalCode\n      city\n    }\n  }\n": types.PlaceSummaryFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPage($slug: String!, $asOf: DateTime) {\n    action(slug: $slug, asOf: $asOf) {\n      ...ActionSummary\n      description\n      parents(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      actors(asOf: $asOf, first: 100) {\n        role\n        actor {\n          ...ActorSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPage($slug: String!, $asOf: DateTime) {\n    action(slug: $slug, asOf: $asOf) {\n      ...ActionSummary\n      description\n      parents(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        action {\n          ...ActionSummary\n        }\n      }\n      actors(asOf: $asOf, first: 100) {\n        role\n        actor {\n          ...ActorSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage($slug: String!, $asOf: DateTime) {\n    actor(slug: $slug, asOf: $asOf) {\n      ...ActorSummary\n      description\n      website\n      parents(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      actions(asOf: $asOf, first: 100) {\n        role\n        action {\n          ...ActionSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActorPage($slug: String!, $asOf: DateTime) {\n    actor(slug: $slug, asOf: $asOf) {\n      ...ActorSummary\n      description\n      website\n      parents(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      children(asOf: $asOf, first: 100) {\n        actor {\n          ...ActorSummary\n        }\n      }\n      actions(asOf: $asOf, first: 100) {\n        role\n        action {\n          ...ActionSummary\n        }\n      }\n      places(asOf: $asOf, first: 100) {\n        place {\n          ...PlaceSummary\n        }\n      }\n      themes(asOf: $asOf, first: 100) {\n        theme {\n          id\n          name\n        }\n      }\n      partnerships(asOf: $asOf, first: 50) {\n        partnership {\n          id\n          name\n          parties(asOf: $asOf, first: 20) {\n            actor {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalActions($filter: ActionFilter, $sort: ActionSort, $after: String) {\n    actions(filter: $filter, sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalActions($filter: ActionFilter, $sort: ActionSort, $after: String) {\n    actions(filter: $filter, sort: $sort, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalActors($filter: ActorFilter, $after: String) {\n    actors(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActorSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalActors($filter: ActorFilter, $after: String) {\n    actors(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ActorSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorSummary on Actor {\n    id\n    slug\n    name\n    kind\n  }\n"): (typeof documents)["\n  fragment ActorSummary on Actor {\n    id\n    slug\n    name\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionSummary on Action {\n    id\n    slug\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    allDay\n    timeZone\n  }\n"): (typeof documents)["\n  fragment ActionSummary on Action {\n    id\n    slug\n    name\n    kind\n    status\n    startsAt\n    endsAt\n    allDay\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceSummary on Place {\n    id\n    slug\n    name\n    address {\n      street\n      postalCode\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment PlaceSummary on Place {\n    id\n    slug\n    name\n    address {\n      street\n      postalCode\n      city\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;