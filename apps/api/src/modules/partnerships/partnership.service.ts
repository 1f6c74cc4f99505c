import DataLoader from 'dataloader';
import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { dateInIsrael, daysBetween } from '@roundtable/shared/forums';
import { PARTNERSHIP_LIMITS as LIMITS, sdgOfTarget } from '@roundtable/shared/partnerships';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import { localizedColumns, type LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { Cluster } from '../clusters/cluster.entity.js';
import { constraintViolation } from '../forums/forum-errors.js';
import type { Viewer } from '../identity/viewer.js';
import { involvesSectorSql } from './partnership-sectors.js';
import { assertCanCreatePartnership, canManagePartnership, partnershipForbidden } from './partnership-access.js';
import { PartnershipIndicator } from './partnership-indicator.entity.js';
import { PartnershipMilestone } from './partnership-milestone.entity.js';
import { PartnershipPartner } from './partnership-partner.entity.js';
import { Partnership } from './partnership.entity.js';
import type {
  AddPartnershipIndicatorInput,
  AddPartnershipMilestoneInput,
  AddPartnershipPartnerInput,
  CreatePartnershipInput,
  IndicatorInput,
  MilestoneInput,
  PartnerInput,
  ReportPartnershipProgressInput,
  UpdatePartnershipIndicatorInput,
  UpdatePartnershipInput,
  UpdatePartnershipMilestoneInput,
} from './partnerships.inputs.js';
import type { PartnershipFilter, PartnershipsArgs } from './partnerships.args.js';
import type { PartnershipConnection } from './partnerships.types.js';
import { ProgressReport } from './progress-report.entity.js';

type Change = { change: string } & Record<string, unknown>;

/**
 * The partnerships registry and its progress reports (issue #7, docs/partnerships.md). Each change
 * and its audit entry commit together, under a lock on the partnership's row, so rules that span
 * rows (one organisation once, SDG targets of listed goals, a report's values of the partnership's
 * own indicators) hold against concurrent edits; the database's keys and checks hold them too.
 */
export class PartnershipService {
  private organisationOfViewer: Promise<string | null> | undefined;
  /** Whether the viewer's organisation is a partner, per partnership: one query per request for a listing. */
  private readonly viewerPartnerships = new DataLoader<string, boolean>(async (partnershipIds) => {
    const organisationId = await this.viewerOrganisationId(this.dataSource.manager);
    if (!organisationId) return partnershipIds.map(() => false);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT partnership_id AS id FROM partnership_partner WHERE organisation_id = $1 AND partnership_id = ANY($2::uuid[])`,
      [organisationId, partnershipIds],
    );
    return partnershipIds.map((id) => rows.some((row) => row.id === id));
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Today in Israel by the server's clock: the status light and a report's date are judged by it. */
  today(): string {
    return dateInIsrael(this.clock.now());
  }

  // ---- Reading: public (partnerships hold no personal data) ----

  async list({ filter, first, after }: PartnershipsArgs): Promise<PartnershipConnection> {
    const query = this.dataSource.getRepository(Partnership).createQueryBuilder('p');
    applyFilter(query, filter ?? {});
    const totalCount = await query.getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      query.andWhere('(p.created_at, p.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await query
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      },
    };
  }

  async one(id: string): Promise<Partnership> {
    const partnership = await this.dataSource.getRepository(Partnership).findOneBy({ id });
    if (!partnership) throw new NotFoundError('partnership', id);
    return partnership;
  }

  /**
   * Whether the viewer may change it and report its progress: its manager, or a partner
   * organisation's account. Without a manager (a field of a listing) the answer is batched; in a
   * change's transaction it is read there, after the partnership's row is locked.
   */
  async canEdit(partnership: Partnership, manager?: EntityManager): Promise<boolean> {
    if (!this.viewer.isSignedIn) return false;
    if (canManagePartnership(this.viewer, partnership)) return true;
    if (!manager) return this.viewerPartnerships.load(partnership.id);
    const organisationId = await this.viewerOrganisationId(manager);
    return (
      organisationId !== null && manager.existsBy(PartnershipPartner, { partnershipId: partnership.id, organisationId })
    );
  }

  // ---- Changing ----

  async create(input: CreatePartnershipInput): Promise<Partnership> {
    const clusterId = input.clusterId ?? null;
    if (input.kind === 'INTER_MUNICIPAL' && !clusterId) {
      throw badInput(
        'clusterId',
        "An inter-municipal partnership is a cluster's joint project: give the cluster (clusterId).",
      );
    }
    assertCanCreatePartnership(this.viewer, clusterId);
    assertSummary(input.summary);
    assertDates(input.startOn ?? null, input.endOn ?? null);
    assertTargetsOfGoals(input.sdgTargets, input.sdgs);
    assertDistinctPartners(input.partners);
    return this.dataSource
      .transaction(async (manager) => {
        if (clusterId && !(await manager.existsBy(Cluster, { id: clusterId }))) {
          throw new NotFoundError('cluster', clusterId);
        }
        await assertTopicsExist(manager, input.topicCodes);
        await assertOrganisationsExist(
          manager,
          input.partners.map((partner) => partner.organisationId),
        );
        const { id } = await manager.getRepository(Partnership).save({
          kind: input.kind,
          clusterId,
          ...(localizedColumns('title', input.title) as Pick<Partnership, 'titleHe' | 'titleAr' | 'titleEn'>),
          ...summaryColumns(input.summary ?? null),
          status: input.status,
          fundingMechanism: input.fundingMechanism ?? null,
          budgetAgorot: input.budgetAgorot ?? null,
          startOn: input.startOn ?? null,
          endOn: input.endOn ?? null,
          reportingPeriodMonths: input.reportingPeriodMonths ?? null,
          createdByAccountId: this.viewer.accountId,
        });
        await replaceLinks(manager, id, {
          districts: input.districts,
          directions: input.directions,
          sdgs: input.sdgs,
          sdgTargets: input.sdgTargets,
          topicCodes: input.topicCodes,
        });
        for (const partner of input.partners) await insertPartner(manager, id, partner);
        for (const milestone of input.milestones) await insertMilestone(manager, id, milestone);
        for (const indicator of input.indicators) await insertIndicator(manager, id, indicator);
        await this.audit.record(manager, {
          action: 'PARTNERSHIP_CREATED',
          entityType: 'Partnership',
          entityId: id,
          clusterId,
          after: await snapshot(manager, id),
        });
        return manager.findOneByOrFail(Partnership, { id });
      })
      .catch(rethrowConflict);
  }

  async update(input: UpdatePartnershipInput): Promise<Partnership> {
    if (input.summary) assertSummary(input.summary);
    return this.edited(input.partnershipId, async (manager, partnership) => {
      const startOn = input.startOn !== undefined ? input.startOn : partnership.startOn;
      const endOn = input.endOn !== undefined ? input.endOn : partnership.endOn;
      assertDates(startOn, endOn);
      if (input.status === null) throw badInput('status', 'status cannot be emptied: choose one.');
      if (input.topicCodes) await assertTopicsExist(manager, input.topicCodes);
      const columns: Partial<Partnership> = { updatedAt: this.clock.now() };
      if (input.title) Object.assign(columns, localizedColumns('title', input.title));
      if (input.summary !== undefined) Object.assign(columns, summaryColumns(input.summary));
      if (input.status) columns.status = input.status;
      if (input.fundingMechanism !== undefined) columns.fundingMechanism = input.fundingMechanism;
      if (input.budgetAgorot !== undefined) columns.budgetAgorot = input.budgetAgorot;
      if (input.startOn !== undefined) columns.startOn = input.startOn;
      if (input.endOn !== undefined) columns.endOn = input.endOn;
      if (input.reportingPeriodMonths !== undefined) columns.reportingPeriodMonths = input.reportingPeriodMonths;
      await manager.update(Partnership, { id: partnership.id }, columns);

      // The targets must stay of listed goals: new targets are checked against the goals as updated,
      // and goals taken away take their targets with them.
      const current = await currentGoals(manager, partnership.id);
      const sdgs = input.sdgs ?? current.sdgs;
      const sdgTargets = input.sdgTargets ?? current.targets.filter((target) => sdgs.includes(sdgOfTarget(target)));
      assertTargetsOfGoals(sdgTargets, sdgs);
      await replaceLinks(manager, partnership.id, {
        ...(input.districts ? { districts: input.districts } : {}),
        ...(input.directions ? { directions: input.directions } : {}),
        ...(input.sdgs || input.sdgTargets ? { sdgs, sdgTargets } : {}),
        ...(input.topicCodes ? { topicCodes: input.topicCodes } : {}),
      });
      return { change: 'update' };
    });
  }

  async addPartner(input: AddPartnershipPartnerInput): Promise<Partnership> {
    return this.edited(input.partnershipId, async (manager, partnership) => {
      await assertOrganisationsExist(manager, [input.organisationId]);
      await insertPartner(manager, partnership.id, input);
      return { change: 'addPartner', organisationId: input.organisationId, role: input.role };
    });
  }

  async removePartner({ partnershipId, organisationId }: { partnershipId: string; organisationId: string }) {
    return this.edited(partnershipId, async (manager) => {
      const removed = await manager.delete(PartnershipPartner, { partnershipId, organisationId });
      if (!removed.affected) {
        throw new DomainError('NOT_FOUND', 'This organisation is not a partner in this partnership.', {
          what: 'partner',
        });
      }
      return { change: 'removePartner', organisationId };
    });
  }

  async addMilestone(input: AddPartnershipMilestoneInput): Promise<Partnership> {
    return this.edited(input.partnershipId, async (manager, partnership) => {
      const id = await insertMilestone(manager, partnership.id, input);
      return { change: 'addMilestone', milestoneId: id };
    });
  }

  async updateMilestone(input: UpdatePartnershipMilestoneInput): Promise<Partnership> {
    const milestone = await this.dataSource.getRepository(PartnershipMilestone).findOneBy({ id: input.milestoneId });
    if (!milestone) throw new NotFoundError('milestone', input.milestoneId);
    return this.edited(milestone.partnershipId, async (manager) => {
      const columns: Partial<PartnershipMilestone> = {};
      if (input.title) Object.assign(columns, localizedColumns('title', input.title));
      if (input.dueOn !== undefined) columns.dueOn = input.dueOn;
      if (input.doneOn !== undefined) {
        if (input.doneOn !== null && daysBetween(this.today(), input.doneOn) > 0) {
          throw badInput('doneOn', `doneOn is in the future: a milestone is done today (${this.today()}) or earlier.`);
        }
        Object.assign(columns, { doneOn: input.doneOn, isDone: input.doneOn !== null });
      }
      if (Object.keys(columns).length) await manager.update(PartnershipMilestone, { id: milestone.id }, columns);
      return { change: 'updateMilestone', milestoneId: milestone.id, ...columns };
    });
  }

  async removeMilestone(milestoneId: string): Promise<Partnership> {
    const milestone = await this.dataSource.getRepository(PartnershipMilestone).findOneBy({ id: milestoneId });
    if (!milestone) throw new NotFoundError('milestone', milestoneId);
    return this.edited(milestone.partnershipId, async (manager) => {
      await manager.delete(PartnershipMilestone, { id: milestone.id });
      return { change: 'removeMilestone', milestoneId, title: milestone.title };
    });
  }

  async addIndicator(input: AddPartnershipIndicatorInput): Promise<Partnership> {
    return this.edited(input.partnershipId, async (manager, partnership) => {
      const id = await insertIndicator(manager, partnership.id, input);
      return { change: 'addIndicator', indicatorId: id };
    });
  }

  async updateIndicator(input: UpdatePartnershipIndicatorInput): Promise<Partnership> {
    const indicator = await this.dataSource.getRepository(PartnershipIndicator).findOneBy({ id: input.indicatorId });
    if (!indicator) throw new NotFoundError('indicator', input.indicatorId);
    return this.edited(indicator.partnershipId, async (manager) => {
      const columns: Partial<PartnershipIndicator> = {};
      if (input.name) Object.assign(columns, localizedColumns('name', input.name));
      if (input.unit !== undefined) Object.assign(columns, optionalColumns('unit', input.unit));
      if (input.baseline !== undefined) columns.baseline = input.baseline;
      if (input.target !== undefined) columns.target = input.target;
      if (Object.keys(columns).length) await manager.update(PartnershipIndicator, { id: indicator.id }, columns);
      return { change: 'updateIndicator', indicatorId: indicator.id, ...columns };
    });
  }

  /** Refused once a report recorded a value for it: reports are history. */
  async removeIndicator(indicatorId: string): Promise<Partnership> {
    const indicator = await this.dataSource.getRepository(PartnershipIndicator).findOneBy({ id: indicatorId });
    if (!indicator) throw new NotFoundError('indicator', indicatorId);
    return this.edited(indicator.partnershipId, async (manager) => {
      const [{ reported }]: { reported: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM progress_report_value WHERE indicator_id = $1) AS reported`,
        [indicator.id],
      );
      if (reported) {
        throw new DomainError(
          'CONFLICT',
          'Progress reports recorded values of this indicator, and reports are kept as they were made. Keep the indicator; rename it if its meaning changed.',
        );
      }
      await manager.delete(PartnershipIndicator, { id: indicator.id });
      return { change: 'removeIndicator', indicatorId, name: indicator.name };
    });
  }

  /**
   * A dated progress report with indicator values, kept as history. The same idempotency key from
   * the same account returns the report it made, also when two such requests race.
   */
  async report(input: ReportPartnershipProgressInput): Promise<ProgressReport> {
    const accountId = this.viewer.requireAccountId();
    const today = this.today();
    if (daysBetween(today, input.reportedOn) > 0) {
      throw badInput('reportedOn', `reportedOn is in the future: report on today (${today}) or an earlier day.`);
    }
    assertLength(input.text, LIMITS.reportText, 'text');
    const indicatorIds = input.values.map((value) => value.indicatorId);
    if (new Set(indicatorIds).size !== indicatorIds.length) {
      throw badInput('values', 'values gives an indicator twice: give each indicator one value.');
    }
    return this.dataSource.transaction(async (manager) => {
      // Shared: reports may come together, while an edit (removing an indicator) waits for them.
      const partnership = await lockPartnership(manager, input.partnershipId, 'pessimistic_read');
      if (!(await this.canEdit(partnership, manager))) throw partnershipForbidden(partnership);
      const own: { id: string }[] = await manager.query(
        `SELECT id FROM partnership_indicator WHERE partnership_id = $1 AND id = ANY($2::uuid[])`,
        [partnership.id, indicatorIds],
      );
      const foreign = indicatorIds.filter((id) => !own.some((row) => row.id === id));
      if (foreign.length) {
        throw badInput(
          'values',
          `Not indicators of this partnership: ${foreign.join(', ')}. Add the indicator first (addPartnershipIndicator).`,
        );
      }
      const text = localizedColumns('text', input.text);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO progress_report (partnership_id, reported_on, text_he, text_ar, text_en, submitted_by_account_id, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT progress_report_idempotency_key DO NOTHING RETURNING id`,
        [
          partnership.id,
          input.reportedOn,
          text['textHe'],
          text['textAr'],
          text['textEn'],
          accountId,
          input.idempotencyKey,
        ],
      );
      // A retry, or its twin that committed first: the report the key made (a new statement sees it).
      if (!inserted[0]) {
        return manager.findOneByOrFail(ProgressReport, {
          partnershipId: partnership.id,
          submittedByAccountId: accountId,
          idempotencyKey: input.idempotencyKey,
        });
      }
      const reportId = inserted[0].id;
      if (input.values.length) {
        const parameters: unknown[] = [reportId, partnership.id];
        const rows = input.values.map(
          (value) => `($1, $2, $${parameters.push(value.indicatorId)}, $${parameters.push(value.value)})`,
        );
        await manager.query(
          `INSERT INTO progress_report_value (report_id, partnership_id, indicator_id, value) VALUES ${rows.join(', ')}`,
          parameters,
        );
      }
      await this.audit.record(manager, {
        action: 'PARTNERSHIP_REPORTED',
        entityType: 'Partnership',
        entityId: partnership.id,
        clusterId: partnership.clusterId,
        after: { reportId, reportedOn: input.reportedOn, values: input.values },
      });
      return manager.findOneByOrFail(ProgressReport, { id: reportId });
    });
  }

  /** A partnership locked for one change by someone who may edit it, and the change's audit entry. */
  private edited(
    partnershipId: string,
    change: (manager: EntityManager, partnership: Partnership) => Promise<Change>,
  ): Promise<Partnership> {
    this.viewer.requireAccountId();
    return this.dataSource
      .transaction(async (manager) => {
        const partnership = await lockPartnership(manager, partnershipId, 'pessimistic_write');
        if (!(await this.canEdit(partnership, manager))) throw partnershipForbidden(partnership);
        const before = await snapshot(manager, partnership.id);
        const detail = await change(manager, partnership);
        await manager.update(Partnership, { id: partnership.id }, { updatedAt: this.clock.now() });
        await this.audit.record(manager, {
          action: 'PARTNERSHIP_UPDATED',
          entityType: 'Partnership',
          entityId: partnership.id,
          clusterId: partnership.clusterId,
          before,
          after: { ...(await snapshot(manager, partnership.id)), ...detail },
        });
        return manager.findOneByOrFail(Partnership, { id: partnership.id });
      })
      .catch(rethrowConflict);
  }

  /**
   * The organisation of the viewer's pool profile: its accounts act for a partner (rule 6). Read
   * through the caller's manager: inside a transaction, asking the pool for a second connection
   * could wait for ever once concurrent transactions hold them all.
   */
  private viewerOrganisationId(manager: EntityManager): Promise<string | null> {
    const accountId = this.viewer.accountId;
    if (!accountId) return Promise.resolve(null);
    this.organisationOfViewer ??= manager
      .query(
        `SELECT p.organisation_id AS "organisationId" FROM account a
           JOIN stakeholder_profile p ON p.person_id = a.person_id WHERE a.id = $1`,
        [accountId],
      )
      .then((rows: { organisationId: string | null }[]) => rows[0]?.organisationId ?? null);
    return this.organisationOfViewer;
  }
}

// ---- Rules that need no viewer ----

function applyFilter(query: SelectQueryBuilder<Partnership>, filter: PartnershipFilter): void {
  query.where('TRUE');
  if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
  if (filter.status?.length) query.andWhere('p.status IN (:...status)', { status: filter.status });
  if (filter.clusterId) query.andWhere('p.cluster_id = :clusterId', { clusterId: filter.clusterId });
  const exists = (sql: string, parameters: Record<string, unknown>) =>
    query.andWhere(new Brackets((where) => where.where(`EXISTS (${sql})`, parameters)));
  if (filter.direction) {
    exists('SELECT 1 FROM partnership_direction d WHERE d.partnership_id = p.id AND d.direction_number = :direction', {
      direction: filter.direction,
    });
  }
  if (filter.sdg) {
    exists('SELECT 1 FROM partnership_sdg s WHERE s.partnership_id = p.id AND s.sdg_number = :sdg', {
      sdg: filter.sdg,
    });
  }
  if (filter.district) {
    exists('SELECT 1 FROM partnership_district d WHERE d.partnership_id = p.id AND d.district_code = :district', {
      district: filter.district,
    });
  }
  if (filter.sector) query.andWhere(involvesSectorSql('p', ':sector'), { sector: filter.sector });
  if (filter.topicCode) {
    exists('SELECT 1 FROM partnership_topic t WHERE t.partnership_id = p.id AND t.topic_code = :topicCode', {
      topicCode: filter.topicCode,
    });
  }
}

async function lockPartnership(
  manager: EntityManager,
  id: string,
  lock: 'pessimistic_read' | 'pessimistic_write',
): Promise<Partnership> {
  const partnership = await manager
    .getRepository(Partnership)
    .createQueryBuilder('p')
    .setLock(lock)
    .where('p.id = :id', { id })
    .getOne();
  if (!partnership) throw new NotFoundError('partnership', id);
  return partnership;
}

function badInput(argument: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { invalidArguments: [argument] });
}

function assertLength(text: LocalizedTextInput, max: number, argument: string): void {
  if (!text.he.trim()) throw badInput(argument, `${argument}.he may not be blank.`);
  for (const language of ['he', 'ar', 'en'] as const) {
    if ((text[language]?.length ?? 0) > max) {
      throw badInput(argument, `${argument}.${language} must be at most ${max.toLocaleString('en-US')} characters.`);
    }
  }
}

function assertSummary(summary: LocalizedTextInput | null | undefined): void {
  if (summary) assertLength(summary, LIMITS.summary, 'summary');
}

function assertDates(startOn: string | null, endOn: string | null): void {
  if (startOn && endOn && daysBetween(startOn, endOn) < 0) {
    throw badInput(
      'endOn',
      `endOn (${endOn}) is before startOn (${startOn}): a partnership ends on or after its start.`,
    );
  }
}

function assertTargetsOfGoals(targets: readonly string[], sdgs: readonly number[]): void {
  const orphans = targets.filter((target) => !sdgs.includes(sdgOfTarget(target)));
  if (orphans.length) {
    throw badInput(
      'sdgTargets',
      `SDG targets ${orphans.join(', ')} are of goals not in sdgs: add goal ${[...new Set(orphans.map(sdgOfTarget))].join(', ')} to sdgs.`,
    );
  }
}

function assertDistinctPartners(partners: readonly PartnerInput[]): void {
  const ids = partners.map((partner) => partner.organisationId);
  if (new Set(ids).size !== ids.length) {
    throw badInput('partners', 'partners lists an organisation twice: an organisation takes part once, in one role.');
  }
}

async function assertTopicsExist(manager: EntityManager, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const rows: { code: string }[] = await manager.query(`SELECT code FROM topic WHERE code = ANY($1::text[])`, [codes]);
  const unknown = codes.filter((code) => !rows.some((row) => row.code === code));
  if (unknown.length) throw badInput('topicCodes', `Unknown topic codes: ${unknown.join(', ')}.`);
}

async function assertOrganisationsExist(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found: { id: string }[] = await manager.query(`SELECT id FROM organisation WHERE id = ANY($1::uuid[])`, [ids]);
  const missing = ids.find((id) => !found.some((row) => row.id === id));
  if (missing) throw new NotFoundError('organisation', missing);
}

/** A unique key the database held against a concurrent twin, as a CONFLICT a person can act on. */
function rethrowConflict(error: unknown): never {
  const violation = constraintViolation(error);
  if (violation?.code === '23505' && violation.constraint === 'partnership_partner_key') {
    throw new DomainError(
      'CONFLICT',
      'This organisation is a partner in this partnership already. To change its role, remove it and add it again.',
      { constraint: violation.constraint },
    );
  }
  throw error;
}

async function insertPartner(manager: EntityManager, partnershipId: string, partner: PartnerInput): Promise<void> {
  await manager.getRepository(PartnershipPartner).insert({
    partnershipId,
    organisationId: partner.organisationId,
    role: partner.role,
  });
}

async function insertMilestone(manager: EntityManager, partnershipId: string, milestone: MilestoneInput) {
  const { identifiers } = await manager.getRepository(PartnershipMilestone).insert({
    partnershipId,
    ...(localizedColumns('title', milestone.title) as Pick<PartnershipMilestone, 'titleHe' | 'titleAr' | 'titleEn'>),
    dueOn: milestone.dueOn ?? null,
  });
  return identifiers[0]!['id'] as string;
}

async function insertIndicator(manager: EntityManager, partnershipId: string, indicator: IndicatorInput) {
  const { identifiers } = await manager.getRepository(PartnershipIndicator).insert({
    partnershipId,
    ...(localizedColumns('name', indicator.name) as Pick<PartnershipIndicator, 'nameHe' | 'nameAr' | 'nameEn'>),
    ...(optionalColumns('unit', indicator.unit ?? null) as Pick<PartnershipIndicator, 'unitHe' | 'unitAr' | 'unitEn'>),
    baseline: indicator.baseline ?? null,
    target: indicator.target ?? null,
  });
  return identifiers[0]!['id'] as string;
}

function optionalColumns(prefix: string, text: LocalizedTextInput | null): Record<string, string | null> {
  return text
    ? localizedColumns(prefix, text)
    : { [`${prefix}He`]: null, [`${prefix}Ar`]: null, [`${prefix}En`]: null };
}

function summaryColumns(summary: LocalizedTextInput | null) {
  return optionalColumns('summary', summary) as Pick<Partnership, 'summaryHe' | 'summaryAr' | 'summaryEn'>;
}

async function currentGoals(manager: EntityManager, partnershipId: string) {
  const sdgs: { n: number }[] = await manager.query(
    `SELECT sdg_number AS n FROM partnership_sdg WHERE partnership_id = $1`,
    [partnershipId],
  );
  const targets: { target: string }[] = await manager.query(
    `SELECT target FROM partnership_sdg_target WHERE partnership_id = $1`,
    [partnershipId],
  );
  return { sdgs: sdgs.map((row) => row.n), targets: targets.map((row) => row.target) };
}

interface Links {
  districts?: readonly string[];
  directions?: readonly number[];
  sdgs?: readonly number[];
  sdgTargets?: readonly string[];
  topicCodes?: readonly string[];
}

/** Replaces each list given (and only those) with the given one. */
async function replaceLinks(manager: EntityManager, partnershipId: string, links: Links): Promise<void> {
  const replace = async (table: string, column: string, values: readonly (string | number)[], type: string) => {
    await manager.query(`DELETE FROM ${table} WHERE partnership_id = $1`, [partnershipId]);
    if (values.length) {
      await manager.query(`INSERT INTO ${table} (partnership_id, ${column}) SELECT $1, unnest($2::${type}[])`, [
        partnershipId,
        values,
      ]);
    }
  };
  if (links.districts) await replace('partnership_district', 'district_code', links.districts, 'text');
  if (links.directions) await replace('partnership_direction', 'direction_number', links.directions, 'smallint');
  if (links.sdgs) {
    // Targets first: they hang on the goals (partnership_sdg_target_goal_fk).
    await manager.query(`DELETE FROM partnership_sdg_target WHERE partnership_id = $1`, [partnershipId]);
    await replace('partnership_sdg', 'sdg_number', links.sdgs, 'smallint');
    const targets = links.sdgTargets ?? [];
    if (targets.length) {
      await manager.query(
        `INSERT INTO partnership_sdg_target (partnership_id, target, sdg_number)
         SELECT $1, t, split_part(t, '.', 1)::smallint FROM unnest($2::text[]) AS t`,
        [partnershipId, targets],
      );
    }
  }
  if (links.topicCodes) await replace('partnership_topic', 'topic_code', links.topicCodes, 'text');
}

/** What the audit trail keeps of a partnership: its fields and lists, no one's personal data. */
async function snapshot(manager: EntityManager, id: string): Promise<Record<string, unknown>> {
  const p = await manager.findOneByOrFail(Partnership, { id });
  const list = async (sql: string) => ((await manager.query(sql, [id])) as { v: unknown }[]).map((row) => row.v);
  return {
    kind: p.kind,
    clusterId: p.clusterId,
    title: p.title,
    summary: p.summary,
    status: p.status,
    fundingMechanism: p.fundingMechanism,
    budgetAgorot: p.budgetAgorot,
    startOn: p.startOn,
    endOn: p.endOn,
    reportingPeriodMonths: p.reportingPeriodMonths,
    districts: await list(`SELECT district_code AS v FROM partnership_district WHERE partnership_id = $1 ORDER BY 1`),
    directions: await list(
      `SELECT direction_number AS v FROM partnership_direction WHERE partnership_id = $1 ORDER BY 1`,
    ),
    sdgs: await list(`SELECT sdg_number AS v FROM partnership_sdg WHERE partnership_id = $1 ORDER BY 1`),
    sdgTargets: await list(`SELECT target AS v FROM partnership_sdg_target WHERE partnership_id = $1 ORDER BY 1`),
    topics: await list(`SELECT topic_code AS v FROM partnership_topic WHERE partnership_id = $1 ORDER BY 1`),
    partners: await list(
      `SELECT json_build_object('organisationId', organisation_id, 'role', role) AS v
         FROM partnership_partner WHERE partnership_id = $1 ORDER BY organisation_id`,
    ),
  };
}
