import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import type { SessionEvents } from './session-events';

interface ConnectionShape {
  edges?: unknown[];
  nodes?: unknown[];
}

/**
 * A list paged by cursor: a page fetched with `after` extends the list already held for the same
 * filters (the `keyArgs`); a fetch without it starts again.
 */
function connectionPolicy(keyArgs: string[]): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const merged = { ...incoming };
      // Only the lists the query asked for: some connections are read by `nodes`, some by `edges`.
      if (incoming.edges) merged.edges = [...(existing.edges ?? []), ...incoming.edges];
      if (incoming.nodes) merged.nodes = [...(existing.nodes ?? []), ...incoming.nodes];
      return merged;
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Reference data has natural keys, not ids.
      District: { keyFields: ['code'] },
      Sector: { keyFields: ['code'] },
      Topic: { keyFields: ['code'] },
      ActionDirection: { keyFields: ['number'] },
      Sdg: { keyFields: ['number'] },
      Query: {
        fields: {
          // `first` is part of the key so the map (100 a page) and the list (20) never mix their pages.
          localAuthorities: connectionPolicy(['district', 'kind', 'clusterId', 'search', 'first']),
          accounts: connectionPolicy(['search', 'role', 'status', 'first']),
          eventRegistrations: connectionPolicy(['eventId', 'status', 'search', 'first']),
          auditEvents: connectionPolicy(['clusterId', 'accountId', 'action', 'entityType', 'since', 'until', 'first']),
        },
      },
    },
  });
}

/**
 * The API serves the dashboard, so `/graphql` is always on the page's own origin, and the session
 * cookie (httpOnly, set by the API) goes with every request.
 */
export function createApolloClient(sessionEvents?: SessionEvents) {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const link = sessionEvents ? ApolloLink.from([sessionEvents.link(), http]) : http;
  return new ApolloClient({ link, cache: createCache() });
}
