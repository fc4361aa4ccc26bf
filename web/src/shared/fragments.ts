// The fields every list item needs, shared by the home lists and the entity pages.
import { graphql } from '../gql';

export const ActorSummary = graphql(`
  fragment ActorSummary on Actor {
    id
    slug
    name
    kind
  }
`);

export const ActionSummary = graphql(`
  fragment ActionSummary on Action {
    id
    slug
    name
    kind
    status
    startsAt
    endsAt
    allDay
    timeZone
  }
`);

export const PlaceSummary = graphql(`
  fragment PlaceSummary on Place {
    id
    slug
    name
    address {
      street
      postalCode
      city
    }
  }
`);
