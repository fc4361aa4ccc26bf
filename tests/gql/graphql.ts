/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An invitation to accept: its id (when addressed to your e-mail) or the token of a link. */
export type AcceptInvitationInput = {
  /** Id of an invitation addressed to your e-mail. */
  invitationId?: string | number | null | undefined;
  /** Token from an invitation link, or from the link in an invitation e-mail. */
  token?: string | null | undefined;
};

/** Accessibility of a place. */
export type AccessibilityInput = {
  /** Suited to hard-of-hearing people. */
  hearing?: boolean | null | undefined;
  /** Suited to people with a mental or intellectual disability. */
  intellectual?: boolean | null | undefined;
  /** Free-text notes. */
  notes?: string | null | undefined;
  /** Suited to blind or partially sighted people. */
  sight?: boolean | null | undefined;
  /** Accessible in a wheelchair. */
  wheelchair?: boolean | null | undefined;
};

/** What sort of action this is. */
export type ActionKind =
  /** A regular activity. */
  | 'ACTIVITY'
  /** A one-off event. */
  | 'EVENT'
  /** An exhibition. */
  | 'EXHIBITION'
  /** A festival, usually with sub-actions. */
  | 'FESTIVAL'
  /** A meeting or assembly. */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER'
  /** A project over a period. */
  | 'PROJECT'
  /** A show or performance. */
  | 'SHOW'
  /** A workshop. */
  | 'WORKSHOP';

/** Where an action stands. A cancelled action still shows, marked as such. */
export type ActionStatus =
  /** Will not take place. */
  | 'CANCELLED'
  /** Takes place but has no room left. */
  | 'FULL'
  /** Moved to a later date, not yet known or given in the description. */
  | 'POSTPONED'
  /** Takes place as announced. */
  | 'SCHEDULED';

/** What sort of actor this is. */
export type ActorKind =
  /** Artist or artistic company. */
  | 'ARTIST'
  /** Association (loi 1901). */
  | 'ASSOCIATION'
  /** Informal collective. */
  | 'COLLECTIVE'
  /** Company or shop. */
  | 'COMPANY'
  /** Cooperative (SCOP, SCIC…). */
  | 'COOPERATIVE'
  /** Craftsperson. */
  | 'CRAFTSPERSON'
  /** Public institution: town hall, library, school… */
  | 'INSTITUTION'
  /** Network of actors. */
  | 'NETWORK'
  /** Anything else. */
  | 'OTHER'
  /** A service or department inside another actor. */
  | 'SERVICE';

/** A postal address. */
export type AddressInput = {
  /** City. */
  city?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Street and number. */
  street?: string | null | undefined;
};

/** Offer or request. */
export type AnnouncementType =
  /** Something offered (equipment to lend, a room to share). */
  | 'OFFER'
  /** Something asked for (volunteers wanted). */
  | 'REQUEST';

/** Fields of a new action. */
export type CreateActionInput = {
  /** True when the action runs whole days. */
  allDay?: boolean | null | undefined;
  /** Actors that carry (organise) it. */
  carrierIds?: Array<string | number> | null | undefined;
  /** Presentation text. */
  description?: string | null | undefined;
  /** End instant (exclusive); must not be before `startsAt`. For an all-day action given as a date, the last day (inclusive). */
  endsAt?: string | null | undefined;
  /** What sort of action. */
  kind: ActionKind;
  /** Display name (1–200 characters). */
  name: string;
  /** Actions it is part of. */
  parentIds?: Array<string | number> | null | undefined;
  /** Actors that take part in it. */
  participantIds?: Array<string | number> | null | undefined;
  /** Places where it happens. */
  placeIds?: Array<string | number> | null | undefined;
  /** Start of validity of the links created here; default now. */
  since?: string | null | undefined;
  /** Wanted slug; generated from the name when absent. */
  slug?: string | null | undefined;
  /** Start instant (or date, for all-day actions). */
  startsAt?: string | null | undefined;
  /** Status; SCHEDULED by default. */
  status?: ActionStatus | null | undefined;
  /** Themes it is tagged with. */
  themeIds?: Array<string | number> | null | undefined;
  /** IANA time zone; Europe/Paris by default. */
  timeZone?: string | null | undefined;
  /** Who sees it; PUBLIC by default. */
  visibility?: Visibility | null | undefined;
};

