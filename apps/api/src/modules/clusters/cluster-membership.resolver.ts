import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { LocalAuthority } from '../geography/local-authority.entity.js';
import { Source } from '../sources/source.entity.js';
import {
  AuthorityClusterMembership,
  ClusterAuthority,
  ClusterSourceCount,
  MembershipSource,
} from './cluster-authority.types.js';
import { Cluster } from './cluster.entity.js';
import { groupBy, toMembershipSource } from './memberships.js';

/** The relations of membership objects, each through a per-request DataLoader. */
@Resolver(() => ClusterAuthority)
export class ClusterAuthorityResolver {
  @FieldResolver(() => LocalAuthority)
  async authority(@Root() row: ClusterAuthority, @Ctx() { loaders }: Context) {
    return loaders.authorityById.load(row.authorityId);
  }
}

@Resolver(() => MembershipSource)
export class MembershipSourceResolver {
  @FieldResolver(() => Source)
  source(@Root() row: MembershipSource, @Ctx() { loaders }: Context) {
    return loaders.sourceById.load(row.sourceId);
  }
}

@Resolver(() => ClusterSourceCount)
export class ClusterSourceCountResolver {
  @FieldResolver(() => Source)
  source(@Root() row: ClusterSourceCount, @Ctx() { loaders }: Context) {
    return loaders.sourceById.load(row.sourceId);
  }
}

@Resolver(() => AuthorityClusterMembership)
export class AuthorityClusterMembershipResolver {
  @FieldResolver(() => Cluster)
  cluster(@Root() row: AuthorityClusterMembership, @Ctx() { loaders }: Context) {
    return loaders.clusterById.load(row.clusterId);
  }
}

/** Adds `clusters` to LocalAuthority here, so the geography module does not depend on clusters. */
@Resolver(() => LocalAuthority)
export class AuthorityClustersResolver {
  @FieldResolver(() => [AuthorityClusterMembership], { description: 'The clusters sources list it in' })
  async clusters(
    @Root() authority: LocalAuthority,
    @Ctx() { loaders }: Context,
  ): Promise<AuthorityClusterMembership[]> {
    const memberships = await loaders.membershipsByAuthorityId.load(authority.id);
    return groupBy(memberships, (m) => m.clusterId).map(([clusterId, rows]) => ({
      clusterId,
      sources: rows.map(toMembershipSource),
    }));
  }
}
