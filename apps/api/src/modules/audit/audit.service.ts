import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import type { AuditEventsArgs } from './audit.args.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventConnection } from './audit.types.js';

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** The trail newest first, filtered by cluster, account (as actor or subject), action, type and time. */
  async list({ clusterId, accountId, action, entityType, since, until, first, after }: AuditEventsArgs) {
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .take(first + 1);
    if (clusterId) query.andWhere('e.cluster_id = :clusterId', { clusterId });
    if (accountId) {
      query.andWhere('(e.actor_account_id = :accountId OR e.subject_account_id = :accountId)', { accountId });
    }
    if (action) query.andWhere('e.action = :action', { action });
    if (entityType) query.andWhere('e.entity_type = :entityType', { entityType });
    if (since) query.andWhere('e.occurred_at >= :since', { since });
    if (until) query.andWhere('e.occurred_at < :until', { until });
    if (after) {
      const [lastId] = decodeCursor(after, 1);
      query.andWhere('e.id < :lastId', { lastId: String(lastId) });
    }
    const rows = await query.getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.id]) : null },
    } satisfies AuditEventConnection;
  }
}
