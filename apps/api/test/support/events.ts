import type { DataSource } from 'typeorm';

export const EVENT_FIELDS = `id kind title { he ar en } summary { he } venue { he en } isOnline onlineLink startsOn endsOn
  capacity confirmedCount waitlistedCount seatsLeft registrationState registrationClosed timing
  reportedParticipantCount reportedParticipantCountApproximate audienceSectors
  cluster { slug } localAuthority { name { he } } source { code } outcomeSummary { he }
  tracks { position topic { he en } facilitator { he } outcomeSummary { he } } outcomeDirections { number }`;

export const REGISTRATION_FIELDS = `id status sector arrival waitlistPosition confirmedAt cancelledAt event { id }`;

export const REGISTER = `mutation ($eventId: ID!, $sector: SectorCode!, $organisationId: ID) {
  registerForEvent(eventId: $eventId, sector: $sector, organisationId: $organisationId) { ${REGISTRATION_FIELDS} } }`;
export const CANCEL = `mutation ($registrationId: ID!) { cancelEventRegistration(registrationId: $registrationId) { ${REGISTRATION_FIELDS} } }`;
export const CLOSE = `mutation ($eventId: ID!) { closeEventRegistration(eventId: $eventId) { registrationState registrationClosed } }`;
export const REOPEN = `mutation ($eventId: ID!) { reopenEventRegistration(eventId: $eventId) { registrationState registrationClosed } }`;
export const CREATE_EVENT = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const UPDATE_EVENT = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { ${EVENT_FIELDS} } }`;
export const REGISTRANTS = `query ($eventId: ID!, $status: RegistrationStatus, $search: String, $first: Int, $after: String) {
  eventRegistrations(eventId: $eventId, status: $status, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${REGISTRATION_FIELDS} person { name { he en } } } } }`;

/** An event straight into the database (for tests that are not about creating one). */
export async function insertEvent(
  dataSource: DataSource,
  {
    clusterId = null,
    capacity = null,
    opensAt = null,
    closesAt = null,
  }: { clusterId?: string | null; capacity?: number | null; opensAt?: string | null; closesAt?: string | null } = {},
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO event (kind, cluster_id, title_he, starts_on, capacity, registration_opens_at, registration_closes_at)
     VALUES ('WORKSHOP', $1, 'סדנה', '2030-06-01', $2, $3, $4) RETURNING id`,
    [clusterId, capacity, opensAt, closesAt],
  );
  return id;
}
