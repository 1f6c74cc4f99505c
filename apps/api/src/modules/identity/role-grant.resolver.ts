import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { RoleGrant } from './role-grant.entity.js';

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Cluster, { nullable: true, description: 'The cluster a CLUSTER_CEO grant is scoped to' })
  cluster(@Root() grant: RoleGrant, @Ctx() { loaders }: Context) {
    return grant.clusterId ? loaders.clusterById.load(grant.clusterId) : null;
  }

  @FieldResolver(() => Forum, {
    nullable: true,
    description: 'The forum whose calls a COMMITTEE_MEMBER grant reviews (forums are public)',
  })
  forum(@Root() grant: RoleGrant, @Ctx() { loaders }: Context) {
    return grant.forumId ? loaders.forumById.load(grant.forumId) : null;
  }
}
