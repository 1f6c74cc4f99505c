import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { MAP_AUTHORITIES_QUERY } from './home.graphql';

/**
 * Every authority, page after page (the API caps a page at 100), for the map. The map waits for
 * all of them: a half-drawn map would misstate the counts in its legend.
 */
export function useMapAuthorities() {
  const { data, error, fetchMore, refetch } = useQuery(MAP_AUTHORITIES_QUERY);
  const [pageError, setPageError] = useState<unknown>(null);
  // Each cursor is fetched once, also when StrictMode runs the effect twice.
  const requested = useRef(new Set<string>());
  const connection = data?.localAuthorities;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!nextCursor || pageError || requested.current.has(nextCursor)) return;
    requested.current.add(nextCursor);
    fetchMore({ variables: { after: nextCursor } }).catch((failure: unknown) => {
      requested.current.delete(nextCursor);
      setPageError(failure);
    });
  }, [nextCursor, pageError, fetchMore]);

  return {
    authorities: connection?.nodes ?? [],
    total: connection?.totalCount ?? null,
    isComplete: connection !== undefined && !connection.pageInfo.hasNextPage,
    error: error ?? pageError ?? undefined,
    retry: () => {
      if (pageError) setPageError(null);
      else refetch().catch(() => undefined);
    },
  };
}
