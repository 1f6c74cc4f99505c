import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PUBLIC } from '../../common/auth/auth-checker.js';
import type { Context } from '../../context.js';
import { LocalizedText, localized } from '../../common/graphql/localized-text.type.js';
import { District } from '../geography/district.entity.js';
import { Person } from '../people/person.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { ClusterArgs, ClustersArgs } from './cluster.args.js';
import { ClusterAuthority, ClusterSourceCount } from './cluster-authority.types.js';
import { Cluster } from './cluster.entity.js';
import { clusterAuthorities, clusterSourceCounts } from './memberships.js';
import { Milestone } from './milestone.entity.js';

@Resolver(() => Cluster)
export class ClusterResolver {
  @Authorized(PUBLIC)
  @Query(() => [Cluster], { description: 'Clusters of local authorities, by Hebrew name' })
  clusters(@Args(() => ClustersArgs) args: ClustersArgs, @Ctx() { services }: Context) {
    return services.clusters.list(args);
  }

  @Authorized(PUBLIC)
  @Query(() => Cluster, { description: 'By id or slug; NOT_FOUND when there is none' })
  cluster(@Args(() => ClusterArgs) args: ClusterArgs, @Ctx() { services }: Context) {
    return services.clusters.one(args);
  }

  @Authorized(PUBLIC)
  @Query(() => [Milestone], {
    name: 'milestones',
    description: 'The national timeline of cross-sector work and the clusters programme',
  })
  nationalMilestones(@Ctx() { services }: Context) {
    return services.clusters.nationalMilestones();
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may change this cluster's data (its CEO); the dashboard shows its actions by it",
  })
  viewerCanManage(@Root() cluster: Cluster, @Ctx() { viewer }: Context): boolean {
    return viewer.canManageCluster(cluster.id);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return cluster.districtCode ? loaders.districtByCode.load(cluster.districtCode) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  ceo(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return cluster.ceoPersonId ? loaders.personById.load(cluster.ceoPersonId) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  programManager(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return cluster.programManagerPersonId ? loaders.personById.load(cluster.programManagerPersonId) : null;
  }

  @FieldResolver(() => [Topic])
  coreTopics(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return loaders.topicsByClusterId.load(cluster.id);
  }

  @FieldResolver(() => [LocalizedText])
  async visionGoals(@Root() cluster: Cluster, @Ctx() { loaders }: Context): Promise<LocalizedText[]> {
    const goals = await loaders.visionGoalsByClusterId.load(cluster.id);
    return goals.map((goal) => localized(goal.textHe, goal.textAr, goal.textEn));
  }

  @FieldResolver(() => [ClusterAuthority], {
    description: 'Every authority any source lists, with the sources that list it',
  })
  async authorities(@Root() cluster: Cluster, @Ctx() { loaders }: Context): Promise<ClusterAuthority[]> {
    return clusterAuthorities(await loaders.membershipsByClusterId.load(cluster.id));
  }

  @FieldResolver(() => [ClusterSourceCount], { description: 'How many authorities each source lists for this cluster' })
  async membershipSources(@Root() cluster: Cluster, @Ctx() { loaders }: Context): Promise<ClusterSourceCount[]> {
    return clusterSourceCounts(await loaders.membershipsByClusterId.load(cluster.id));
  }

  @FieldResolver(() => [Milestone])
  milestones(@Root() cluster: Cluster, @Ctx() { loaders }: Context) {
    return loaders.milestonesByClusterId.load(cluster.id);
  }
}
