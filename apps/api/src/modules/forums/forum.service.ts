import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import { FORUM_KINDS, type ForumKind } from '@roundtable/shared/forums';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { localizedColumns, type LocalizedTextInput } from '../../common/graphql/localized-text.input.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { Cluster } from '../clusters/cluster.entity.js';
import type { Viewer } from '../identity/viewer.js';
import { Topic } from '../reference/topic.entity.js';
import { assertCanManageForum } from './forum-access.js';
import { isSeatLimitViolation, sectorWord } from './forum-errors.js';
import type { ForumsArgs } from './forum.args.js';
import { Forum } from './forum.entity.js';
import type { CreateForumInput, ForumSeatInput, UpdateForumInput } from './forum.inputs.js';
import { ForumGoal } from './forum-goal.entity.js';
import { ForumSeat } from './forum-seat.entity.js';

/**
 * Forums and their rules: a cluster's CEO creates and changes their cluster's forums, the PMO unit
 * the national round table (rule 6). Each change and its audit entry commit together.
 */
export class ForumService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditTrail,
  ) {}

  /** National forums first, then by cluster; within a cluster by kind (heads' first), then by name. */
  async list({ clusterId, national, kind }: ForumsArgs): Promise<Forum[]> {
    if (clusterId && national) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'A cluster has no national forums: give clusterId or national, not both.',
        {
          invalidArguments: ['clusterId', 'national'],
        },
      );
    }
    const query = this.dataSource.getRepository(Forum).createQueryBuilder('f');
    if (clusterId) query.andWhere('f.cluster_id = :clusterId', { clusterId });
    if (national === true) query.andWhere('f.cluster_id IS NULL');
    if (national === false) query.andWhere('f.cluster_id IS NOT NULL');
    if (kind) query.andWhere('f.kind = :kind', { kind });
    return sortForums(await query.getMany());
  }

  async one(id: string): Promise<Forum> {
    const forum = await this.dataSource.getRepository(Forum).findOneBy({ id });
    if (!forum) throw new NotFoundError('forum', id);
    return forum;
  }

  async create(input: CreateForumInput): Promise<Forum> {
    const clusterId = input.clusterId ?? null;
    assertKindFits(input.kind, clusterId);
    assertCanManageForum(this.viewer, { clusterId });
    assertDistinctSectors(input.seats);
    return this.withSeatLimit(() =>
      this.dataSource.transaction(async (manager) => {
        if (clusterId && !(await manager.existsBy(Cluster, { id: clusterId })))
          throw new NotFoundError('cluster', clusterId);
        await assertTopicExists(manager, input.topicCode);
        const forum = await manager.getRepository(Forum).save({
          clusterId,
          kind: input.kind,
          ...localizedColumns('name', input.name),
          ...optionalLocalizedColumns('description', input.description ?? null),
          topicCode: input.topicCode ?? null,
          termYears: input.termYears ?? null,
          minMeetingsPerYear: input.minMeetingsPerYear ?? null,
          allowsIndividuals: input.allowsIndividuals,
          launchedOn: input.launchedOn ?? null,
        });
        await replaceGoals(manager, forum.id, input.goals);
        await replaceSeats(manager, forum.id, input.seats);
        const after = await snapshot(manager, forum.id);
        await this.audit.record(manager, {
          action: 'FORUM_CREATED',
          entityType: 'Forum',
          entityId: forum.id,
          clusterId,
          after,
        });
        return manager.findOneByOrFail(Forum, { id: forum.id });
      }),
    );
  }

  async update(input: UpdateForumInput): Promise<Forum> {
    if (input.seats) assertDistinctSectors(input.seats);
    return this.withSeatLimit(() => this.updateInTransaction(input)).catch((error: unknown) => {
      if (error instanceof Unchanged) return error.forum;
      throw error;
    });
  }

  private updateInTransaction(input: UpdateForumInput): Promise<Forum> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: appointments wait for the map to change, and the map for appointments in flight.
      const forum = await manager
        .getRepository(Forum)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :id', { id: input.id })
        .getOne();
      if (!forum) throw new NotFoundError('forum', input.id);
      assertCanManageForum(this.viewer, forum);
      if (input.kind) assertKindFits(input.kind, forum.clusterId);
      if (input.topicCode !== undefined) await assertTopicExists(manager, input.topicCode);
      const before = await snapshot(manager, forum.id);

      const changes: Partial<Forum> = { updatedAt: new Date() };
      if (input.kind) changes.kind = input.kind;
      if (input.name) Object.assign(changes, localizedColumns('name', input.name));
      if (input.description !== undefined)
        Object.assign(changes, optionalLocalizedColumns('description', input.description));
      if (input.topicCode !== undefined) changes.topicCode = input.topicCode;
      if (input.termYears !== undefined) changes.termYears = input.termYears;
      if (input.minMeetingsPerYear !== undefined) changes.minMeetingsPerYear = input.minMeetingsPerYear;
      if (input.allowsIndividuals != null) changes.allowsIndividuals = input.allowsIndividuals;
      if (input.launchedOn !== undefined) changes.launchedOn = input.launchedOn;
      await manager.update(Forum, { id: forum.id }, changes);
      if (input.goals) await replaceGoals(manager, forum.id, input.goals);
      if (input.seats) {
        await assertMapHoldsMembers(manager, forum.id, input.seats);
        await replaceSeats(manager, forum.id, input.seats);
      }
      const after = await snapshot(manager, forum.id);
      // Saving the settings as they were (the dashboard sends the whole form) changes nothing:
      // no entry in the audit trail, and the transaction's writes are rolled back with it.
      if (isDeepStrictEqual(before, after)) throw new Unchanged(forum);
      await this.audit.record(manager, {
        action: 'FORUM_UPDATED',
        entityType: 'Forum',
        entityId: forum.id,
        clusterId: forum.clusterId,
        before,
        after,
      });
      return manager.findOneByOrFail(Forum, { id: forum.id });
    });
  }

  /** The database's seat limit, should a change slip past the checks above, as the same SEAT_LIMIT. */
  private async withSeatLimit<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } catch (error) {
      if (isSeatLimitViolation(error)) {
        throw new DomainError(
          'SEAT_LIMIT',
          'The representation map would give a sector fewer seats than its active members hold. End memberships first.',
        );
      }
      throw error;
    }
  }
}

