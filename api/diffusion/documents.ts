// The GraphQL documents the diffusion routes run in process (api/diffusion/reader.ts), typed by codegen
// into api/diffusion/gql/: feeds and exports read exactly what an anonymous visitor of the API reads,
// through the same resolvers, stores and visibility rules.
import { graphql } from './gql/index.js';

/** A space named in a URL by its slug: an actor, an action or a partnership. */
export const SPACE_BY_SLUG = graphql(`
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
`);

graphql(`
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
`);

// The series itself (rule, exceptions, extra dates) is read from the entity store with the same
// visibility (api/diffusion/diffusion.routes.ts): through GraphQL, its two lists of up to 1,000 dates
// would count 2,000 each against the cost limit and leave pages of a few actions.
graphql(`
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
`);

/** A page of an agenda listing: the actions with an occurrence in the window, and their series. */
export const CALENDAR_ACTIONS = graphql(`
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
`);

/** One action's calendar: the action itself (by slug) with its series, and the actions it holds (a festival's programme). */
export const CALENDAR_ACTION = graphql(`
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
`);

graphql(`
  fragment DiffusionMedia on Media {
    id
    type
    title
    alt
    url
    mimeType
    size
  }
`);

/** A page of articles (newest first), as the portal shows them. */
export const ARTICLES = graphql(`
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
`);

/** A page of announcements (newest first), expired ones left out as on the portal. */
export const ANNOUNCEMENTS = graphql(`
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
`);

/** A page of actors for the open-data exports. */
export const EXPORT_ACTORS = graphql(`
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
`);

/** A page of actions for the open-data exports. */
export const EXPORT_ACTIONS = graphql(`
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
`);

/** A page of places for the open-data exports. */
export const EXPORT_PLACES = graphql(`
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
`);
