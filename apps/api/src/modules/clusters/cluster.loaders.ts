import { In, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../common/graphql/loader.js';
import type { Topic } from '../reference/topic.entity.js';
import { ClusterMembership } from './cluster-membership.entity.js';
import { ClusterTopic } from './cluster-topic.entity.js';
import { ClusterVisionGoal } from './cluster-vision-goal.entity.js';
import { Cluster } from './cluster.entity.js';
import { Milestone } from './milestone.entity.js';

/** The clusters module's loaders, created per request (context.ts). */
export function createClusterLoaders(dataSource: DataSource) {
  return {
    clusterById: oneByKey<string, Cluster>(
      (ids) => dataSource.getRepository(Cluster).findBy({ id: In([...ids]) }),
      (cluster) => cluster.id,
    ),
    membershipsByClusterId: manyByKey<string, ClusterMembership>(
      (ids) => dataSource.getRepository(ClusterMembership).findBy({ clusterId: In([...ids]) }),
      (membership) => membership.clusterId,
    ),
    membershipsByAuthorityId: manyByKey<string, ClusterMembership>(
      (ids) => dataSource.getRepository(ClusterMembership).findBy({ authorityId: In([...ids]) }),
      (membership) => membership.authorityId,
    ),
    topicsByClusterId: manyByKey<string, Topic & { clusterId: string }>(
      async (ids) => {
        const links = await dataSource
          .getRepository(ClusterTopic)
          .find({ where: { clusterId: In([...ids]) }, relations: { topic: true }, order: { position: 'ASC' } });
        return links.map((link) => Object.assign(link.topic!, { clusterId: link.clusterId }));
      },
      (topic) => topic.clusterId,
    ),
    visionGoalsByClusterId: manyByKey<string, ClusterVisionGoal>(
      (ids) =>
        dataSource
          .getRepository(ClusterVisionGoal)
          .find({ where: { clusterId: In([...ids]) }, order: { position: 'ASC' } }),
      (goal) => goal.clusterId,
    ),
    milestonesByClusterId: manyByKey<string, Milestone>(
      (ids) =>
        dataSource
          .getRepository(Milestone)
          .find({ where: { clusterId: In([...ids]) }, order: { occurredOn: 'ASC', titleHe: 'ASC' } }),
      (milestone) => milestone.clusterId!,
    ),
  };
}