/** Fields of a new actor. */
export type CreateActorInput = {
  /** Contact e-mail. */
  contactEmail?: string | null | undefined;
  /** Contact phone. */
  contactPhone?: string | null | undefined;
  /** Who sees the contact fields; MEMBERS by default. */
  contactVisibility?: Visibility | null | undefined;
  /** Presentation text. */
  description?: string | null | undefined;
  /** What sort of actor. */
  kind: ActorKind;
  /** Display name (1–200 characters). */
  name: string;
  /** Actors it is part of from now (or from `since`). */
  parentIds?: Array<string | number> | null | undefined;
  /** Places where it is located. */
  placeIds?: Array<string | number> | null | undefined;
  /** Start of validity of the links created here; default now. */
  since?: string | null | undefined;
  /** Wanted slug (lowercase letters, digits, hyphens); generated from the name when absent. */
  slug?: string | null | undefined;
  /** Themes it is tagged with. */
  themeIds?: Array<string | number> | null | undefined;
  /** Who sees it; PUBLIC by default. */
  visibility?: Visibility | null | undefined;
  /** Web site address (http or https). */
  website?: string | null | undefined;
};

/** An announcement to post in a space (EDITOR or higher). */
export type CreateAnnouncementInput = {
  /** Body in Markdown. */
  body: string;
  /** Expiry; after it the announcement leaves current listings. */
  expiresAt?: string | null | undefined;
  /** Places. */
  placeIds?: Array<string | number> | null | undefined;
  /** Publication instant; now by default. */
  publishedAt?: string | null | undefined;
  /** The space. */
  spaceId: string | number;
  /** Themes. */
  themeIds?: Array<string | number> | null | undefined;
  /** Title. */
  title: string;
  /** Offer or request. */
  type: AnnouncementType;
  /** Who sees it; PUBLIC by default. */
  visibility?: Visibility | null | undefined;
};

/** An article to post in a space (EDITOR or higher). */
export type CreateArticleInput = {
  /** Actions it is about. */
  actionIds?: Array<string | number> | null | undefined;
  /** Body in Markdown. */
  body: string;
  /** Cover image (a media item of type IMAGE). */
  coverId?: string | number | null | undefined;
  /** Places it is about. */
  placeIds?: Array<string | number> | null | undefined;
  /** Publication instant; now by default. A future instant schedules it. */
  publishedAt?: string | null | undefined;
  /** The space it is posted in. */
  spaceId: string | number;
  /** Short summary. */
  summary?: string | null | undefined;
  /** Themes. */
  themeIds?: Array<string | number> | null | undefined;
  /** Title (1–200 characters). */
  title: string;
  /** Who sees it; PUBLIC by default. */
  visibility?: Visibility | null | undefined;
};

/** A new dated link. */
export type CreateLinkInput = {
  /** Entity the link starts from (the child for PART_OF, the actor for CARRIES…). */
  fromId: string | number;
  /** Start of validity; default now. */
  since?: string | null | undefined;
  /** Entity the link points to. */
  toId: string | number;
  /** Kind of link; see LinkType for the pairs it allows. */
  type: LinkType;
  /** End of validity, when already known; after `since`. */
  until?: string | null | undefined;
};

/** Fields of a new partnership. */
export type CreatePartnershipInput = {
  /** Actions it is tied to. */
  actionIds?: Array<string | number> | null | undefined;
  /** What it is about. */
  description?: string | null | undefined;
  /** Display name. */
  name: string;
  /** The actors taking part: at least two, all different. */
  partyIds: Array<string | number>;
  /** Start of the partnership; default now. */
  since?: string | null | undefined;
  /** Wanted slug; generated from the name when absent. */
  slug?: string | null | undefined;
  /** Themes. */
  themeIds?: Array<string | number> | null | undefined;
  /** End of the partnership, when already known. */
  until?: string | null | undefined;
  /** Who sees it; PUBLIC by default. */
  visibility?: Visibility | null | undefined;
};

