// The GraphQL reads behind the embeds, typed by codegen (api/diffusion/embed/gql/). They run in process
// through the same schema, resolvers, stores and visibility rules as any client's request, always as an
// anonymous visitor (embed-listing.ts): an embed can show nothing GraphQL would not show to the public.
import { graphql } from './gql/index.js';

export const EMBED_SPACE = graphql(`
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
`);

export const EMBED_AGENDA = graphql(`
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
`);

export const EMBED_ACTIONS = graphql(`
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
`);

export const EMBED_ACTORS = graphql(`
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
`);

export const EMBED_CONTENT = graphql(`
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
`);
