import type { DataSource } from 'typeorm';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import { EVENT_PARTICIPATION_MAX_QUARTERS } from '@roundtable/shared/events';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import type { Event } from './event.entity.js';
import type { EventParticipationArgs } from './events.inputs.js';
import type { EventService } from './event.service.js';
import type { EventParticipation, QuarterParticipation } from './events-participation.types.js';

/**
 * The most quarters one question spans: twenty years, enough for everything since the sources'
 * first event (2013) and still a bound on the answer's size (packages/shared/src/events.ts).
 */
export const MAX_QUARTERS = EVENT_PARTICIPATION_MAX_QUARTERS;

interface Counts {
  registrations: number;
  confirmed: number;
  attended: number;
}

const COUNTS = `count(*)::int AS registrations,
  count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
  count(r.checked_in_at)::int AS attended`;
const zero = (): Counts => ({ registrations: 0, confirmed: 0, attended: 0 });
const counts = (row: Counts | undefined): Counts =>
  row ? { registrations: row.registrations, confirmed: row.confirmed, attended: row.attended } : zero();

/**
 * Who registers to events and who comes (issue #8, item 4): per event for its organiser, and per
 * quarter and sector across events for the PMO unit. Cancelled registrations are not counted.
 * Exact counts, small ones too: every viewer of these reads the registrants by name anyway
 * (eventRegistrations), so hiding a count below 5 would hide nothing from them (docs/events.md).
 */
