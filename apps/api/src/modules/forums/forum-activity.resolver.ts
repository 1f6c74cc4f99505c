import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { District } from '../geography/district.entity.js';
import { ClusterActivity, ClusterActivityReport, DistrictActivity } from './forum.types.js';

@Resolver(() => ClusterActivityReport)
export class ForumActivityResolver {
  @Authorized('ADMIN', 'PMO_ANALYST')
  @Query(() => ClusterActivityReport, {
    description:
      "The clusters' forums per district and per cluster: forums, meetings in the last 12 months, average attendance, vacant seats",
  })
  clusterActivity(@Ctx() { services }: Context) {
    return services.forumActivity.clusterActivity();
  }
}

@Resolver(() => ClusterActivity)
export class ClusterActivityResolver {
  @FieldResolver(() => Cluster)
  cluster(@Root() row: ClusterActivity, @Ctx() { loaders }: Context) {
    return loaders.clusterById.load(row.clusterId);
  }
}

@Resolver(() => DistrictActivity)
export class DistrictActivityResolver {
  @FieldResolver(() => District, { nullable: true })
  district(@Root() row: DistrictActivity, @Ctx() { loaders }: Context) {
    return row.districtCode ? loaders.districtByCode.load(row.districtCode) : null;
  }
}
