import type { AuditAction } from '../../gql/graphql';
import { isAuditFilterAction } from './audit-actions';

/** What the audit trail is filtered by, as the address holds it. */
export interface AuditFilters {
  /** A cluster's slug: readable in the address; the page resolves it to an id. */
  cluster: string | null;
  /** An account's id: entries it made or that are about it. */
  account: string | null;
  action: AuditAction | null;
  /** Calendar days in Israel, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isDay(value: string | null): value is string {
  return value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const action = params.get('action');
  const account = params.get('account');
  return {
    cluster: params.get('cluster')?.trim() || null,
    account: account && UUID.test(account) ? account : null,
    action: isAuditFilterAction(action) ? action : null,
    from: isDay(params.get('from')) ? params.get('from') : null,
    to: isDay(params.get('to')) ? params.get('to') : null,
  };
}

/** Only the filters that are set, in a fixed order. */
export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['cluster', 'account', 'action', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

const TIME_ZONE = 'Asia/Jerusalem';

/** How far Israel's clock is ahead of UTC at an instant, in minutes (120 or 180). */
function offsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - instant.getTime()) / 60_000);
}

/**
 * The instant a calendar day starts in Israel, as the API takes it (ISO, UTC). The audit trail is
 * shown on Israel's clock, so "from 15 March" means from midnight in Jerusalem.
 */
export function israelDayStart(day: string): string {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // The offset at the guess, then again at the result: right across a daylight-saving change.
  let instant = midnightUtc - offsetMinutes(new Date(midnightUtc)) * 60_000;
  instant = midnightUtc - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

/** The day after, as YYYY-MM-DD: "to 15 March" includes the 15th, so it ends when the 16th starts. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The API's `since` and `until` for the chosen days; a range given backwards is read the right way round. */
export function auditTimeRange(from: string | null, to: string | null): { since: string | null; until: string | null } {
  const [first, last] = from && to && from > to ? [to, from] : [from, to];
  return {
    since: first ? israelDayStart(first) : null,
    until: last ? israelDayStart(nextDay(last)) : null,
  };
}
