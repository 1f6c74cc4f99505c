import { IsNull, type DataSource, type FindOptionsWhere } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import type { ClusterArgs, ClustersArgs } from './cluster.args.js';
import { Cluster } from './cluster.entity.js';
import { Milestone } from './milestone.entity.js';

export class ClusterService {
  constructor(private readonly dataSource: DataSource) {}

  list({ district, stage }: ClustersArgs): Promise<Cluster[]> {
    const where: FindOptionsWhere<Cluster> = {};
    if (district) where.districtCode = district;
    if (stage) where.stage = stage;
    return this.dataSource.getRepository(Cluster).find({ where, order: { nameHe: 'ASC' } });
  }

  async one({ id, slug }: ClusterArgs): Promise<Cluster> {
    if (!id === !slug) {
      throw new DomainError('BAD_USER_INPUT', 'Give either a cluster id or its slug (such as haifa-bay), not both.');
    }
    const cluster = await this.dataSource.getRepository(Cluster).findOneBy(id ? { id } : { slug: slug! });
    if (!cluster) throw new NotFoundError('cluster', (id ?? slug)!);
    return cluster;
  }

  /** The programme's national timeline: milestones of no single cluster. */
  nationalMilestones(): Promise<Milestone[]> {
    return this.dataSource
      .getRepository(Milestone)
      .find({ where: { clusterId: IsNull() }, order: { occurredOn: 'ASC', titleHe: 'ASC' } });
  }
}