export class EventParticipationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly events: EventService,
  ) {}

  async forEvent(event: Event): Promise<EventParticipation> {
    await this.events.readableRegistrants(event.id);
    const live = `FROM event_registration r WHERE r.event_id = $1 AND r.status <> 'CANCELLED'`;
    const [[total], sectors, districts, types] = (await Promise.all([
      this.dataSource.query(`SELECT ${COUNTS} ${live}`, [event.id]),
      this.dataSource.query(`SELECT r.sector_code AS key, ${COUNTS} ${live} GROUP BY 1`, [event.id]),
      // A registration's districts: its organisation's districts of activity, else the person's own
      // (their pool profile); none known: null. One with several districts counts in each.
      this.dataSource.query(
        `WITH live AS (SELECT r.* ${live}),
              place AS (
                SELECT r.id, od.district_code FROM live r JOIN organisation_district od ON od.organisation_id = r.organisation_id
                UNION
                SELECT r.id, sd.district_code FROM live r JOIN stakeholder_district sd ON sd.person_id = r.person_id
                 WHERE NOT EXISTS (SELECT 1 FROM organisation_district od WHERE od.organisation_id = r.organisation_id))
         SELECT p.district_code AS key, ${COUNTS} FROM live r LEFT JOIN place p ON p.id = r.id GROUP BY 1`,
        [event.id],
      ),
      this.dataSource.query(
        `SELECT o.sector_code AS key, ${COUNTS} FROM event_registration r LEFT JOIN organisation o ON o.id = r.organisation_id
          WHERE r.event_id = $1 AND r.status <> 'CANCELLED' GROUP BY 1`,
        [event.id],
      ),
    ])) as [
      Counts[],
      (Counts & { key: SectorCode })[],
      (Counts & { key: DistrictCode | null })[],
      (Counts & { key: SectorCode | null })[],
    ];
    const find = <K>(rows: (Counts & { key: K })[], key: K) => counts(rows.find((row) => row.key === key));
    return {
      ...counts(total),
      bySector: SECTOR_CODES.map((sector) => ({ sector, ...find(sectors, sector) })),
      byDistrict: [...DISTRICT_CODES, null].map((district) => ({ district, ...find(districts, district) })),
      byOrganisationType: [...SECTOR_CODES, null].map((organisationSector) => ({
        organisationSector,
        ...find(types, organisationSector),
      })),
    };
  }

  /**
   * Across events for the PMO unit (and administrators): each calendar quarter from `from` to `to`
   * (by the events' first day; undated events are not in any quarter), the events held and each
   * sector's registrations, attendance and the events it registered to. Every quarter is listed,
   * an empty one too, so a gap shows as a gap. Beside them, apart, the participants the sources
   * report for the quarter's events (the seeded conferences): reported figures, never counted as
   * registrations.
   */
  async acrossEvents({ from, to, kind }: EventParticipationArgs): Promise<QuarterParticipation[]> {
    this.viewer.requireAccountId();
    if (!this.viewer.readsEverything) {
      throw new DomainError('FORBIDDEN', 'Participation across events is for the PMO unit and administrators.');
    }
    if (to < from) {
      throw new DomainError('BAD_USER_INPUT', '`to` cannot be before `from`.', { invalidArguments: ['to'] });
    }
    const quarters = quartersBetween(from, to);
    if (quarters.length > MAX_QUARTERS) {
      throw new DomainError(
        'PERIOD_TOO_LONG',
        `Ask about at most ${MAX_QUARTERS} quarters (twenty years) at once; this asks about more.`,
        { invalidArguments: ['from', 'to'], maxQuarters: MAX_QUARTERS },
      );
    }
    const quarterOf = `to_char(e.starts_on, 'YYYY-"Q"Q')`;
    const events = `FROM event e WHERE e.starts_on BETWEEN $1 AND $2 AND ($3::text IS NULL OR e.kind = $3)`;
    const params = [from, to, kind ?? null];
    const [held, totals, sectors] = (await Promise.all([
      this.dataSource.query(
        `SELECT ${quarterOf} AS quarter, count(*)::int AS events,
                coalesce(sum(e.reported_participant_count), 0)::int AS "reportedParticipants",
                count(e.reported_participant_count)::int AS "eventsWithReportedFigures",
                coalesce(bool_or(e.reported_participant_count_approximate AND e.reported_participant_count IS NOT NULL), false)
                  AS "reportedApproximate"
           ${events} GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT ${quarterOf} AS quarter, ${COUNTS}
           ${events.replace('FROM event e', `FROM event e JOIN event_registration r ON r.event_id = e.id AND r.status <> 'CANCELLED'`)}
          GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT ${quarterOf} AS quarter, r.sector_code AS sector, ${COUNTS}, count(DISTINCT e.id)::int AS events
           ${events.replace('FROM event e', `FROM event e JOIN event_registration r ON r.event_id = e.id AND r.status <> 'CANCELLED'`)}
          GROUP BY 1, 2`,
        params,
      ),
    ])) as [
      {
        quarter: string;
        events: number;
        reportedParticipants: number;
        eventsWithReportedFigures: number;
        reportedApproximate: boolean;
      }[],
      (Counts & { quarter: string })[],
      (Counts & { quarter: string; sector: SectorCode; events: number })[],
    ];
    return quarters.map(({ quarter, startsOn }) => {
      const events = held.find((row) => row.quarter === quarter);
      return {
        quarter,
        startsOn,
        events: events?.events ?? 0,
        reportedParticipants: events?.reportedParticipants ?? 0,
        eventsWithReportedFigures: events?.eventsWithReportedFigures ?? 0,
        reportedApproximate: events?.reportedApproximate ?? false,
        ...counts(totals.find((row) => row.quarter === quarter)),
        bySector: SECTOR_CODES.map((sector) => {
          const row = sectors.find((r) => r.quarter === quarter && r.sector === sector);
          return { sector, ...counts(row), events: row?.events ?? 0 };
        }),
      };
    });
  }
}

/** The calendar quarters that touch the days from `from` to `to` (YYYY-MM-DD), in order. */
export function quartersBetween(from: string, to: string): { quarter: string; startsOn: string }[] {
  const index = (day: string) => Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const result: { quarter: string; startsOn: string }[] = [];
  for (let i = index(from); i <= index(to) && result.length <= MAX_QUARTERS; i += 1) {
    const year = Math.floor(i / 4);
    const q = (i % 4) + 1;
    result.push({ quarter: `${year}-Q${q}`, startsOn: `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01` });
  }
  return result;
}
