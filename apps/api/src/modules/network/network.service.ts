import type { DataSource, EntityManager } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { LocalizedText } from '@roundtable/shared/localized';
import {
  MAX_NETWORK_LINKS,
  MAX_NETWORK_NODES,
  MAX_NETWORK_PARTNER_ROWS,
  MAX_NETWORK_SEATS,
  NETWORK_BROKERS,
} from '@roundtable/shared/network';
import type { SectorCode } from '@roundtable/shared/sectors';
import { DomainError } from '../../common/errors/domain-error.js';
import { canReadForum } from '../forums/forum-access.js';
import type { Viewer } from '../identity/viewer.js';
import {
  buildNetwork,
  NetworkTooLargeError,
  type Network,
  type NetworkLimits,
  type NetworkPartnerRow,
  type NetworkSeatRow,
} from './network-graph.js';

export interface NetworkFilter {
  direction?: number | null;
  district?: DistrictCode | null;
}

/** The largest graph measured in one request (betweenness is O(nodes × links)). */
export const NETWORK_LIMITS: NetworkLimits = {
  maxNodes: MAX_NETWORK_NODES,
  maxLinks: MAX_NETWORK_LINKS,
  brokers: NETWORK_BROKERS,
  maxGraphNodes: 3_000,
  maxGraphLinks: 30_000,
};

/** The partner organisations of the partnerships the filter leaves ($1 direction, $2 district), as the dashboard filters. */
const PARTNERS_SQL = `
SELECT pp.partnership_id AS "partnershipId", pp.organisation_id AS "organisationId"
  FROM partnership_partner pp
  JOIN partnership p ON p.id = pp.partnership_id
 WHERE ($1::smallint IS NULL OR EXISTS (SELECT 1 FROM partnership_direction d
                                         WHERE d.partnership_id = p.id AND d.direction_number = $1::smallint))
   AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM partnership_district d
                                     WHERE d.partnership_id = p.id AND d.district_code = $2::text))
 ORDER BY pp.partnership_id, pp.organisation_id
 LIMIT $3`;

/** Active seats of the forums in the district ($1: its clusters' forums; national ones have none). */
const SEATS_SQL = `
SELECT fm.forum_id AS "forumId", f.cluster_id AS "clusterId", fm.person_id AS "personId",
       fm.organisation_id AS "organisationId", fm.local_authority_id AS "authorityId",
       fm.sector_code AS "sector", fm.shown_publicly AS "shownPublicly"
  FROM forum_member fm
  JOIN forum f ON f.id = fm.forum_id
  LEFT JOIN cluster c ON c.id = f.cluster_id
 WHERE fm.ended_on IS NULL
   AND ($1::text IS NULL OR c.district_code = $1::text)
 ORDER BY fm.forum_id, fm.id
 LIMIT $2`;

interface SeatRow extends NetworkSeatRow {
  clusterId: string | null;
  shownPublicly: boolean;
}

interface NameRow {
  id: string;
  he: string;
  ar: string | null;
  en: string | null;
  sector?: SectorCode;
}

/**
 * The network of partners (issue #7, item 5), from live data on every request: organisations
 * linked by the partnerships they share, and organisations, authorities and people by the forums
 * they sit in. People appear as the forums show them to this viewer (forums.md, "What is
 * public"): every active member to those who read the forum's records, else only those who chose
 * to appear. A member the viewer may not see brings nothing into the graph, not even their
 * organisation's seat. Rules and ranking: docs/partnerships.md, "The network".
 */
