import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';

interface ConnectionShape {
  edges?: unknown[];
  nodes?: unknown[];
}

/**
 * `localAuthorities` is paged by cursor: a page fetched with `after` extends the list already
 * held for the same filters; a fetch without it starts again.
 */
const connectionPolicy: FieldPolicy<ConnectionShape> = {
  // `first` is part of the key so the map (100 a page) and the list (20) never mix their pages.
  keyArgs: ['district', 'kind', 'clusterId', 'search', 'first'],
  merge(existing, incoming, { args }) {
    if (!existing || !args?.after) return incoming;
    return {
      ...incoming,
      edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])],
      nodes: [...(existing.nodes ?? []), ...(incoming.nodes ?? [])],
    };
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Reference data has natural keys, not ids.
      District: { keyFields: ['code'] },
      Sector: { keyFields: ['code'] },
      Topic: { keyFields: ['code'] },
      ActionDirection: { keyFields: ['number'] },
      Sdg: { keyFields: ['number'] },
      Query: { fields: { localAuthorities: connectionPolicy } },
    },
  });
}

/** The API serves the dashboard, so `/graphql` is always on the page's own origin. */
export function createApolloClient(link: ApolloLink = new HttpLink({ uri: '/graphql' })) {
  return new ApolloClient({ link, cache: createCache() });
}
