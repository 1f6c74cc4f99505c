import { useQuery } from '@apollo/client/react';
import type { ViewerQuery } from '../../gql/graphql';
import { VIEWER_QUERY } from './account.graphql';
import { viewerAccess, type ViewerAccess } from './viewer-access';

export type Viewer = NonNullable<ViewerQuery['me']>;

export interface ViewerState {
  /** The signed-in account, or null for someone signed out (or while unknown). */
  viewer: Viewer | null;
  access: ViewerAccess;
  /** True until the first answer: a guard waits rather than sending someone to sign in. */
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** Who is signed in, shared by the header, the guards and the pages through Apollo's cache. */
export function useViewer(): ViewerState {
  const { data, loading, error, refetch } = useQuery(VIEWER_QUERY);
  const viewer = data?.me ?? null;
  return { viewer, access: viewerAccess(viewer?.roles), loading: loading && !data, error, refetch };
}