export class NetworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {}

  /** One read-only snapshot for every statement, so the rows and their names agree. */
  async network(filter: NetworkFilter, limits: NetworkLimits = NETWORK_LIMITS): Promise<Network> {
    const { partners, seats, names } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return this.read(manager, filter);
    });
    // Measured after the transaction, which holds a connection only while it reads.
    try {
      return buildNetwork(partners, seats, names, limits);
    } catch (error) {
      if (error instanceof NetworkTooLargeError) {
        throw tooLarge(`more than ${error.maximum.toLocaleString('en-US')} ${error.what}`);
      }
      throw error;
    }
  }

  private async read(manager: EntityManager, filter: NetworkFilter) {
    const direction = filter.direction ?? null;
    const district = filter.district ?? null;
    const partners: NetworkPartnerRow[] = await manager.query(PARTNERS_SQL, [
      direction,
      district,
      MAX_NETWORK_PARTNER_ROWS + 1,
    ]);
    if (partners.length > MAX_NETWORK_PARTNER_ROWS) {
      throw tooLarge(`more than ${MAX_NETWORK_PARTNER_ROWS.toLocaleString('en-US')} partners of partnerships`);
    }
    const allSeats: SeatRow[] = await manager.query(SEATS_SQL, [district, MAX_NETWORK_SEATS + 1]);
    if (allSeats.length > MAX_NETWORK_SEATS) {
      throw tooLarge(`more than ${MAX_NETWORK_SEATS.toLocaleString('en-US')} forum seats`);
    }
    let seats = allSeats.filter((seat) => seat.shownPublicly || canReadForum(this.viewer, seat));
    if (direction !== null) {
      // Forums have no direction: under one, the forums where its partner organisations sit.
      const partnerOrganisations = new Set(partners.map((row) => row.organisationId));
      const forums = new Set(
        seats
          .filter((seat) => seat.organisationId && partnerOrganisations.has(seat.organisationId))
          .map((s) => s.forumId),
      );
      seats = seats.filter((seat) => forums.has(seat.forumId));
    }
    return { partners, seats, names: await this.names(manager, partners, seats) };
  }

  private async names(manager: EntityManager, partners: NetworkPartnerRow[], seats: NetworkSeatRow[]) {
    const organisationIds = new Set(partners.map((row) => row.organisationId));
    for (const seat of seats) if (seat.organisationId) organisationIds.add(seat.organisationId);
    const authorityIds = new Set(seats.flatMap((seat) => (seat.authorityId ? [seat.authorityId] : [])));
    const query = (sql: string, ids: Set<string>): Promise<NameRow[]> =>
      ids.size === 0 ? Promise.resolve([]) : manager.query(sql, [[...ids]]);
    // One after another: a transaction's statements share its one connection.
    const organisations = await query(
      `SELECT id, name_he AS he, name_ar AS ar, name_en AS en, sector_code AS sector FROM organisation WHERE id = ANY($1::uuid[])`,
      organisationIds,
    );
    const authorities = await query(
      `SELECT id, name_he AS he, name_ar AS ar, name_en AS en FROM local_authority WHERE id = ANY($1::uuid[])`,
      authorityIds,
    );
    const people = await query(
      `SELECT id, name_he AS he, name_ar AS ar, name_en AS en FROM person WHERE id = ANY($1::uuid[])`,
      new Set(seats.map((seat) => seat.personId)),
    );
    const forums = await query(
      `SELECT id, name_he AS he, name_ar AS ar, name_en AS en FROM forum WHERE id = ANY($1::uuid[])`,
      new Set(seats.map((seat) => seat.forumId)),
    );
    const text = (row: NameRow): LocalizedText => ({ he: row.he, ar: row.ar, en: row.en });
    return {
      organisations: new Map(organisations.map((row) => [row.id, { name: text(row), sector: row.sector! }])),
      authorities: new Map(authorities.map((row) => [row.id, text(row)])),
      people: new Map(people.map((row) => [row.id, text(row)])),
      forums: new Map(forums.map((row) => [row.id, text(row)])),
    };
  }
}

function tooLarge(what: string): DomainError {
  return new DomainError(
    'BAD_USER_INPUT',
    `The network under this filter is too large to measure in one request (${what}). Narrow it by a direction or a district.`,
    { invalidArguments: ['filter'] },
  );
}
