import type { ClusterQuery } from '../../gql/graphql';

export type ClusterData = ClusterQuery['cluster'];
export type ClusterAuthorityData = ClusterData['authorities'][number];
export type SourceData = ClusterData['membershipSources'][number]['source'];