const KIND_ORDER = new Map<ForumKind, number>(FORUM_KINDS.map((kind, index) => [kind, index]));

export function sortForums(forums: Forum[]): Forum[] {
  return forums.sort(
    (a, b) =>
      Number(a.clusterId !== null) - Number(b.clusterId !== null) ||
      (a.clusterId ?? '').localeCompare(b.clusterId ?? '') ||
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      a.nameHe.localeCompare(b.nameHe, 'he'),
  );
}

/** The round table, and only it, is national (the forum table's CHECK holds the same). */
function assertKindFits(kind: ForumKind, clusterId: string | null): void {
  if (clusterId === null && kind !== 'ROUND_TABLE') {
    throw new DomainError(
      'BAD_USER_INPUT',
      "A national forum is a round table (ROUND_TABLE). For a cluster's forum, give its clusterId.",
      { invalidArguments: ['kind', 'clusterId'] },
    );
  }
  if (clusterId !== null && kind === 'ROUND_TABLE') {
    throw new DomainError(
      'BAD_USER_INPUT',
      "The round table is the PMO's national forum. A cluster's cross-sector forum is CROSS_SECTOR.",
      { invalidArguments: ['kind'] },
    );
  }
}

function assertDistinctSectors(seats: readonly ForumSeatInput[]): void {
  const sectors = seats.map((seat) => seat.sector);
  if (new Set(sectors).size !== sectors.length) {
    throw new DomainError('BAD_USER_INPUT', 'The representation map has one row per sector: a sector appears twice.', {
      invalidArguments: ['seats'],
    });
  }
}

async function assertTopicExists(manager: EntityManager, topicCode: string | null | undefined): Promise<void> {
  if (topicCode && !(await manager.existsBy(Topic, { code: topicCode }))) throw new NotFoundError('topic', topicCode);
}

