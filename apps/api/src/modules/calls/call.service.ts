import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  callClosesAt,
  CALL_TEXT_MAX_LENGTH,
  closedReason,
  DECISION_STATUS,
  normaliseRegistrationNumber,
  UNDECIDED_STATUSES,
  type CallStatus,
} from '@roundtable/shared/calls';
import { dateInIsrael, daysBetween } from '@roundtable/shared/forums';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { localizedColumns, type LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import type { AuditEntry, AuditTrail } from '../audit/audit-trail.js';
import { canManageForum, assertCanManageForum } from '../forums/forum-access.js';
import {
  constraintViolation,
  isSeatLimitViolation,
  memberConflict,
  seatLimitError,
  sectorWord,
} from '../forums/forum-errors.js';
import type { ForumMemberService } from '../forums/forum-member.service.js';
import { Forum } from '../forums/forum.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { assertCanReview } from './call-access.js';
import { CallCriterion } from './call-criterion.entity.js';
import { CallDeadlineExtension } from './call-deadline-extension.entity.js';
import { Call } from './call.entity.js';
import { Application } from './application.entity.js';
import type {
  CallCriterionInput,
  CreateCallInput,
  DecideApplicationInput,
  ExtendCallDeadlineInput,
  ScoreApplicationInput,
  SubmitApplicationInput,
  UpdateApplicationInput,
  UpdateCallInput,
} from './calls.inputs.js';

/** The unique keys a concurrent twin of a submission runs into; the winner is then returned. */
const APPLICATION_UNIQUES = [
  'application_idempotency_key',
  'application_one_per_organisation',
  'application_one_per_individual',
];

/**
 * Calls for applications and the applications to them (issue #5, docs/calls.md). Each change and
 * its audit entry commit together. The clock is injected so the deadline (rule 2) is decided by
 * one instant per operation, and tests can choose it. The database holds the same rules when
 * requests race: the deadline trigger, the unique keys, the seat limit (rule 1).
 */
export class CallService {
  private organisationOfViewer: Promise<string | null> | undefined;
  /** The viewer's application to each call (theirs or their organisation's), batched per request. */
  readonly viewerApplications: DataLoader<string, Application | null>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly forumMembers: ForumMemberService,
  ) {
    this.viewerApplications = new DataLoader(async (callIds) => {
      const mine = await this.applicantSideWhere();
      const rows = mine.length
        ? await this.dataSource
            .getRepository(Application)
            .find({ where: mine.map((where) => ({ ...where, callId: In([...callIds]) })) })
        : [];
      // A live application before a withdrawn one, then the latest.
      rows.sort(
        (a, b) =>
          Number(a.status === 'WITHDRAWN') - Number(b.status === 'WITHDRAWN') ||
          b.submittedAt.getTime() - a.submittedAt.getTime(),
      );
      return callIds.map((callId) => rows.find((row) => row.callId === callId) ?? null);
    });
  }

  now(): Date {
    return this.clock.now();
  }

  // ---- Reading ----

  /** Calls anyone may read, and drafts of the forums the viewer runs; newest deadline first. */
  async list({ status, forumId }: { status?: CallStatus[] | null; forumId?: string | null }): Promise<Call[]> {
    const query = this.dataSource
      .getRepository(Call)
      .createQueryBuilder('c')
      .innerJoin(Forum, 'f', 'f.id = c.forum_id')
      .where(
        `(c.status <> 'DRAFT' OR f.cluster_id = ANY(:managed::uuid[]) OR (f.cluster_id IS NULL AND :pmo::boolean))`,
        { managed: this.viewer.managedClusterIds, pmo: this.viewer.hasRole('PMO_ANALYST') },
      )
      .orderBy('c.deadline', 'DESC')
      .addOrderBy('c.created_at', 'DESC');
    if (status?.length) query.andWhere('c.status IN (:...status)', { status });
    if (forumId) query.andWhere('c.forum_id = :forumId', { forumId });
    return query.getMany();
  }

  /** One call; NOT_FOUND for a draft the viewer does not manage, so a draft's existence does not leak. */
  async one(id: string): Promise<Call> {
    const call = await this.dataSource.getRepository(Call).findOneBy({ id });
    if (!call) throw new NotFoundError('call', id);
    const forum = await this.dataSource.getRepository(Forum).findOneByOrFail({ id: call.forumId });
    this.assertVisible(call, forum);
    return call;
  }

  /** Whether the viewer sees the call: anything but a draft, which only its managers see. */
  isVisible(call: Call, forum: Forum): boolean {
    return call.status !== 'DRAFT' || canManageForum(this.viewer, forum);
  }

  /** The viewer's applications and their organisation's, newest first. */
  async myApplications(): Promise<Application[]> {
    this.viewer.requireAccountId();
    const where = await this.applicantSideWhere();
    return this.dataSource.getRepository(Application).find({ where, order: { submittedAt: 'DESC', id: 'ASC' } });
  }

  /** Rule 6: the application's submitter, or someone whose pool profile is of the applying organisation. */
  async isApplicantSide(application: Application): Promise<boolean> {
    if (!this.viewer.accountId) return false;
    if (application.submittedByAccountId === this.viewer.accountId) return true;
    const organisationId = await this.viewerOrganisationId();
    return organisationId !== null && application.organisationId === organisationId;
  }

  // ---- Calls: their managers ----

  async create(input: CreateCallInput): Promise<Call> {
    assertCallText(input.text);
    assertOpensByDeadline(input.opensOn ?? null, input.deadline);
    return this.dataSource.transaction(async (manager) => {
      const forum = await manager.findOneBy(Forum, { id: input.forumId });
      if (!forum) throw new NotFoundError('forum', input.forumId);
      assertCanManageForum(this.viewer, forum);
      assertIndividualsFit(input.allowsIndividuals, forum);
      const call = await manager.getRepository(Call).save({
        forumId: forum.id,
        ...(localizedColumns('title', input.title) as Pick<Call, 'titleHe' | 'titleAr' | 'titleEn'>),
        ...(localizedColumns('text', input.text) as Pick<Call, 'textHe' | 'textAr' | 'textEn'>),
        status: 'DRAFT' as const,
        opensOn: input.opensOn ?? null,
        deadline: input.deadline,
        closesAt: callClosesAt(input.deadline),
        eligibleSectors: input.eligibleSectors,
        allowsIndividuals: input.allowsIndividuals,
        rotation: input.rotation,
        createdByAccountId: this.viewer.accountId,
      });
      await replaceCriteria(manager, call.id, input.criteria);
      await this.audit.record(manager, {
        action: 'CALL_CREATED',
        entityType: 'Call',
        entityId: call.id,
        clusterId: forum.clusterId,
        after: await callSnapshot(manager, call.id),
      });
      return manager.findOneByOrFail(Call, { id: call.id });
    });
  }

  async update(input: UpdateCallInput): Promise<Call> {
    if (input.text) assertCallText(input.text);
    return this.managed(input.callId, async (manager, call, forum) => {
      if (call.status !== 'DRAFT') {
        throw new DomainError(
          'CONFLICT',
          `Only a draft call changes, and this one is ${call.status}. ${
            call.status === 'OPEN' ? 'Extend its deadline (extendCallDeadline) or close it instead.' : ''
          }`.trim(),
          { status: call.status },
        );
      }
      const deadline = input.deadline ?? call.deadline;
      const opensOn = input.opensOn !== undefined ? input.opensOn : call.opensOn;
      assertOpensByDeadline(opensOn, deadline);
      if (input.allowsIndividuals != null) assertIndividualsFit(input.allowsIndividuals, forum);
      const before = await callSnapshot(manager, call.id);
      const changes: Partial<Call> = { updatedAt: this.now() };
      if (input.title) Object.assign(changes, localizedColumns('title', input.title));
      if (input.text) Object.assign(changes, localizedColumns('text', input.text));
      if (input.opensOn !== undefined) changes.opensOn = input.opensOn;
      if (input.deadline) Object.assign(changes, { deadline: input.deadline, closesAt: callClosesAt(input.deadline) });
      if (input.eligibleSectors) changes.eligibleSectors = input.eligibleSectors;
      if (input.allowsIndividuals != null) changes.allowsIndividuals = input.allowsIndividuals;
      if (input.rotation != null) changes.rotation = input.rotation;
      await manager.update(Call, { id: call.id }, changes);
      if (input.criteria) await replaceCriteria(manager, call.id, input.criteria);
      return {
        action: 'CALL_UPDATED',
        before,
        after: await callSnapshot(manager, call.id),
      };
    });
  }

  /** DRAFT → OPEN, while its deadline day has not passed in Israel. */
  async open(callId: string): Promise<Call> {
    return this.managed(callId, async (manager, call) => {
      assertTransition(call, 'OPEN');
      const today = dateInIsrael(this.now());
      if (daysBetween(today, call.deadline) < 0) {
        throw new DomainError(
          'CONFLICT',
          `The deadline, ${call.deadline}, has passed. Give the draft a deadline of today (${today}) or later (updateCall), then open it.`,
          { deadline: call.deadline },
        );
      }
      await manager.update(Call, { id: call.id }, { status: 'OPEN', updatedAt: this.now() });
      return { action: 'CALL_OPENED', before: { status: 'DRAFT' }, after: { status: 'OPEN' } };
    });
  }

  async extendDeadline({ callId, newDeadline, reason }: ExtendCallDeadlineInput): Promise<Call> {
    return this.managed(callId, async (manager, call) => {
      if (call.status !== 'OPEN') {
        throw new DomainError(
          'CONFLICT',
          call.status === 'DRAFT'
            ? 'This call is a draft: change its deadline with updateCall.'
            : `This call is ${call.status}: only an open call's deadline is extended.`,
          { status: call.status },
        );
      }
      if (daysBetween(call.deadline, newDeadline) <= 0) {
        throw new DomainError('BAD_USER_INPUT', `newDeadline must come after the current deadline, ${call.deadline}.`, {
          invalidArguments: ['newDeadline'],
        });
      }
      const today = dateInIsrael(this.now());
      if (daysBetween(today, newDeadline) < 0) {
        throw new DomainError('BAD_USER_INPUT', `newDeadline is in the past: give today (${today}) or later.`, {
          invalidArguments: ['newDeadline'],
        });
      }
      const now = this.now();
      await manager.getRepository(CallDeadlineExtension).insert({
        callId: call.id,
        previousDeadline: call.deadline,
        newDeadline,
        ...(localizedColumns('reason', reason) as Pick<CallDeadlineExtension, 'reasonHe' | 'reasonAr' | 'reasonEn'>),
        extendedAt: now,
        extendedByAccountId: this.viewer.accountId,
      });
      await manager.update(
        Call,
        { id: call.id },
        { deadline: newDeadline, closesAt: callClosesAt(newDeadline), updatedAt: now },
      );
      return {
        action: 'CALL_DEADLINE_EXTENDED',
        before: { deadline: call.deadline },
        after: { deadline: newDeadline, reason: localizedColumns('reason', reason) },
      };
    });
  }

  /** OPEN → CLOSED (its managers may close early); submitted applications go to the committee. */
  async close(callId: string): Promise<Call> {
    return this.managed(callId, async (manager, call) => {
      assertTransition(call, 'CLOSED');
      const now = this.now();
      await manager.update(Call, { id: call.id }, { status: 'CLOSED', updatedAt: now });
      const moved: unknown[] = await manager.query(
        `UPDATE application SET status = 'UNDER_REVIEW', updated_at = $2 WHERE call_id = $1 AND status = 'SUBMITTED' RETURNING id`,
        [call.id, now],
      );
      return {
        action: 'CALL_CLOSED',
        before: { status: 'OPEN' },
        after: { status: 'CLOSED', underReview: rowCount(moved) },
      };
    });
  }

  /** CLOSED → DECIDED, once the committee has decided every application. */
  async markDecided(callId: string): Promise<Call> {
    return this.managed(callId, async (manager, call) => {
      assertTransition(call, 'DECIDED');
      const [{ undecided }]: { undecided: number }[] = await manager.query(
        `SELECT count(*)::int AS undecided FROM application WHERE call_id = $1 AND status = ANY($2::text[])`,
        [call.id, UNDECIDED_STATUSES],
      );
      if (undecided > 0) {
        throw new DomainError(
          'CONFLICT',
          `${undecided} application${undecided === 1 ? ' is' : 's are'} still undecided. Accept, reserve or reject ${undecided === 1 ? 'it' : 'them'} first.`,
          { undecided },
        );
      }
      await manager.update(Call, { id: call.id }, { status: 'DECIDED', updatedAt: this.now() });
      return { action: 'CALL_DECIDED', before: { status: 'CLOSED' }, after: { status: 'DECIDED' } };
    });
  }

  /** A call locked for its change, its forum's managers only, and the change's audit entry. */
  private managed(
    callId: string,
    change: (
      manager: EntityManager,
      call: Call,
      forum: Forum,
    ) => Promise<Pick<AuditEntry, 'action' | 'before' | 'after'>>,
  ): Promise<Call> {
    return this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, callId, 'pessimistic_write');
      const forum = await manager.findOneByOrFail(Forum, { id: call.forumId });
      this.assertVisible(call, forum);
      assertCanManageForum(this.viewer, forum);
      const entry = await change(manager, call, forum);
      await this.audit.record(manager, { ...entry, entityType: 'Call', entityId: call.id, clusterId: forum.clusterId });
      return manager.findOneByOrFail(Call, { id: call.id });
    });
  }

  // ---- Applications: the applicants ----

  async submit(input: SubmitApplicationInput): Promise<Application> {
    const accountId = this.viewer.requireAccountId();
    const now = this.now();
    const registrationNumber = assertNominee(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Shared: submissions go side by side; closing the call (an exclusive lock) waits for them.
        const call = await lockCall(manager, input.callId, 'pessimistic_read');
        const forum = await manager.findOneByOrFail(Forum, { id: call.forumId });
        this.assertVisible(call, forum);
        const retried = await manager.findOneBy(Application, {
          submittedByAccountId: accountId,
          callId: call.id,
          idempotencyKey: input.idempotencyKey,
        });
        if (retried) return retried;
        // Rule 2: before anything is written, not even an organisation.
        assertAccepting(call, now);
        assertEligible(call, input);
        await assertTopicsExist(manager, input.topicCodes);
        const audit: AuditEntry[] = [];
        const organisation = registrationNumber
          ? await findOrCreateOrganisation(manager, input, registrationNumber, forum, audit)
          : null;

        const existing = await findExisting(manager, call.id, organisation?.id ?? null, accountId);
        if (existing) {
          await this.assertMayReuse(existing);
          if (existing.status !== 'WITHDRAWN') return existing;
          // Submitted again before the deadline: the same row, with the new content.
          await manager.update(
            Application,
            { id: existing.id },
            {
              ...content(input),
              sectorCode: input.sector,
              status: 'SUBMITTED',
              submittedAt: now,
              updatedAt: now,
              submittedByAccountId: accountId,
              idempotencyKey: input.idempotencyKey,
            },
          );
          audit.push(
            applicationEntry(
              'APPLICATION_SUBMITTED',
              existing,
              forum,
              { status: 'WITHDRAWN' },
              {
                status: 'SUBMITTED',
                resubmitted: true,
              },
            ),
          );
          await this.audit.record(manager, audit);
          return manager.findOneByOrFail(Application, { id: existing.id });
        }
        if (organisation && organisation.sectorCode !== input.sector) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `This organisation is registered in the ${sectorWord(organisation.sectorCode)} sector: apply in that sector.`,
            { invalidArguments: ['sector'] },
          );
        }
        const application = await manager.getRepository(Application).save({
          callId: call.id,
          organisationId: organisation?.id ?? null,
          nomineeKind: input.nomineeKind,
          sectorCode: input.sector,
          status: 'SUBMITTED' as const,
          submittedByAccountId: accountId,
          idempotencyKey: input.idempotencyKey,
          submittedAt: now,
          updatedAt: now,
          ...content(input),
        });
        audit.push(applicationEntry('APPLICATION_SUBMITTED', application, forum, null, { status: 'SUBMITTED' }));
        await this.audit.record(manager, audit);
        return manager.findOneByOrFail(Application, { id: application.id });
      });
    } catch (error) {
      const violation = constraintViolation(error);
      if (violation?.constraint === 'application_submitted_before_deadline') {
        throw new DomainError('DEADLINE_PASSED', 'The call stopped accepting applications before this one arrived.');
      }
      if (violation?.code === '23505' && APPLICATION_UNIQUES.includes(violation.constraint ?? '')) {
        // A twin of this request (a retry, or a colleague) committed first: answer as if it came after.
        const winner = await this.winner(input, accountId, registrationNumber);
        if (winner) return winner;
      }
      throw error;
    }
  }

  async updateApplication(input: UpdateApplicationInput): Promise<Application> {
    return this.applicantChange(input.applicationId, async (manager, application, now) => {
      if (input.topicCodes) await assertTopicsExist(manager, input.topicCodes);
      const changes: Partial<Application> = { updatedAt: now };
      if (input.nomineeName != null) changes.nomineeName = input.nomineeName.trim();
      if (input.nomineeTitle !== undefined) changes.nomineeTitle = input.nomineeTitle?.trim() || null;
      if (input.nomineeEmail != null) changes.nomineeEmail = input.nomineeEmail.trim();
      if (input.nomineePhone !== undefined) changes.nomineePhone = input.nomineePhone?.trim() || null;
      if (input.regionalTies != null) changes.regionalTies = input.regionalTies.trim();
      if (input.motivation != null) changes.motivation = input.motivation.trim();
      if (input.topicCodes) changes.topicCodes = input.topicCodes;
      await manager.update(Application, { id: application.id }, changes);
      // The fields changed, not their values: the nominee's details stay out of the trail.
      return {
        action: 'APPLICATION_UPDATED',
        after: { fields: Object.keys(changes).filter((key) => key !== 'updatedAt') },
      };
    });
  }

  async withdraw(applicationId: string): Promise<Application> {
    return this.applicantChange(applicationId, async (manager, application, now) => {
      await manager.update(Application, { id: application.id }, { status: 'WITHDRAWN', updatedAt: now });
      return { action: 'APPLICATION_WITHDRAWN', before: { status: 'SUBMITTED' }, after: { status: 'WITHDRAWN' } };
    });
  }

  /** An applicant's change: theirs (rule 6), still SUBMITTED, and while the call accepts applications. */
  private applicantChange(
    applicationId: string,
    change: (
      manager: EntityManager,
      application: Application,
      now: Date,
    ) => Promise<Pick<AuditEntry, 'action' | 'before' | 'after'>>,
  ): Promise<Application> {
    this.viewer.requireAccountId();
    const now = this.now();
    return this.dataSource.transaction(async (manager) => {
      const application = await lockApplication(manager, applicationId);
      const call = await lockCall(manager, application.callId, 'pessimistic_read');
      const forum = await manager.findOneByOrFail(Forum, { id: call.forumId });
      if (!(await this.isApplicantSide(application))) {
        throw new DomainError(
          'FORBIDDEN',
          'Only whoever submitted an application, or someone of the applying organisation, changes or withdraws it.',
        );
      }
      assertAccepting(call, now);
      if (application.status !== 'SUBMITTED') {
        throw new DomainError(
          'CONFLICT',
          application.status === 'WITHDRAWN'
            ? 'This application was withdrawn. Submit it again (submitApplication) before the deadline.'
            : `This application is ${application.status}: it no longer changes.`,
          { status: application.status },
        );
      }
      const entry = await change(manager, application, now);
      await this.audit.record(manager, { ...applicationEntry(entry.action, application, forum), ...entry });
      return manager.findOneByOrFail(Application, { id: application.id });
    });
  }

  // ---- Applications: the advisory committee ----

  /** A reviewer's scores, one per criterion, replacing what they gave before. */
  async score({ applicationId, scores }: ScoreApplicationInput): Promise<Application> {
    const accountId = this.viewer.requireAccountId();
    const criterionIds = scores.map((score) => score.criterionId);
    if (new Set(criterionIds).size !== criterionIds.length) {
      throw new DomainError('BAD_USER_INPUT', 'scores lists a criterion twice: give each criterion one score.', {
        invalidArguments: ['scores'],
      });
    }
    const now = this.now();
    return this.dataSource.transaction(async (manager) => {
      const application = await lockApplication(manager, applicationId, 'pessimistic_read');
      const call = await lockCall(manager, application.callId, 'pessimistic_read');
      const forum = await manager.findOneByOrFail(Forum, { id: call.forumId });
      assertCanReview(this.viewer, forum);
      if (call.status !== 'CLOSED') {
        throw new DomainError(
          'CONFLICT',
          call.status === 'OPEN'
            ? 'The committee scores once the call closes (closeCall); this call is still open.'
            : `This call is ${call.status}: scoring is over.`,
          { status: call.status },
        );
      }
      if (application.status !== 'UNDER_REVIEW') {
        throw new DomainError(
          'CONFLICT',
          `Only applications under review are scored, and this one is ${application.status}.`,
          { status: application.status },
        );
      }
      const known = await manager.countBy(CallCriterion, { callId: call.id, id: In(criterionIds) });
      if (known !== criterionIds.length) {
        throw new DomainError('BAD_USER_INPUT', "Score the call's own criteria: a criterionId is not of this call.", {
          invalidArguments: ['scores'],
        });
      }
      for (const { criterionId, score, note } of scores) {
        await manager.query(
          `INSERT INTO application_score (application_id, criterion_id, reviewer_account_id, call_id, score, note, scored_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (application_id, criterion_id, reviewer_account_id)
           DO UPDATE SET score = EXCLUDED.score, note = EXCLUDED.note, scored_at = EXCLUDED.scored_at`,
          [application.id, criterionId, accountId, call.id, score, note?.trim() || null, now],
        );
      }
      await this.audit.record(
        manager,
        applicationEntry('APPLICATION_SCORED', application, forum, null, {
          scores: scores.map(({ criterionId, score }) => ({ criterionId, score })),
        }),
      );
      return manager.findOneByOrFail(Application, { id: application.id });
    });
  }

  /**
   * The committee's decision. ACCEPT seats the nominee in the same transaction (a person, a
   * forum member for the organisation or as an individual, in the application's sector), so the
   * seat limit (rule 1) refuses the decision with the seat: SEAT_LIMIT, and the application stays
   * as it was. A reserve may be accepted later, also after the call is DECIDED (the reserves pool).
   */
  async decide(input: DecideApplicationInput): Promise<Application> {
    const accountId = this.viewer.requireAccountId();
    const now = this.now();
    let seat = null as { forumId: string; sector: Application['sectorCode'] } | null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await lockApplication(manager, input.applicationId);
        const call = await lockCall(manager, application.callId, 'pessimistic_read');
        const forum = await manager.findOneByOrFail(Forum, { id: call.forumId });
        assertCanReview(this.viewer, forum);
        assertDecidable(call, application, input);
        const audit: AuditEntry[] = [];
        let forumMemberId: string | null = null;
        if (input.decision === 'ACCEPT') {
          const termStart = input.termStartsOn ?? dateInIsrael(now);
          const member = await this.forumMembers.seat(
            manager,
            forum,
            {
              forumId: forum.id,
              personId: null,
              newPerson: {
                name: { he: application.nomineeName },
                title: application.nomineeTitle ? { he: application.nomineeTitle } : null,
              },
              localAuthorityId: null,
              organisationId: application.organisationId,
              newOrganisation: null,
              sector: application.sectorCode,
              role: 'MEMBER',
              termStart,
              termEnd: null,
              shownPublicly: false,
              publicConsentOn: null,
            },
            null,
            audit,
            (taken) => (seat = taken),
          );
          forumMemberId = member.id;
        }
        const status = DECISION_STATUS[input.decision];
        await manager.update(
          Application,
          { id: application.id },
          {
            status,
            decisionReason: input.reason.trim(),
            decidedAt: now,
            decidedByAccountId: accountId,
            forumMemberId,
            updatedAt: now,
          },
        );
        audit.push(
          applicationEntry(
            'APPLICATION_DECIDED',
            application,
            forum,
            { status: application.status },
            {
              status,
              reason: input.reason.trim(),
              forumMemberId,
            },
          ),
        );
        await this.audit.record(manager, audit);
        return manager.findOneByOrFail(Application, { id: application.id });
      });
    } catch (error) {
      if (isSeatLimitViolation(error) && seat) throw await seatLimitError(this.dataSource, seat);
      throw memberConflict(error) ?? error;
    }
  }

  // ---- Helpers that know the viewer ----

  private assertVisible(call: Call, forum: Forum): void {
    if (!this.isVisible(call, forum)) throw new NotFoundError('call', call.id);
  }

  /** The same organisation (or individual) applied already: theirs to reuse, or a CONFLICT that tells nothing of it. */
  private async assertMayReuse(existing: Application): Promise<void> {
    if (await this.isApplicantSide(existing)) return;
    throw new DomainError(
      'CONFLICT',
      'This organisation has applied to this call already. One application per organisation: ask whoever applied for it to add to or change that application.',
    );
  }

  /** After a unique violation: the application that won the race, if the viewer may have it. */
  private async winner(
    input: SubmitApplicationInput,
    accountId: string,
    registrationNumber: string | null,
  ): Promise<Application | null> {
    const manager = this.dataSource.manager;
    const byKey = await manager.findOneBy(Application, {
      submittedByAccountId: accountId,
      callId: input.callId,
      idempotencyKey: input.idempotencyKey,
    });
    if (byKey) return byKey;
    const organisation = registrationNumber ? await manager.findOneBy(Organisation, { registrationNumber }) : null;
    const existing = await findExisting(manager, input.callId, organisation?.id ?? null, accountId);
    if (!existing) return null;
    await this.assertMayReuse(existing);
    return existing;
  }

  private viewerOrganisationId(): Promise<string | null> {
    const accountId = this.viewer.accountId;
    if (!accountId) return Promise.resolve(null);
    this.organisationOfViewer ??= this.dataSource
      .query(
        `SELECT p.organisation_id AS "organisationId" FROM account a
           JOIN stakeholder_profile p ON p.person_id = a.person_id WHERE a.id = $1`,
        [accountId],
      )
      .then((rows: { organisationId: string | null }[]) => rows[0]?.organisationId ?? null);
    return this.organisationOfViewer;
  }

  /** TypeORM `where` alternatives for the viewer's applications: submitted by them, or of their organisation. */
  private async applicantSideWhere(): Promise<({ submittedByAccountId: string } | { organisationId: string })[]> {
    const accountId = this.viewer.accountId;
    if (!accountId) return [];
    const organisationId = await this.viewerOrganisationId();
    return [{ submittedByAccountId: accountId }, ...(organisationId ? [{ organisationId }] : [])];
  }
}

