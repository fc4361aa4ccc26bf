// The GraphQL client: one HTTP link to the API, one normalised cache for the whole SPA.
import { ApolloClient, HttpLink, InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';

interface Page {
  nodes: Reference[];
  pageInfo: unknown;
  totalCount: number;
}

/**
 * Cursor pages of one list (same filter, sort and date) accumulate in one cache entry: "Voir plus"
 * appends the next page; a first page (no `after`) replaces the list.
 */
function cursorPages(): FieldPolicy<Page> {
  return {
    keyArgs: ['filter', 'sort', 'asOf'],
    merge(existing, incoming, { args }) {
      // A count-only read of the same list (the explorer's facets ask for `first: 0` without nodes)
      // updates the total and keeps the pages already loaded.
      if (existing && !incoming.nodes) return { ...existing, ...incoming, nodes: existing.nodes };
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            actors: cursorPages(),
            actions: cursorPages(),
          },
        },
      },
    }),
  });
}
