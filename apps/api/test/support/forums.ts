import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ForumKind, ForumMemberRole } from '@roundtable/shared/forums';
import type { SectorCode } from '@roundtable/shared/sectors';

/** Factories for forum data, straight into the database: each test arranges its own. */

export interface ForumFixture {
  clusterId?: string | null;
  kind?: ForumKind;
  seats?: { sector: SectorCode; seats: number }[];
  termYears?: number | null;
  minMeetingsPerYear?: number | null;
  allowsIndividuals?: boolean;
}

export async function createForum(
  dataSource: DataSource,
  {
    clusterId = null,
    kind = clusterId ? 'CROSS_SECTOR' : 'ROUND_TABLE',
    seats = [],
    termYears = null,
    minMeetingsPerYear = null,
    allowsIndividuals = true,
  }: ForumFixture = {},
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO forum (cluster_id, kind, name_he, term_years, min_meetings_per_year, allows_individuals)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [clusterId, kind, `פורום לבדיקה ${randomUUID().slice(0, 6)}`, termYears, minMeetingsPerYear, allowsIndividuals],
  );
  for (const seat of seats) {
    await dataSource.query(`INSERT INTO forum_seat (forum_id, sector_code, seats) VALUES ($1, $2, $3)`, [
      id,
      seat.sector,
      seat.seats,
    ]);
  }
  return id as string;
}

export async function createPerson(dataSource: DataSource, name = `אדם ${randomUUID().slice(0, 6)}`): Promise<string> {
  const [{ id }] = await dataSource.query(`INSERT INTO person (name_he) VALUES ($1) RETURNING id`, [name]);
  return id as string;
}

export interface MemberFixture {
  personId?: string;
  sector?: SectorCode | null;
  role?: ForumMemberRole;
  termStart?: string;
  termEnd?: string | null;
  endedOn?: string | null;
  shownPublicly?: boolean;
}

/** An individual member (no organisation or authority) of a forum that allows them. */
export async function createMember(dataSource: DataSource, forumId: string, fixture: MemberFixture = {}) {
  const {
    sector = 'CIVIL_SOCIETY',
    role = 'MEMBER',
    termStart = '2020-01-01',
    termEnd = null,
    endedOn = null,
    shownPublicly = false,
  } = fixture;
  const personId = fixture.personId ?? (await createPerson(dataSource));
  const [{ id }] = await dataSource.query(
    `INSERT INTO forum_member (forum_id, person_id, sector_code, role, term_start, term_end, ended_on, end_reason,
                               shown_publicly, public_consent_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      forumId,
      personId,
      sector,
      role,
      termStart,
      termEnd,
      endedOn,
      endedOn ? 'RESIGNED' : null,
      shownPublicly,
      shownPublicly ? termStart : null,
    ],
  );
  return { id: id as string, personId };
}

export async function createMeeting(
  dataSource: DataSource,
  forumId: string,
  startsAt: Date | string = new Date(Date.now() - 86_400_000),
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO meeting (forum_id, starts_at, title) VALUES ($1, $2, 'מפגש לבדיקה') RETURNING id`,
    [forumId, startsAt],
  );
  return id as string;
}

export async function markPresent(dataSource: DataSource, meetingId: string, forumId: string, memberIds: string[]) {
  for (const memberId of memberIds) {
    await dataSource.query(`INSERT INTO meeting_attendance (meeting_id, member_id, forum_id) VALUES ($1, $2, $3)`, [
      meetingId,
      memberId,
      forumId,
    ]);
  }
}