// ---- Rules that need no viewer ----

/** A row read under a lock for the transaction: shared (FOR SHARE) or exclusive (FOR UPDATE). */
async function lockRow<T extends Call | Application>(
  manager: EntityManager,
  entity: new () => T,
  what: string,
  id: string,
  lock: 'pessimistic_read' | 'pessimistic_write',
): Promise<T> {
  const row = await manager
    .getRepository(entity)
    .createQueryBuilder('r')
    .setLock(lock)
    .where('r.id = :id', { id })
    .getOne();
  if (!row) throw new NotFoundError(what, id);
  return row;
}

function lockCall(manager: EntityManager, id: string, lock: 'pessimistic_read' | 'pessimistic_write'): Promise<Call> {
  return lockRow(manager, Call, 'call', id, lock);
}

function lockApplication(
  manager: EntityManager,
  id: string,
  lock: 'pessimistic_read' | 'pessimistic_write' = 'pessimistic_write',
): Promise<Application> {
  return lockRow(manager, Application, 'application', id, lock);
}

const TRANSITION_ADVICE: Record<CallStatus, string> = {
  DRAFT: 'Open it first (openCall).',
  OPEN: 'Close it first (closeCall).',
  CLOSED: 'A closed call does not open again: create a new call for another rotation.',
  DECIDED: 'A decided call is final: create a new call for another rotation.',
};

