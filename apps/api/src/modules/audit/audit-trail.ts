import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '@roundtable/shared/identity';
import { postgresPool } from '../../database/data-source.js';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  clusterId?: string | null;
  subjectAccountId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Who acted, when not the viewer (the account that is signing in). */
  actorAccountId?: string | null;
}

/**
 * The request's pen for the audit trail: it knows who is acting and the request id. A change is
 * written with `record` in the transaction that makes it, so both commit or neither does.
 */
export class AuditTrail {
  /** Reads of personal data in one request, written as one INSERT before the data is sent. */
  private readonly personalReads: DataLoader<string, true>;
  /** Reads of people's contact details in the partner pool, likewise one INSERT per request. */
  private readonly contactReads: DataLoader<string, true>;

  constructor(
    dataSource: DataSource,
    /** Who acts: read at each entry, so an entry written after signing in names the new account. */
    private readonly actor: { readonly accountId: string | null },
    private readonly requestId: string,
  ) {
    this.personalReads = new DataLoader<string, true>(async (subjectIds) => {
      await this.record(
        dataSource.manager,
        subjectIds.map((subjectAccountId) => ({
          action: 'PERSONAL_DATA_READ' as const,
          entityType: 'Account',
          entityId: subjectAccountId,
          subjectAccountId,
          after: { fields: ['email'] },
        })),
      );
      return subjectIds.map(() => true as const);
    });
    this.contactReads = new DataLoader<string, true>(async (personIds) => {
      // One statement: each person's account (if they have one) is the subject. Every search that
      // shows contacts sends it (the pool's busiest request, docs/benchmarks.md), so it is named:
      // each connection plans it once, and it skips TypeORM's query runner.
      await postgresPool(dataSource).query({
        name: 'audit-contact-reads',
        text: `INSERT INTO audit_event (action, actor_account_id, subject_account_id, entity_type, entity_id, after, request_id)
         SELECT 'PERSONAL_DATA_READ', $2::uuid, a.id, 'Stakeholder', p.person_id, '{"fields": ["contacts"]}', $3
           FROM unnest($1::uuid[]) AS p(person_id) LEFT JOIN account a ON a.person_id = p.person_id`,
        values: [personIds, this.actor.accountId, this.requestId],
      });
      return personIds.map(() => true as const);
    });
  }

  async record(manager: EntityManager, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
    if (list.length === 0) return;
    const parameters: unknown[] = [];
    const values = list.map((entry) => {
      const row = [
        entry.action,
        entry.actorAccountId !== undefined ? entry.actorAccountId : this.actor.accountId,
        entry.subjectAccountId ?? null,
        entry.clusterId ?? null,
        entry.entityType,
        entry.entityId ?? null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        this.requestId,
      ];
      return `(${row.map((value) => `$${parameters.push(value)}`).join(', ')})`;
    });
    await manager.query(
      `INSERT INTO audit_event (action, actor_account_id, subject_account_id, cluster_id, entity_type, entity_id, before, after, request_id)
       VALUES ${values.join(', ')}`,
      parameters,
    );
  }

  /** Logs that the viewer is about to see someone else's contact details (privacy: reads are logged too). */
  async personalDataRead(subjectAccountId: string): Promise<void> {
    if (subjectAccountId === this.actor.accountId) return;
    await this.personalReads.load(subjectAccountId);
  }

  /**
   * Logs that the viewer (anyone, signed in or not) is about to see a person's contact details in
   * the partner pool; the caller leaves out the person's own reads.
   */
  async contactDetailsRead(personId: string): Promise<void> {
    await this.contactReads.load(personId);
  }
}
