import type { HomeQuery, MapAuthoritiesQuery } from '../../gql/graphql';

export type HomeCluster = HomeQuery['clusters'][number];
export type HomeDistrict = HomeQuery['districts'][number];
export type MapAuthority = MapAuthoritiesQuery['localAuthorities']['nodes'][number];