function assertTransition(call: Call, to: CallStatus): void {
  const from: Record<string, CallStatus> = { OPEN: 'DRAFT', CLOSED: 'OPEN', DECIDED: 'CLOSED' };
  if (call.status === from[to]) return;
  if (call.status === to) {
    throw new DomainError('CONFLICT', `This call is ${to} already.`, { status: call.status });
  }
  throw new DomainError(
    'CONFLICT',
    `Only a ${from[to]} call becomes ${to}, and this one is ${call.status}. ${TRANSITION_ADVICE[call.status]}`,
    { status: call.status },
  );
}

/** Rule 2's clear refusal: why this call takes no application now. */
function assertAccepting(call: Call, now: Date): void {
  const reason = closedReason(call, now);
  if (!reason) return;
  const messages = {
    NOT_OPEN: 'This call is a draft: it accepts applications once it opens.',
    NOT_YET: `This call accepts applications from ${call.opensOn} (Israel time).`,
    PASSED: `The deadline, ${call.deadline} at midnight Israel time, has passed: applications are no longer accepted.`,
    CLOSED: 'This call is closed: applications are no longer accepted.',
  };
  throw new DomainError('DEADLINE_PASSED', messages[reason], { deadline: call.deadline, reason });
}

/** Organisation for a head, none for an individual; the registration number as its nine digits. */
function assertNominee(input: SubmitApplicationInput): string | null {
  if (input.nomineeKind === 'INDIVIDUAL_PHILANTHROPIST') {
    if (input.organisation) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'A philanthropist applying as an individual names no organisation: leave organisation out.',
        { invalidArguments: ['organisation'] },
      );
    }
    return null;
  }
  if (!input.organisation) {
    throw new DomainError(
      'BAD_USER_INPUT',
      "Membership is by organisation: give the organisation's name and registration number.",
      { invalidArguments: ['organisation'] },
    );
  }
  const digits = normaliseRegistrationNumber(input.organisation.registrationNumber);
  if (!digits) {
    throw new DomainError('BAD_USER_INPUT', 'registrationNumber has nine digits, such as 580123456 or 58-012345-6.', {
      invalidArguments: ['organisation'],
    });
  }
  return digits;
}

