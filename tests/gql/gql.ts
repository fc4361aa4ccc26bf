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
    "\n  mutation FactoryCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.FactoryCreateActionDocument,
    "\n  mutation FactoryCreateActor($input: CreateActorInput!) {\n    createActor(input: $input) {\n      actor {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.FactoryCreateActorDocument,
    "\n  mutation FactoryCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.FactoryCreateArticleDocument,
    "\n  mutation FactoryCreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": typeof types.FactoryCreateAnnouncementDocument,
    "\n  mutation FactoryCreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      link {\n        id\n      }\n    }\n  }\n": typeof types.FactoryCreateLinkDocument,
    "\n  mutation FactoryEndLink($input: EndLinkInput!) {\n    endLink(input: $input) {\n      link {\n        id\n      }\n    }\n  }\n": typeof types.FactoryEndLinkDocument,
    "\n  query FactoryParentLinks($id: ID!) {\n    actor(id: $id) {\n      parents(first: 100) {\n        actor {\n          id\n        }\n        link {\n          id\n        }\n      }\n    }\n    action(id: $id) {\n      parents(first: 100) {\n        action {\n          id\n        }\n        link {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FactoryParentLinksDocument,
    "\n  mutation FactoryCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      partnership {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.FactoryCreatePartnershipDocument,
    "\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.FactoryInviteMemberDocument,
    "\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n": typeof types.FactoryAcceptInvitationDocument,
    "\n  mutation FactoryCreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.FactoryCreatePlaceDocument,
    "\n  mutation FactoryCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      theme {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.FactoryCreateThemeDocument,
};
const documents: Documents = {
    "\n  mutation FactoryCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.FactoryCreateActionDocument,
    "\n  mutation FactoryCreateActor($input: CreateActorInput!) {\n    createActor(input: $input) {\n      actor {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.FactoryCreateActorDocument,
    "\n  mutation FactoryCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.FactoryCreateArticleDocument,
    "\n  mutation FactoryCreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n": types.FactoryCreateAnnouncementDocument,
    "\n  mutation FactoryCreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      link {\n        id\n      }\n    }\n  }\n": types.FactoryCreateLinkDocument,
    "\n  mutation FactoryEndLink($input: EndLinkInput!) {\n    endLink(input: $input) {\n      link {\n        id\n      }\n    }\n  }\n": types.FactoryEndLinkDocument,
    "\n  query FactoryParentLinks($id: ID!) {\n    actor(id: $id) {\n      parents(first: 100) {\n        actor {\n          id\n        }\n        link {\n          id\n        }\n      }\n    }\n    action(id: $id) {\n      parents(first: 100) {\n        action {\n          id\n        }\n        link {\n          id\n        }\n      }\n    }\n  }\n": types.FactoryParentLinksDocument,
    "\n  mutation FactoryCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      partnership {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.FactoryCreatePartnershipDocument,
    "\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n": types.FactoryInviteMemberDocument,
    "\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n": types.FactoryAcceptInvitationDocument,
    "\n  mutation FactoryCreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.FactoryCreatePlaceDocument,
    "\n  mutation FactoryCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      theme {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.FactoryCreateThemeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      action {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateActor($input: CreateActorInput!) {\n    createActor(input: $input) {\n      actor {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      item {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateLink($input: CreateLinkInput!) {\n    createLink(input: $input) {\n      link {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryEndLink($input: EndLinkInput!) {\n    endLink(input: $input) {\n      link {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryEndLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FactoryParentLinks($id: ID!) {\n    actor(id: $id) {\n      parents(first: 100) {\n        actor {\n          id\n        }\n        link {\n          id\n        }\n      }\n    }\n    action(id: $id) {\n      parents(first: 100) {\n        action {\n          id\n        }\n        link {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryParentLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      partnership {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      theme {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').FactoryCreateThemeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