/** Fields of a new place. */
export type CreatePlaceInput = {
  /** Accessibility. */
  accessibility?: AccessibilityInput | null | undefined;
  /** Postal address. */
  address?: AddressInput | null | undefined;
  /** INSEE code of the commune the place lies in (must be imported). */
  communeCode?: string | null | undefined;
  /** Position. */
  location: GeoPointInput;
  /** Display name. */
  name: string;
  /** Wanted slug; generated from the name when absent. */
  slug?: string | null | undefined;
};

/** Fields of a new theme. */
export type CreateThemeInput = {
  /** Broader themes. */
  broaderIds?: Array<string | number> | null | undefined;
  /** What it covers. */
  description?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Wanted slug; generated from the name when absent. */
  slug?: string | null | undefined;
};

/** Ends a link. */
export type EndLinkInput = {
  /** The link to end. */
  linkId: string | number;
  /** End of validity; default now. Must be after the link's `since`. */
  until?: string | null | undefined;
};

/** A WGS-84 position. */
export type GeoPointInput = {
  /** Latitude, −90 to 90. */
  latitude: number;
  /** Longitude, −180 to 180. */
  longitude: number;
};

/** An invitation to make. */
export type InviteMemberInput = {
  /**
   * Address of the person invited, who is sent an e-mail with a link to sign up (or sign in) and join;
   * absent for a link invitation.
   */
  email?: string | null | undefined;
  /**
   * Language of the invitation e-mail; when absent, the invited account's language if the address has
   * one, else the inviter's.
   */
  lang?: Language | null | undefined;
  /** Role on acceptance. */
  role: Role;
  /** The space (actor, action or partnership). */
  spaceId: string | number;
};

/** A language the API writes to people in (e-mails). */
export type Language =
  /** English. */
  | 'EN'
  /** French (the default). */
  | 'FR';

/** The kinds of link between entities, with the pairs each allows (from → to). */
export type LinkType =
  /** Theme → Theme: the first theme is narrower than the second. */
  | 'BROADER'
  /** Actor → Action: the actor carries (organises) the action. */
  | 'CARRIES'
  /** Partnership → Action: the partnership is tied to the action. */
  | 'CONCERNS'
  /** Actor or Action → Place: located at / happens at. */
  | 'LOCATED_AT'
  /** Actor → Partnership: the actor is a party to the partnership. */
  | 'PARTY_TO'
  /** Actor → Actor or Action → Action: subordination (several parents allowed, no cycles). */
  | 'PART_OF'
  /** Actor, Action or Partnership → Theme: tagged with the theme. */
  | 'TAGGED'
  /** Actor → Action: the actor takes part in the action. */
  | 'TAKES_PART_IN'
  /** Place → Territory (or Territory → Territory): lies within. */
  | 'WITHIN';

/** Roles in a space, from most to least rights. docs/rights.md says what each allows. */
export type Role =
  /** Edits the space and its content. Also edits the spaces below it. */
  | 'EDITOR'
  /** Manages the space: members, roles, content. Also manages the spaces below it. */
  | 'MANAGER'
  /** Sees the members-only content of the space and takes part in its internal tools. */
  | 'MEMBER';

/** Who sees an item. */
export type Visibility =
  /** Members of the item's space (and of the spaces above it that the rules allow). */
  | 'MEMBERS'
  /** Everyone, signed in or not. */
  | 'PUBLIC';

export type FactoryCreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type FactoryCreateActionMutation = { createAction: { action: { id: string, slug: string, name: string } } };

export type FactoryCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type FactoryCreateActorMutation = { createActor: { actor: { id: string, slug: string, name: string } } };

export type FactoryCreateArticleMutationVariables = Exact<{
  input: CreateArticleInput;
}>;