function assertEligible(call: Call, input: SubmitApplicationInput): void {
  if (!call.eligibleSectors.includes(input.sector)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `This call is for the ${call.eligibleSectors.map(sectorWord).join(' and ')} sectors, not ${sectorWord(input.sector)}.`,
      { invalidArguments: ['sector'] },
    );
  }
  if (input.nomineeKind === 'INDIVIDUAL_PHILANTHROPIST' && !call.allowsIndividuals) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'This call takes applications for organisations only: apply as the head of an organisation (ORGANISATION_HEAD).',
      { invalidArguments: ['nomineeKind'] },
    );
  }
}

function assertDecidable(call: Call, application: Application, { decision }: DecideApplicationInput): void {
  if (call.status !== 'CLOSED' && call.status !== 'DECIDED') {
    throw new DomainError(
      'CONFLICT',
      'The committee decides once the call closes (closeCall); this call is still open.',
      {
        status: call.status,
      },
    );
  }
  if (application.status === 'RESERVE') {
    if (decision === 'ACCEPT' || (decision === 'REJECT' && call.status === 'CLOSED')) return;
    throw new DomainError(
      'CONFLICT',
      call.status === 'DECIDED'
        ? 'The call is decided: a reserve can still be accepted (drawn from the reserves), nothing else.'
        : 'This application is a reserve already.',
      { status: application.status },
    );
  }
  if (application.status === 'UNDER_REVIEW' && call.status === 'CLOSED') return;
  throw new DomainError(
    'CONFLICT',
    application.status === 'WITHDRAWN'
      ? 'The applicant withdrew this application: there is nothing to decide.'
      : `This application was decided already: it is ${application.status}.`,
    { status: application.status },
  );
}

