import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  AuthorityClusterMembershipResolver,
  AuthorityClustersResolver,
  ClusterAuthorityResolver,
  ClusterSourceCountResolver,
  MembershipSourceResolver,
  MilestoneResolver,
} from './modules/clusters/cluster-membership.resolver.js';
import { ClusterResolver } from './modules/clusters/cluster.resolver.js';
import { LocalAuthorityResolver } from './modules/geography/local-authority.resolver.js';
import { ReferenceResolver } from './modules/reference/reference.resolver.js';

export const RESOLVERS = [
  ReferenceResolver,
  LocalAuthorityResolver,
  ClusterResolver,
  ClusterAuthorityResolver,
  MembershipSourceResolver,
  ClusterSourceCountResolver,
  AuthorityClusterMembershipResolver,
  AuthorityClustersResolver,
  MilestoneResolver,
] as const;

/** The schema, built from the classes; `npm run schema:emit` writes it to schema.graphql. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // class-validator checks every args and input class (bounds on paging, id formats).
    validate: { forbidUnknownValues: false },
  });
}
