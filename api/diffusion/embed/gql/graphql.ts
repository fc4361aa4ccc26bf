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

/** Kinds of content a space publishes or uses internally. */
export type ContentKind =
  /** A small ad: an offer or a request. */
  | 'ANNOUNCEMENT'
  /** A news article. */
  | 'ARTICLE'
  /** An idea of the idea box (members-only by default). */
  | 'IDEA'
  /** An uploaded file or a link to a video or web page. */
  | 'MEDIA'
  /** A message in a discussion thread (members-only by default). */
  | 'MESSAGE'
  /** A descriptive page of the space. */
  | 'PAGE'
  /** A task of the space's task list (members-only by default). */
  | 'TASK';

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

export type EmbedSpaceQueryVariables = Exact<{
  slug: string;
}>;


export type EmbedSpaceQuery = { actor: { id: string, slug: string, name: string } | null, action: { id: string, slug: string, name: string } | null, partnership: { id: string, slug: string, name: string } | null };

export type EmbedAgendaQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: ActionFilter | null | undefined;
  first: number;
}>;


export type EmbedAgendaQuery = { occurrences: { totalCount: number, nodes: Array<{ startsAt: string, endsAt: string | null, status: ActionStatus, action: { id: string, slug: string, name: string, allDay: boolean, timeZone: string, places: Array<{ place: { name: string, address: { city: string | null } | null, location: { latitude: number, longitude: number } } }>, media: Array<{ type: MediaType, url: string, thumbnailUrl: string | null, alt: string | null }> } }> } };

export type EmbedActionsQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
  first: number;
}>;


export type EmbedActionsQuery = { actions: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, description: string | null, status: ActionStatus, startsAt: string | null, endsAt: string | null, allDay: boolean, timeZone: string, places: Array<{ place: { name: string, address: { city: string | null } | null, location: { latitude: number, longitude: number } } }>, media: Array<{ type: MediaType, url: string, thumbnailUrl: string | null, alt: string | null }> }> } };

export type EmbedActorsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  first: number;
}>;


export type EmbedActorsQuery = { actors: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, description: string | null, places: Array<{ place: { name: string, address: { city: string | null } | null, location: { latitude: number, longitude: number } } }> }> } };

export type EmbedContentQueryVariables = Exact<{
  kind: ContentKind;
  spaceId?: string | number | null | undefined;
  filter?: ContentFilter | null | undefined;
  first: number;
}>;


export type EmbedContentQuery = { content: { totalCount: number, nodes: Array<
      | { __typename: 'Announcement', title: string, type: AnnouncementType, publishedAt: string, expiresAt: string | null, id: string, kind: ContentKind, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
      | { __typename: 'Article', title: string, summary: string | null, publishedAt: string, id: string, kind: ContentKind, cover: { url: string, thumbnailUrl: string | null, alt: string | null } | null, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
      | { __typename: 'Idea', id: string, kind: ContentKind, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
      | { __typename: 'Media', id: string, kind: ContentKind, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
      | { __typename: 'Message', id: string, kind: ContentKind, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
      | { __typename: 'Page', id: string, kind: ContentKind, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
      | { __typename: 'Task', id: string, kind: ContentKind, space:
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
    > } };

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

export const EmbedSpaceDocument = new TypedDocumentString(`
    query EmbedSpace($slug: String!) {
  actor(slug: $slug) {
    id
    slug
    name
  }
  action(slug: $slug) {
    id
    slug
    name
  }
  partnership(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<EmbedSpaceQuery, EmbedSpaceQueryVariables>;
export const EmbedAgendaDocument = new TypedDocumentString(`
    query EmbedAgenda($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $first: Int!) {
  occurrences(from: $from, to: $to, filter: $filter, first: $first) {
    totalCount
    nodes {
      startsAt
      endsAt
      status
      action {
        id
        slug
        name
        allDay
        timeZone
        places(first: 1) {
          place {
            name
            address {
              city
            }
            location {
              latitude
              longitude
            }
          }
        }
        media(first: 5) {
          type
          url
          thumbnailUrl
          alt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedAgendaQuery, EmbedAgendaQueryVariables>;
export const EmbedActionsDocument = new TypedDocumentString(`
    query EmbedActions($filter: ActionFilter, $first: Int!) {
  actions(filter: $filter, sort: UPCOMING, first: $first) {
    totalCount
    nodes {
      id
      slug
      name
      description
      status
      startsAt
      endsAt
      allDay
      timeZone
      places(first: 1) {
        place {
          name
          address {
            city
          }
          location {
            latitude
            longitude
          }
        }
      }
      media(first: 5) {
        type
        url
        thumbnailUrl
        alt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedActionsQuery, EmbedActionsQueryVariables>;
export const EmbedActorsDocument = new TypedDocumentString(`
    query EmbedActors($filter: ActorFilter, $first: Int!) {
  actors(filter: $filter, sort: NAME, first: $first) {
    totalCount
    nodes {
      id
      slug
      name
      description
      places(first: 1) {
        place {
          name
          address {
            city
          }
          location {
            latitude
            longitude
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedActorsQuery, EmbedActorsQueryVariables>;
export const EmbedContentDocument = new TypedDocumentString(`
    query EmbedContent($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter, $first: Int!) {
  content(kind: $kind, spaceId: $spaceId, filter: $filter, first: $first) {
    totalCount
    nodes {
      __typename
      id
      kind
      space {
        ... on Actor {
          name
        }
        ... on Action {
          name
        }
        ... on Partnership {
          name
        }
      }
      ... on Article {
        title
        summary
        publishedAt
        cover {
          url
          thumbnailUrl
          alt
        }
      }
      ... on Announcement {
        title
        type
        publishedAt
        expiresAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedContentQuery, EmbedContentQueryVariables>;