function assertCallText(text: LocalizedTextInput): void {
  const invalid = (['he', 'ar', 'en'] as const).filter((language) => {
    const value = text[language];
    if (language === 'he') return !value?.trim() || value.length > CALL_TEXT_MAX_LENGTH;
    return value != null && value.length > CALL_TEXT_MAX_LENGTH;
  });
  if (invalid.length) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `text.he is required, and each language of the text is at most ${CALL_TEXT_MAX_LENGTH} characters.`,
      { invalidArguments: ['text'] },
    );
  }
}

function assertOpensByDeadline(opensOn: string | null, deadline: string): void {
  if (opensOn && daysBetween(opensOn, deadline) < 0) {
    throw new DomainError('BAD_USER_INPUT', `opensOn (${opensOn}) comes after the deadline (${deadline}).`, {
      invalidArguments: ['opensOn'],
    });
  }
}

function assertIndividualsFit(allowsIndividuals: boolean, forum: Forum): void {
  if (allowsIndividuals && !forum.allowsIndividuals) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'The forum seats no one as an individual: allow individuals in the forum first, or leave allowsIndividuals false.',
      { invalidArguments: ['allowsIndividuals'] },
    );
  }
}

async function assertTopicsExist(manager: EntityManager, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const rows: { code: string }[] = await manager.query(`SELECT code FROM topic WHERE code = ANY($1::text[])`, [codes]);
  const unknown = codes.filter((code) => !rows.some((row) => row.code === code));
  if (unknown.length) {
    throw new DomainError('BAD_USER_INPUT', `Unknown topic codes: ${unknown.join(', ')}.`, {
      invalidArguments: ['topicCodes'],
    });
  }
}

