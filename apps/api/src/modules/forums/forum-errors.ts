import { QueryFailedError, type DataSource } from 'typeorm';
import type { SectorCode } from '@roundtable/shared/sectors';
import { DomainError } from '../../common/errors/domain-error.js';

/** Sectors as a message names them: "All 9 business seats are taken". */
const SECTOR_WORDS: Record<SectorCode, string> = {
  GOVERNMENT: 'government',
  LOCAL_GOVERNMENT: 'local-government',
  BUSINESS: 'business',
  CIVIL_SOCIETY: 'civil-society',
  PHILANTHROPY: 'philanthropy',
  ACADEMIA: 'academia',
};

export function sectorWord(sector: SectorCode): string {
  return SECTOR_WORDS[sector];
}

/** The seat limit's two constraints: the CHECK on forum_seat, and the trigger's refusal of a sector the map leaves out. */
export const SEAT_LIMIT_CONSTRAINTS = ['forum_seat_within_limit', 'forum_seat_sector_in_map'] as const;

/** The PostgreSQL error code and constraint name behind a failed statement, if it is one. */
export function constraintViolation(error: unknown): { code: string; constraint: string | undefined } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code ? { code: driverError.code, constraint: driverError.constraint } : null;
}

/** Whether the database refused a member or a map change because of the seat limit (rule 1). */
export function isSeatLimitViolation(error: unknown): boolean {
  const violation = constraintViolation(error);
  return (
    violation?.code === '23514' &&
    (SEAT_LIMIT_CONSTRAINTS as readonly (string | undefined)[]).includes(violation.constraint)
  );
}

export function seatsTaken(sector: SectorCode, seats: number): DomainError {
  return new DomainError(
    'SEAT_LIMIT',
    `All ${seats} ${sectorWord(sector)} seats are taken. End a ${sectorWord(sector)} member's term, or add seats to the representation map, first.`,
    { sector, seats },
  );
}

export function noSeatsForSector(sector: SectorCode): DomainError {
  return new DomainError(
    'SEAT_LIMIT',
    `The forum's representation map gives no seats to the ${sectorWord(sector)} sector. Add the sector to the map first.`,
    { sector, seats: 0 },
  );
}

/** The seat limit's refusal, worded after the transaction rolled back: the sector's seats, or none in the map. */
export async function seatLimitError(
  dataSource: DataSource,
  { forumId, sector }: { forumId: string; sector: SectorCode },
): Promise<DomainError> {
  const [row]: { seats: number }[] = await dataSource.query(
    `SELECT seats FROM forum_seat WHERE forum_id = $1 AND sector_code = $2`,
    [forumId, sector],
  );
  return row ? seatsTaken(sector, row.seats) : noSeatsForSector(sector);
}

/** What each partial unique index of forum_member means to the person who hit it. */
const MEMBER_CONFLICTS: Record<string, string> = {
  forum_member_one_active_membership: 'This person sits in the forum already. Renew their term instead.',
  forum_member_one_chair: "The forum has a chair. End the chair's membership first, or appoint a co-chair.",
  forum_member_one_secretary: "The forum has a secretary. End the secretary's membership first.",
  forum_member_one_co_chair_per_sector: "This sector has a co-chair. End the co-chair's membership first.",
  organisation_registration_number_key:
    'An organisation with this registration number exists. Choose it (organisationId) instead of adding it again.',
};

/** A unique violation of an appointment, as a CONFLICT a person can act on; null for anything else. */
export function memberConflict(error: unknown): DomainError | null {
  const violation = constraintViolation(error);
  if (violation?.code !== '23505' || !violation.constraint) return null;
  const message = MEMBER_CONFLICTS[violation.constraint];
  return message ? new DomainError('CONFLICT', message, { constraint: violation.constraint }) : null;
}