export type FactoryCreateArticleMutation = { createArticle: { item:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type FactoryCreateAnnouncementMutationVariables = Exact<{
  input: CreateAnnouncementInput;
}>;


export type FactoryCreateAnnouncementMutation = { createAnnouncement: { item:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type FactoryCreateLinkMutationVariables = Exact<{
  input: CreateLinkInput;
}>;


export type FactoryCreateLinkMutation = { createLink: { link: { id: string } } };

export type FactoryEndLinkMutationVariables = Exact<{
  input: EndLinkInput;
}>;


export type FactoryEndLinkMutation = { endLink: { link: { id: string } } };

export type FactoryParentLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type FactoryParentLinksQuery = { actor: { parents: Array<{ actor: { id: string }, link: { id: string } }> } | null, action: { parents: Array<{ action: { id: string }, link: { id: string } }> } | null };

export type FactoryCreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type FactoryCreatePartnershipMutation = { createPartnership: { partnership: { id: string, slug: string, name: string } } };

export type FactoryInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type FactoryInviteMemberMutation = { inviteMember: { invitation: { id: string } } };

export type FactoryAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type FactoryAcceptInvitationMutation = { acceptInvitation: { membership: { id: string } } };

export type FactoryCreatePlaceMutationVariables = Exact<{
  input: CreatePlaceInput;
}>;


export type FactoryCreatePlaceMutation = { createPlace: { place: { id: string, slug: string, name: string } } };

export type FactoryCreateThemeMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type FactoryCreateThemeMutation = { createTheme: { theme: { id: string, slug: string, name: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FactoryCreateActionDocument = new TypedDocumentString(`
    mutation FactoryCreateAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateActionMutation, FactoryCreateActionMutationVariables>;
export const FactoryCreateActorDocument = new TypedDocumentString(`
    mutation FactoryCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateActorMutation, FactoryCreateActorMutationVariables>;
export const FactoryCreateArticleDocument = new TypedDocumentString(`
    mutation FactoryCreateArticle($input: CreateArticleInput!) {
  createArticle(input: $input) {
    item {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateArticleMutation, FactoryCreateArticleMutationVariables>;
export const FactoryCreateAnnouncementDocument = new TypedDocumentString(`
    mutation FactoryCreateAnnouncement($input: CreateAnnouncementInput!) {
  createAnnouncement(input: $input) {
    item {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateAnnouncementMutation, FactoryCreateAnnouncementMutationVariables>;
export const FactoryCreateLinkDocument = new TypedDocumentString(`
    mutation FactoryCreateLink($input: CreateLinkInput!) {
  createLink(input: $input) {
    link {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateLinkMutation, FactoryCreateLinkMutationVariables>;
export const FactoryEndLinkDocument = new TypedDocumentString(`
    mutation FactoryEndLink($input: EndLinkInput!) {
  endLink(input: $input) {
    link {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryEndLinkMutation, FactoryEndLinkMutationVariables>;
export const FactoryParentLinksDocument = new TypedDocumentString(`
    query FactoryParentLinks($id: ID!) {
  actor(id: $id) {
    parents(first: 100) {
      actor {
        id
      }
      link {
        id
      }
    }
  }
  action(id: $id) {
    parents(first: 100) {
      action {
        id
      }
      link {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryParentLinksQuery, FactoryParentLinksQueryVariables>;
export const FactoryCreatePartnershipDocument = new TypedDocumentString(`
    mutation FactoryCreatePartnership($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    partnership {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreatePartnershipMutation, FactoryCreatePartnershipMutationVariables>;
export const FactoryInviteMemberDocument = new TypedDocumentString(`
    mutation FactoryInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryInviteMemberMutation, FactoryInviteMemberMutationVariables>;
export const FactoryAcceptInvitationDocument = new TypedDocumentString(`
    mutation FactoryAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryAcceptInvitationMutation, FactoryAcceptInvitationMutationVariables>;
export const FactoryCreatePlaceDocument = new TypedDocumentString(`
    mutation FactoryCreatePlace($input: CreatePlaceInput!) {
  createPlace(input: $input) {
    place {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreatePlaceMutation, FactoryCreatePlaceMutationVariables>;
export const FactoryCreateThemeDocument = new TypedDocumentString(`
    mutation FactoryCreateTheme($input: CreateThemeInput!) {
  createTheme(input: $input) {
    theme {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateThemeMutation, FactoryCreateThemeMutationVariables>;