/**
 * The organisation with this registration number, created (in the application's sector) when it is
 * new. INSERT … ON CONFLICT on the number's unique key: two first applications at once both end up
 * with the one row.
 */
async function findOrCreateOrganisation(
  manager: EntityManager,
  input: SubmitApplicationInput,
  registrationNumber: string,
  forum: Forum,
  audit: AuditEntry[],
): Promise<Organisation> {
  const name = localizedColumns('name', input.organisation!.name);
  const created: { id: string }[] = await manager.query(
    `INSERT INTO organisation (name_he, name_ar, name_en, sector_code, registration_number)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (registration_number) DO NOTHING RETURNING id`,
    [name['nameHe'], name['nameAr'], name['nameEn'], input.sector, registrationNumber],
  );
  const organisation = await manager.findOneByOrFail(Organisation, { registrationNumber });
  if (created.length) {
    audit.push({
      action: 'ORGANISATION_CREATED',
      entityType: 'Organisation',
      entityId: organisation.id,
      clusterId: forum.clusterId,
      after: { name: organisation.name, sector: organisation.sectorCode, registrationNumber },
    });
  }
  return organisation;
}

/** The organisation's application to the call, or the individual's own. */
function findExisting(
  manager: EntityManager,
  callId: string,
  organisationId: string | null,
  accountId: string,
): Promise<Application | null> {
  return organisationId
    ? manager.findOneBy(Application, { callId, organisationId })
    : manager.findOneBy(Application, {
        callId,
        submittedByAccountId: accountId,
        nomineeKind: 'INDIVIDUAL_PHILANTHROPIST',
      });
}

