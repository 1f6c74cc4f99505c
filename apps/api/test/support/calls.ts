import type { DataSource } from 'typeorm';
import type { Clock } from '../../src/common/clock.js';

/** A clock a test sets: every request the server handles meanwhile reads this instant. */
export class TestClock implements Clock {
  constructor(public instant: Date) {}

  now(): Date {
    return new Date(this.instant);
  }

  set(iso: string | Date): void {
    this.instant = new Date(iso);
  }
}

/** A clock that hands out the instants of one second in turn, for many submissions "at once". */
export class LastSecondClock implements Clock {
  private tick = 0;

  constructor(private readonly second: Date) {}

  now(): Date {
    this.tick = (this.tick + 7) % 1000;
    return new Date(this.second.getTime() + this.tick);
  }
}

export const CALL_FIELDS = `id status opensOn deadline closesAt acceptingApplications rotation allowsIndividuals eligibleSectors
  title { he en } viewerCanManage viewerCanReview criteria { id position name { he } }
  extensions { previousDeadline newDeadline reason { he en } extendedAt }`;

export const APPLICATION_FIELDS = `id status sector nomineeKind submittedAt nomineeName nomineeEmail decisionReason viewerCanEdit
  organisation { id registrationNumber sector } forumMember { id sector }`;

export const CREATE_CALL = `mutation ($input: CreateCallInput!) { createCall(input: $input) { ${CALL_FIELDS} } }`;
export const UPDATE_CALL = `mutation ($input: UpdateCallInput!) { updateCall(input: $input) { ${CALL_FIELDS} } }`;
export const OPEN_CALL = `mutation ($callId: ID!) { openCall(callId: $callId) { ${CALL_FIELDS} } }`;
export const CLOSE_CALL = `mutation ($callId: ID!) { closeCall(callId: $callId) { ${CALL_FIELDS} } }`;
export const DECIDE_CALL = `mutation ($callId: ID!) { markCallDecided(callId: $callId) { ${CALL_FIELDS} } }`;
export const EXTEND = `mutation ($input: ExtendCallDeadlineInput!) { extendCallDeadline(input: $input) { ${CALL_FIELDS} } }`;
export const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
export const UPDATE_APPLICATION = `mutation ($input: UpdateApplicationInput!) { updateApplication(input: $input) { ${APPLICATION_FIELDS} motivation } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawApplication(applicationId: $id) { ${APPLICATION_FIELDS} } }`;
export const SCORE = `mutation ($input: ScoreApplicationInput!) { scoreApplication(input: $input) { id averageScore reviewerCount } }`;
export const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { ${APPLICATION_FIELDS} decidedAt } }`;

/** A call's input with what every test leaves alone. */
export function callInput(forumId: string, deadline: string, extra: Record<string, unknown> = {}) {
  return {
    forumId,
    title: { he: 'קול קורא לבדיקה', en: 'A test call' },
    text: { he: 'טקסט הקול הקורא. '.repeat(60) },
    deadline,
    eligibleSectors: ['BUSINESS', 'CIVIL_SOCIETY'],
    allowsIndividuals: true,
    criteria: [{ name: { he: 'זיקה אזורית' } }, { name: { he: 'מחויבות' }, description: { he: 'ארבעה מפגשים בשנה' } }],
    ...extra,
  };
}

/** An application for an organisation, with a registration number of its own unless given. */
export function applicationInput(callId: string, extra: Record<string, unknown> = {}) {
  const number = String(Math.floor(Math.random() * 1e9)).padStart(9, '0');
  return {
    callId,
    idempotencyKey: `key-${Math.random().toString(36).slice(2)}`,
    organisation: { name: { he: `ארגון ${number}` }, registrationNumber: number },
    sector: 'CIVIL_SOCIETY',
    nomineeName: 'דנה כהן',
    nomineeTitle: 'מנכ"לית',
    nomineeEmail: 'dana@example.org',
    nomineePhone: '04-1234567',
    regionalTies: 'פועלת בקריות ובזבולון',
    motivation: 'לקדם התמודדות אזורית',
    ...extra,
  };
}

/** A call straight into the database, in a status, with one criterion; its id and the criterion's. */
export async function insertCall(
  dataSource: DataSource,
  forumId: string,
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'DECIDED',
  deadline = '2099-12-31',
): Promise<{ callId: string; criterionId: string }> {
  const [{ id: callId }] = await dataSource.query(
    `INSERT INTO "call" (forum_id, title_he, text_he, status, deadline, closes_at, eligible_sectors, allows_individuals)
     VALUES ($1, 'קול קורא', 'טקסט', $2, $3, now(), '{BUSINESS,CIVIL_SOCIETY}', true) RETURNING id`,
    [forumId, status, deadline],
  );
  const [{ id: criterionId }] = await dataSource.query(
    `INSERT INTO call_criterion (call_id, position, name_he) VALUES ($1, 1, 'זיקה אזורית') RETURNING id`,
    [callId],
  );
  return { callId, criterionId };
}

/** An application straight into the database, submitted now by the account, to an OPEN call; then the status asked. */
export async function insertApplication(
  dataSource: DataSource,
  callId: string,
  accountId: string,
  status: 'SUBMITTED' | 'UNDER_REVIEW' = 'SUBMITTED',
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO application (call_id, nominee_kind, sector_code, submitted_by_account_id, idempotency_key, submitted_at,
                              updated_at, nominee_name, nominee_email, regional_ties, motivation, status)
     VALUES ($1, 'INDIVIDUAL_PHILANTHROPIST', 'BUSINESS', $2, gen_random_uuid()::text, now(), now(), 'מועמדת',
             'nominee@example.org', 'זיקה', 'מניע', $3) RETURNING id`,
    [callId, accountId, status],
  );
  return id as string;
}