/**
 * A new map must leave room for the members who sit: a sector with active members keeps at least
 * as many seats (rule 1). Runs under the forum's lock, so no appointment changes the counts meanwhile.
 */
async function assertMapHoldsMembers(
  manager: EntityManager,
  forumId: string,
  seats: readonly ForumSeatInput[],
): Promise<void> {
  const sitting: { sector: SectorCode; count: number }[] = await manager.query(
    `SELECT sector_code AS sector, count(*)::int AS count FROM forum_member
      WHERE forum_id = $1 AND ended_on IS NULL AND role <> 'SECRETARY' GROUP BY sector_code`,
    [forumId],
  );
  if (seats.length === 0) return; // no map: no seat limit
  for (const { sector, count } of sitting) {
    const given = seats.find((seat) => seat.sector === sector)?.seats ?? 0;
    if (given < count) {
      throw new DomainError(
        'SEAT_LIMIT',
        `${count} ${sectorWord(sector)} member${count === 1 ? '' : 's'} sit${count === 1 ? 's' : ''} in the forum: give the sector at least ${count} seat${count === 1 ? '' : 's'}, or end memberships first.`,
        { sector, seats: given, filled: count },
      );
    }
  }
}

async function replaceGoals(manager: EntityManager, forumId: string, goals: readonly LocalizedTextInput[]) {
  await manager.delete(ForumGoal, { forumId });
  if (goals.length === 0) return;
  await manager.getRepository(ForumGoal).insert(
    goals.map((goal, index) => ({
      forumId,
      position: index + 1,
      ...(localizedColumns('text', goal) as { textHe: string; textAr: string | null; textEn: string | null }),
    })),
  );
}

/** Updates rows in place (so `filled` stays), adds new ones (a trigger counts their members) and drops the rest. */
async function replaceSeats(manager: EntityManager, forumId: string, seats: readonly ForumSeatInput[]) {
  await manager.query(`DELETE FROM forum_seat WHERE forum_id = $1 AND NOT (sector_code = ANY($2::text[]))`, [
    forumId,
    seats.map((seat) => seat.sector),
  ]);
  for (const seat of seats) {
    await manager.query(
      `INSERT INTO forum_seat (forum_id, sector_code, seats) VALUES ($1, $2, $3)
       ON CONFLICT (forum_id, sector_code) DO UPDATE SET seats = EXCLUDED.seats`,
      [forumId, seat.sector, seat.seats],
    );
  }
}

function optionalLocalizedColumns(prefix: string, text: LocalizedTextInput | null): Record<string, string | null> {
  return text
    ? localizedColumns(prefix, text)
    : { [`${prefix}He`]: null, [`${prefix}Ar`]: null, [`${prefix}En`]: null };
}

/** What the audit trail keeps of a forum: its rules, goals and map. */
async function snapshot(manager: EntityManager, forumId: string): Promise<Record<string, unknown>> {
  const forum = await manager.findOneByOrFail(Forum, { id: forumId });
  const goals = await manager.find(ForumGoal, { where: { forumId }, order: { position: 'ASC' } });
  const seats = await manager.find(ForumSeat, { where: { forumId } });
  return {
    kind: forum.kind,
    name: forum.name,
    description: forum.description,
    topicCode: forum.topicCode,
    termYears: forum.termYears,
    minMeetingsPerYear: forum.minMeetingsPerYear,
    allowsIndividuals: forum.allowsIndividuals,
    launchedOn: forum.launchedOn,
    goals: goals.map((goal) => ({ he: goal.textHe, ar: goal.textAr, en: goal.textEn })),
    seats: Object.fromEntries(
      SECTOR_CODES.flatMap((sector) => {
        const row = seats.find((seat) => seat.sectorCode === sector);
        return row ? [[sector, row.seats]] : [];
      }),
    ),
  };
}

/** Thrown to roll back a save that changed nothing; `update` answers with the forum as it was. */
class Unchanged extends Error {
  constructor(readonly forum: Forum) {
    super('The forum was saved as it was.');
    this.name = 'Unchanged';
  }
}