function content(input: SubmitApplicationInput) {
  return {
    nomineeName: input.nomineeName.trim(),
    nomineeTitle: input.nomineeTitle?.trim() || null,
    nomineeEmail: input.nomineeEmail.trim(),
    nomineePhone: input.nomineePhone?.trim() || null,
    regionalTies: input.regionalTies.trim(),
    motivation: input.motivation.trim(),
    topicCodes: input.topicCodes,
  };
}

/** An application's audit entry: its call and status, never the nominee's personal details. */
function applicationEntry(
  action: AuditEntry['action'],
  application: Application,
  forum: Forum,
  before: Record<string, unknown> | null = null,
  after: Record<string, unknown> | null = null,
): AuditEntry {
  return {
    action,
    entityType: 'Application',
    entityId: application.id,
    clusterId: forum.clusterId,
    before,
    after: {
      callId: application.callId,
      organisationId: application.organisationId,
      nomineeKind: application.nomineeKind,
      sector: application.sectorCode,
      ...after,
    },
  };
}

async function replaceCriteria(manager: EntityManager, callId: string, criteria: readonly CallCriterionInput[]) {
  await manager.delete(CallCriterion, { callId });
  await manager.getRepository(CallCriterion).insert(
    criteria.map((criterion, index) => ({
      callId,
      position: index + 1,
      ...(localizedColumns('name', criterion.name) as Pick<CallCriterion, 'nameHe' | 'nameAr' | 'nameEn'>),
      ...(criterion.description
        ? (localizedColumns('description', criterion.description) as Pick<
            CallCriterion,
            'descriptionHe' | 'descriptionAr' | 'descriptionEn'
          >)
        : { descriptionHe: null, descriptionAr: null, descriptionEn: null }),
    })),
  );
}

/** What the audit trail keeps of a call. */
async function callSnapshot(manager: EntityManager, callId: string): Promise<Record<string, unknown>> {
  const call = await manager.findOneByOrFail(Call, { id: callId });
  const criteria = await manager.find(CallCriterion, { where: { callId }, order: { position: 'ASC' } });
  return {
    title: call.title,
    text: call.text,
    status: call.status,
    opensOn: call.opensOn,
    deadline: call.deadline,
    eligibleSectors: call.eligibleSectors,
    allowsIndividuals: call.allowsIndividuals,
    rotation: call.rotation,
    criteria: criteria.map((criterion) => ({ name: criterion.name, description: criterion.description })),
  };
}

/** The rows an `UPDATE … RETURNING` answered (the pg driver gives [rows, count] through TypeORM). */
function rowCount(result: unknown[]): number {
  return Array.isArray(result[0]) ? (result[0] as unknown[]).length : result.length;
}
