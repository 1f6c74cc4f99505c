import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { localizedColumns } from '../../common/graphql/localized-text.input.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../identity/viewer.js';
import { Cluster } from './cluster.entity.js';
import type { AddMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';
import { Milestone } from './milestone.entity.js';

/**
 * The timelines people keep: a cluster's CEO adds to their cluster's, the PMO unit to the
 * national one (rule 6). Milestones that come from a source document stay as the source gives them.
 */
export class MilestoneService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
  ) {}

  async add({ clusterId, occurredOn, title }: AddMilestoneInput): Promise<Milestone> {
    this.assertCanEdit(clusterId ?? null);
    return this.dataSource.transaction(async (manager) => {
      if (clusterId && !(await manager.existsBy(Cluster, { id: clusterId })))
        throw new NotFoundError('cluster', clusterId);
      const milestone = await manager
        .getRepository(Milestone)
        .save({ clusterId: clusterId ?? null, occurredOn, ...localizedColumns('title', title) });
      await this.record(manager, 'MILESTONE_CREATED', milestone, null);
      return milestone;
    });
  }

  async update({ id, occurredOn, title }: UpdateMilestoneInput): Promise<Milestone> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.editable(manager, id);
      await manager.update(Milestone, { id }, { occurredOn, ...localizedColumns('title', title) });
      const after = await manager.findOneByOrFail(Milestone, { id });
      await this.record(manager, 'MILESTONE_UPDATED', after, before);
      return after;
    });
  }

  async remove(id: string): Promise<Milestone> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.editable(manager, id);
      await manager.delete(Milestone, { id });
      await this.record(manager, 'MILESTONE_DELETED', null, before);
      return before;
    });
  }

  /** The milestone, locked for this transaction, if the viewer may change it. */
  private async editable(manager: EntityManager, id: string): Promise<Milestone> {
    const milestone = await manager
      .getRepository(Milestone)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!milestone) throw new NotFoundError('milestone', id);
    this.assertCanEdit(milestone.clusterId);
    if (milestone.sourceId) {
      throw new DomainError(
        'FORBIDDEN',
        'This milestone comes from a source document and stays as the source gives it. Add a new milestone instead.',
      );
    }
    return milestone;
  }

  private assertCanEdit(clusterId: string | null): void {
    if (clusterId) return this.viewer.assertCanManageCluster(clusterId);
    this.viewer.requireAccountId();
    if (!this.viewer.hasRole('PMO_ANALYST')) {
      throw new DomainError('FORBIDDEN', 'Only the PMO unit keeps the national timeline.');
    }
  }

  private record(
    manager: EntityManager,
    action: 'MILESTONE_CREATED' | 'MILESTONE_UPDATED' | 'MILESTONE_DELETED',
    after: Milestone | null,
    before: Milestone | null,
  ): Promise<void> {
    const subject = (after ?? before)!;
    return this.audit.record(manager, {
      action,
      entityType: 'Milestone',
      entityId: subject.id,
      clusterId: subject.clusterId,
      before: before && snapshot(before),
      after: after && snapshot(after),
    });
  }
}

function snapshot(milestone: Milestone): Record<string, unknown> {
  return {
    occurredOn: milestone.occurredOn,
    title: { he: milestone.titleHe, ar: milestone.titleAr, en: milestone.titleEn },
  };
}
