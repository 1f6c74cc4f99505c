import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SectorCode } from '@roundtable/shared/sectors';
import { createProfile } from './pool.js';

/** Factories and operations for partnerships: each test arranges its own. */

export const PARTNERSHIP_FIELDS = `id kind status title { he ar en } summary { he en } fundingMechanism budgetAgorot
  startOn endOn reportingPeriodMonths createdAt viewerCanEdit statusLight nextReportDueOn lastReportedOn lateMilestoneCount
  cluster { id slug } partners { role sector organisation { id } } sectors districts { code } directions { number }
  sdgs { number } sdgTargets topics { code } source { code }
  milestones { id title { he } dueOn isDone doneOn }
  indicators { id name { he } unit { he } baseline target actual actualReportedOn }`;

export const CREATE_PARTNERSHIP = `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
export const UPDATE_PARTNERSHIP = `mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
export const ADD_PARTNER = `mutation ($input: AddPartnershipPartnerInput!) { addPartnershipPartner(input: $input) { id partners { role organisation { id } } } }`;
export const REMOVE_PARTNER = `mutation ($partnershipId: ID!, $organisationId: ID!) { removePartnershipPartner(partnershipId: $partnershipId, organisationId: $organisationId) { id partners { organisation { id } } } }`;
export const ADD_MILESTONE = `mutation ($input: AddPartnershipMilestoneInput!) { addPartnershipMilestone(input: $input) { id milestones { id title { he } dueOn } } }`;
export const UPDATE_MILESTONE = `mutation ($input: UpdatePartnershipMilestoneInput!) { updatePartnershipMilestone(input: $input) { ${PARTNERSHIP_FIELDS} } }`;
export const REMOVE_MILESTONE = `mutation ($milestoneId: ID!) { removePartnershipMilestone(milestoneId: $milestoneId) { id milestones { id } } }`;
export const ADD_INDICATOR = `mutation ($input: AddPartnershipIndicatorInput!) { addPartnershipIndicator(input: $input) { id indicators { id name { he } } } }`;
export const UPDATE_INDICATOR = `mutation ($input: UpdatePartnershipIndicatorInput!) { updatePartnershipIndicator(input: $input) { id indicators { id name { he } target } } }`;
export const REMOVE_INDICATOR = `mutation ($indicatorId: ID!) { removePartnershipIndicator(indicatorId: $indicatorId) { id indicators { id } } }`;
export const REPORT = `mutation ($input: ReportPartnershipProgressInput!) { reportPartnershipProgress(input: $input) {
  id reportedOn text { he } createdAt values { value indicator { id } } partnership { id statusLight lastReportedOn } } }`;
export const PARTNERSHIP = `query ($id: ID!) { partnership(id: $id) { ${PARTNERSHIP_FIELDS}
  reports { id reportedOn text { he } values { value indicator { id } } } } }`;

/** A partnership's input with what a test leaves alone. */
export function partnershipInput(clusterId: string | null, extra: Record<string, unknown> = {}) {
  return {
    kind: clusterId ? 'INTER_MUNICIPAL' : 'CROSS_SECTOR',
    clusterId,
    title: { he: 'שותפות לבדיקה', en: 'A test partnership' },
    status: 'ACTIVE',
    ...extra,
  };
}

/** An organisation of the sector, straight into the database. */
export async function createOrganisation(
  dataSource: DataSource,
  sector: SectorCode,
  name = 'ארגון לבדיקה',
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO organisation (name_he, sector_code) VALUES ($1, $2) RETURNING id`,
    [`${name} ${randomUUID().slice(0, 6)}`, sector],
  );
  return id;
}

/** Links an account to an organisation the way the API knows it: a pool profile of the account's person. */
export async function linkAccountToOrganisation(
  dataSource: DataSource,
  accountId: string,
  organisationId: string,
  sector: SectorCode,
): Promise<void> {
  await createProfile(dataSource, { accountId, organisationId, sector });
}

/** A partnership straight into the database (for tests that are not about creating one). */
export async function insertPartnership(
  dataSource: DataSource,
  { clusterId = null, kind, status = 'ACTIVE' }: { clusterId?: string | null; kind?: string; status?: string } = {},
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO partnership (kind, cluster_id, title_he, status) VALUES ($1, $2, 'שותפות', $3) RETURNING id`,
    [kind ?? (clusterId ? 'INTER_MUNICIPAL' : 'CROSS_SECTOR'), clusterId, status],
  );
  return id;
}
