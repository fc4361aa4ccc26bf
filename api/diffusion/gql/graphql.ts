/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A need a place can meet, as places store it (type Accessibility); the filters' and facets' values. */
export type AccessibilityNeed =
  /** Suited to hard-of-hearing people (`Accessibility.hearing`). */
  | 'HEARING'
  /** Suited to people with a mental or intellectual disability (`Accessibility.intellectual`). */
  | 'MENTAL'
  /** Suited to blind or partially sighted people (`Accessibility.sight`). */
  | 'SIGHT'
  /** Accessible in a wheelchair (`Accessibility.wheelchair`). */
  | 'WHEELCHAIR';

/** Filters on actions; all given filters must hold. */
export type ActionFilter = {
  /** Happening at a place that meets every one of these needs (a place of unknown accessibility meets none). */
  accessibility?: Array<AccessibilityNeed> | null | undefined;
  /** Happening at a place inside this rectangle. */
  bbox?: BoundingBox | null | undefined;
  /** Carried by this actor. */
  carriedById?: string | number | null | undefined;
  /** Running at some point on or after this instant (ends after it). */
  from?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<ActionKind> | null | undefined;
  /** Directly part of this action. */
  partOfId?: string | number | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ActionStatus> | null | undefined;
  /** Happening at a place in one of these territories or a territory inside them. */
  territoryIds?: Array<string | number> | null | undefined;
  /**
   * Full-text search on name, description and address (French; accents, case and plurals ignored), every
   * word required; the last word also matches the beginning of a word, so results follow what is typed
   * ("epicerie solid" finds "Épicerie solidaire"). A one-letter last word matches only a whole word.
   */
  text?: string | null | undefined;
  /** Tagged with one of these themes or a narrower one. */
  themeIds?: Array<string | number> | null | undefined;
  /** Running at some point before this instant (starts before it). */
  to?: string | null | undefined;
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

/** Filters on actors; all given filters must hold. */
export type ActorFilter = {
  /** Located at a place that meets every one of these needs (a place of unknown accessibility meets none). */
  accessibility?: Array<AccessibilityNeed> | null | undefined;
  /** Located at a place inside this rectangle. */
  bbox?: BoundingBox | null | undefined;
  /** Only these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** Directly part of this actor. */
  partOfId?: string | number | null | undefined;
  /** Located at a place in one of these territories or a territory inside them. */
  territoryIds?: Array<string | number> | null | undefined;
  /**
   * Full-text search on name, description and address (French; accents, case and plurals ignored), every
   * word required; the last word also matches the beginning of a word, so results follow what is typed
   * ("epicerie solid" finds "Épicerie solidaire"). A one-letter last word matches only a whole word.
   */
  text?: string | null | undefined;
  /** Tagged with one of these themes or a narrower one. */
  themeIds?: Array<string | number> | null | undefined;
};

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

/** Offer or request. */
export type AnnouncementType =
  /** Something offered (equipment to lend, a room to share). */
  | 'OFFER'
  /** Something asked for (volunteers wanted). */
  | 'REQUEST';

/** A rectangle on the map, in WGS-84 degrees. */
export type BoundingBox = {
  /** Eastern edge (longitude, −180 to 180), east of `west`. */
  east: number;
  /** Northern edge (latitude, −90 to 90), north of `south`. */
  north: number;
  /** Southern edge (latitude, −90 to 90). */
  south: number;
  /** Western edge (longitude, −180 to 180). */
  west: number;
};

/** Filters on content listings; all given filters must hold. */
export type ContentFilter = {
  /** Announcements: only offers or only requests. */
  announcementType?: AnnouncementType | null | undefined;
  /** About a place inside this rectangle (same places as territoryIds). */
  bbox?: BoundingBox | null | undefined;
  /** With a spaceId: only the items that space featured. */
  featuredOnly?: boolean | null | undefined;
  /** Published (articles, announcements) or created (other kinds) at or after this instant. */
  from?: string | null | undefined;
  /** Ideas: only these statuses. */
  ideaStatuses?: Array<IdeaStatus> | null | undefined;
  /** Announcements: include expired ones (default: current only). */
  includeExpired?: boolean | null | undefined;
  /** Tasks: only these statuses. */
  taskStatuses?: Array<TaskStatus> | null | undefined;
  /** About a place in one of these territories or a territory inside them (the item's places, else its space's and actions' places). */
  territoryIds?: Array<string | number> | null | undefined;
  /**
   * Words of the title, subject, summary or body, all of them, in any order (accents and case ignored); each
   * matches the beginning of a word ("fest" finds "Festival"), a one-letter one only a whole word.
   */
  text?: string | null | undefined;
  /** Tagged with one of these themes or a narrower one, itself or the space it is posted in (links valid at `asOf`). */
  themeIds?: Array<string | number> | null | undefined;
  /** Published or created before this instant. */
  to?: string | null | undefined;
};

/** Where an idea stands; managers set it. */
export type IdeaStatus =
  /** Adopted. */
  | 'ADOPTED'
  /** Declined. */
  | 'DECLINED'
  /** Just proposed. */
  | 'PROPOSED'
  /** Being studied. */
  | 'STUDIED';

/** What a media item is. */
export type MediaType =
  /** An uploaded sound file (MP3, Ogg, WAV, FLAC). */
  | 'AUDIO'
  /** An uploaded document (PDF; Word, Excel, PowerPoint and OpenDocument files). */
  | 'DOCUMENT'
  /** An uploaded image (JPEG, PNG, GIF, WebP); it gets a thumbnail. */
  | 'IMAGE'
  /** A link to a web page. */
  | 'LINK'
  /** A link to a video platform. */
  | 'VIDEO_LINK';

/** Filters on places; all given filters must hold. */
export type PlaceFilter = {
  /** Meeting every one of these needs (a place of unknown accessibility meets none). */
  accessibility?: Array<AccessibilityNeed> | null | undefined;
  /** Inside this rectangle. */
  bbox?: BoundingBox | null | undefined;
  /** In one of these territories or a territory inside them. */
  territoryIds?: Array<string | number> | null | undefined;
  /** Names containing this text (accents and case ignored). */
  text?: string | null | undefined;
};

/** Where a task stands. */
export type TaskStatus =
  /** Given up. */
  | 'CANCELLED'
  /** Done. */
  | 'DONE'
  /** Being done. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'TODO';

export type DiffusionSpaceQueryVariables = Exact<{
  slug: string;
}>;


export type DiffusionSpaceQuery = { actor: { id: string, name: string, slug: string } | null, action: { id: string, name: string, slug: string } | null, partnership: { id: string, name: string, slug: string } | null };

export type DiffusionPlaceFragment = { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null };

export type DiffusionCalendarActionFragment = { id: string, slug: string, name: string, kind: ActionKind, description: string | null, status: ActionStatus, startsAt: string | null, endsAt: string | null, allDay: boolean, timeZone: string, createdAt: string, updatedAt: string, places: Array<{ place: { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null } }>, actors: Array<{ actor: { name: string } }> };

export type DiffusionCalendarActionsQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DiffusionCalendarActionsQuery = { actions: { nodes: Array<{ id: string, slug: string, name: string, kind: ActionKind, description: string | null, status: ActionStatus, startsAt: string | null, endsAt: string | null, allDay: boolean, timeZone: string, createdAt: string, updatedAt: string, places: Array<{ place: { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null } }>, actors: Array<{ actor: { name: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DiffusionCalendarActionQueryVariables = Exact<{
  slug: string;
}>;


export type DiffusionCalendarActionQuery = { action: { id: string, slug: string, name: string, kind: ActionKind, description: string | null, status: ActionStatus, startsAt: string | null, endsAt: string | null, allDay: boolean, timeZone: string, createdAt: string, updatedAt: string, children: Array<{ action: { id: string, slug: string, name: string, kind: ActionKind, description: string | null, status: ActionStatus, startsAt: string | null, endsAt: string | null, allDay: boolean, timeZone: string, createdAt: string, updatedAt: string, places: Array<{ place: { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null } }>, actors: Array<{ actor: { name: string } }> } }>, places: Array<{ place: { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null } }>, actors: Array<{ actor: { name: string } }> } | null };

export type DiffusionMediaFragment = { id: string, type: MediaType, title: string, alt: string | null, url: string, mimeType: string | null, size: number | null };

export type DiffusionArticlesQueryVariables = Exact<{
  spaceId?: string | number | null | undefined;
  filter?: ContentFilter | null | undefined;
  first: number;
}>;


export type DiffusionArticlesQuery = { content: { nodes: Array<
      | { __typename: 'Announcement', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Article', title: string, summary: string | null, bodyHtml: string, publishedAt: string, id: string, createdAt: string, updatedAt: string, cover: { id: string, type: MediaType, title: string, alt: string | null, url: string, mimeType: string | null, size: number | null } | null, media: Array<{ id: string, type: MediaType, title: string, alt: string | null, url: string, mimeType: string | null, size: number | null }>, themes: Array<{ name: string }>, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Idea', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Media', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Message', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Page', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Task', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
    > } };

export type DiffusionAnnouncementsQueryVariables = Exact<{
  spaceId?: string | number | null | undefined;
  filter?: ContentFilter | null | undefined;
  first: number;
}>;


export type DiffusionAnnouncementsQuery = { content: { nodes: Array<
      | { __typename: 'Announcement', type: AnnouncementType, title: string, bodyHtml: string, publishedAt: string, expiresAt: string | null, id: string, createdAt: string, updatedAt: string, themes: Array<{ name: string }>, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Article', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Idea', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Media', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Message', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Page', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
      | { __typename: 'Task', id: string, createdAt: string, updatedAt: string, space:
          | { __typename: 'Action', name: string, slug: string }
          | { __typename: 'Actor', name: string, slug: string }
          | { __typename: 'Partnership', name: string, slug: string }
         | null }
    > } };

export type DiffusionExportActorsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DiffusionExportActorsQuery = { actors: { nodes: Array<{ id: string, slug: string, name: string, kind: ActorKind, description: string | null, website: string | null, contactEmail: string | null, contactPhone: string | null, createdAt: string, updatedAt: string, parents: Array<{ actor: { name: string } }>, themes: Array<{ theme: { name: string } }>, places: Array<{ place: { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DiffusionExportActionsQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DiffusionExportActionsQuery = { actions: { nodes: Array<{ id: string, slug: string, name: string, kind: ActionKind, status: ActionStatus, description: string | null, startsAt: string | null, endsAt: string | null, allDay: boolean, timeZone: string, createdAt: string, updatedAt: string, recurrence: { rule: string } | null, actors: Array<{ actor: { name: string } }>, themes: Array<{ theme: { name: string } }>, places: Array<{ place: { id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DiffusionExportPlacesQueryVariables = Exact<{
  filter?: PlaceFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DiffusionExportPlacesQuery = { places: { nodes: Array<{ id: string, slug: string, name: string, createdAt: string, updatedAt: string, address: { street: string | null, postalCode: string | null, city: string | null } | null, location: { latitude: number, longitude: number }, accessibility: { wheelchair: boolean | null, hearing: boolean | null, sight: boolean | null, intellectual: boolean | null, notes: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
export const DiffusionPlaceFragmentDoc = new TypedDocumentString(`
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"DiffusionPlace"}) as unknown as TypedDocumentString<DiffusionPlaceFragment, unknown>;
export const DiffusionCalendarActionFragmentDoc = new TypedDocumentString(`
    fragment DiffusionCalendarAction on Action {
  id
  slug
  name
  kind
  description
  status
  startsAt
  endsAt
  allDay
  timeZone
  createdAt
  updatedAt
  places(first: 1) {
    place {
      ...DiffusionPlace
    }
  }
  actors(role: CARRIES, first: 5) {
    actor {
      name
    }
  }
}
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}`, {"fragmentName":"DiffusionCalendarAction"}) as unknown as TypedDocumentString<DiffusionCalendarActionFragment, unknown>;
export const DiffusionMediaFragmentDoc = new TypedDocumentString(`
    fragment DiffusionMedia on Media {
  id
  type
  title
  alt
  url
  mimeType
  size
}
    `, {"fragmentName":"DiffusionMedia"}) as unknown as TypedDocumentString<DiffusionMediaFragment, unknown>;
export const DiffusionSpaceDocument = new TypedDocumentString(`
    query DiffusionSpace($slug: String!) {
  actor(slug: $slug) {
    id
    name
    slug
  }
  action(slug: $slug) {
    id
    name
    slug
  }
  partnership(slug: $slug) {
    id
    name
    slug
  }
}
    `) as unknown as TypedDocumentString<DiffusionSpaceQuery, DiffusionSpaceQueryVariables>;
export const DiffusionCalendarActionsDocument = new TypedDocumentString(`
    query DiffusionCalendarActions($filter: ActionFilter, $first: Int!, $after: String) {
  actions(filter: $filter, sort: STARTS_AT, first: $first, after: $after) {
    nodes {
      ...DiffusionCalendarAction
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}
fragment DiffusionCalendarAction on Action {
  id
  slug
  name
  kind
  description
  status
  startsAt
  endsAt
  allDay
  timeZone
  createdAt
  updatedAt
  places(first: 1) {
    place {
      ...DiffusionPlace
    }
  }
  actors(role: CARRIES, first: 5) {
    actor {
      name
    }
  }
}`) as unknown as TypedDocumentString<DiffusionCalendarActionsQuery, DiffusionCalendarActionsQueryVariables>;
export const DiffusionCalendarActionDocument = new TypedDocumentString(`
    query DiffusionCalendarAction($slug: String!) {
  action(slug: $slug) {
    ...DiffusionCalendarAction
    children(first: 100) {
      action {
        ...DiffusionCalendarAction
      }
    }
  }
}
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}
fragment DiffusionCalendarAction on Action {
  id
  slug
  name
  kind
  description
  status
  startsAt
  endsAt
  allDay
  timeZone
  createdAt
  updatedAt
  places(first: 1) {
    place {
      ...DiffusionPlace
    }
  }
  actors(role: CARRIES, first: 5) {
    actor {
      name
    }
  }
}`) as unknown as TypedDocumentString<DiffusionCalendarActionQuery, DiffusionCalendarActionQueryVariables>;
export const DiffusionArticlesDocument = new TypedDocumentString(`
    query DiffusionArticles($spaceId: ID, $filter: ContentFilter, $first: Int!) {
  content(kind: ARTICLE, spaceId: $spaceId, filter: $filter, first: $first) {
    nodes {
      __typename
      id
      createdAt
      updatedAt
      space {
        __typename
        ... on Actor {
          name
          slug
        }
        ... on Action {
          name
          slug
        }
        ... on Partnership {
          name
          slug
        }
      }
      ... on Article {
        title
        summary
        bodyHtml
        publishedAt
        cover {
          ...DiffusionMedia
        }
        media(first: 5) {
          ...DiffusionMedia
        }
        themes(first: 20) {
          name
        }
      }
    }
  }
}
    fragment DiffusionMedia on Media {
  id
  type
  title
  alt
  url
  mimeType
  size
}`) as unknown as TypedDocumentString<DiffusionArticlesQuery, DiffusionArticlesQueryVariables>;
export const DiffusionAnnouncementsDocument = new TypedDocumentString(`
    query DiffusionAnnouncements($spaceId: ID, $filter: ContentFilter, $first: Int!) {
  content(kind: ANNOUNCEMENT, spaceId: $spaceId, filter: $filter, first: $first) {
    nodes {
      __typename
      id
      createdAt
      updatedAt
      space {
        __typename
        ... on Actor {
          name
          slug
        }
        ... on Action {
          name
          slug
        }
        ... on Partnership {
          name
          slug
        }
      }
      ... on Announcement {
        type
        title
        bodyHtml
        publishedAt
        expiresAt
        themes(first: 20) {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiffusionAnnouncementsQuery, DiffusionAnnouncementsQueryVariables>;
export const DiffusionExportActorsDocument = new TypedDocumentString(`
    query DiffusionExportActors($filter: ActorFilter, $first: Int!, $after: String) {
  actors(filter: $filter, sort: NAME, first: $first, after: $after) {
    nodes {
      id
      slug
      name
      kind
      description
      website
      contactEmail
      contactPhone
      createdAt
      updatedAt
      parents(first: 5) {
        actor {
          name
        }
      }
      themes(first: 20) {
        theme {
          name
        }
      }
      places(first: 1) {
        place {
          ...DiffusionPlace
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DiffusionExportActorsQuery, DiffusionExportActorsQueryVariables>;
export const DiffusionExportActionsDocument = new TypedDocumentString(`
    query DiffusionExportActions($filter: ActionFilter, $first: Int!, $after: String) {
  actions(filter: $filter, sort: STARTS_AT, first: $first, after: $after) {
    nodes {
      id
      slug
      name
      kind
      status
      description
      startsAt
      endsAt
      allDay
      timeZone
      createdAt
      updatedAt
      recurrence {
        rule
      }
      actors(role: CARRIES, first: 20) {
        actor {
          name
        }
      }
      themes(first: 20) {
        theme {
          name
        }
      }
      places(first: 1) {
        place {
          ...DiffusionPlace
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DiffusionExportActionsQuery, DiffusionExportActionsQueryVariables>;
export const DiffusionExportPlacesDocument = new TypedDocumentString(`
    query DiffusionExportPlaces($filter: PlaceFilter, $first: Int!, $after: String) {
  places(filter: $filter, first: $first, after: $after) {
    nodes {
      ...DiffusionPlace
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DiffusionPlace on Place {
  id
  slug
  name
  address {
    street
    postalCode
    city
  }
  location {
    latitude
    longitude
  }
  accessibility {
    wheelchair
    hearing
    sight
    intellectual
    notes
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<DiffusionExportPlacesQuery, DiffusionExportPlacesQueryVariables>;