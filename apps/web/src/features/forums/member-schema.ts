import { z } from 'zod';
import { daysBetween, FORUM_MEMBER_END_REASONS, FORUM_MEMBER_ROLES } from '@roundtable/shared/forums';
import type { LocalizedText } from '@roundtable/shared/localized';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { ForumMemberEndReason, ForumMemberRole } from '../../gql/graphql';

/**
 * The forms that change who sits in a forum. Their messages are catalogue keys (forums.errors.*),
 * so the same rule reads right in every language; the API holds every rule again (docs/forums.md).
 */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NAME_MAX = 500;

/** A real calendar day (no 30 February), YYYY-MM-DD as a date input gives it. */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const requiredDate = z
  .string()
  .trim()
  .min(1, 'forums.errors.dateRequired')
  .refine(isCalendarDate, 'forums.errors.dateInvalid');
const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isCalendarDate(value), 'forums.errors.dateInvalid');
const optionalName = z.string().trim().max(NAME_MAX, 'forums.errors.nameTooLong');

/**
 * For whom the member sits: a local authority of the cluster, an organisation already in the
 * forum, a new organisation, as an individual, or (a secretary) no one.
 */
export const REPRESENTATIONS = ['AUTHORITY', 'EXISTING_ORGANISATION', 'ORGANISATION', 'INDIVIDUAL', 'NONE'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

const sectorCode = z.union([z.literal(''), z.enum(SECTOR_CODES)]);

/** Who is appointed: a person new to the system, or one who sat in this forum before. */
export const PERSON_MODES = ['NEW', 'RETURNING'] as const;

/** What the appointment form holds; `today` is Israel's, so a consent cannot be dated in the future. */
export function appointSchema(today: string) {
  return z
    .object({
      personMode: z.enum(PERSON_MODES),
      personId: z.string(),
      nameHe: optionalName,
      nameAr: optionalName,
      nameEn: optionalName,
      titleHe: optionalName,
      role: z.enum(FORUM_MEMBER_ROLES),
      representation: z.enum(REPRESENTATIONS),
      localAuthorityId: z.string(),
      organisationId: z.string(),
      organisationNameHe: optionalName,
      organisationNameEn: optionalName,
      organisationSector: sectorCode,
      registrationNumber: z
        .string()
        .trim()
        .refine((value) => value === '' || value.replace(/[\s-]/g, '').match(/^\d{9}$/) !== null, {
          message: 'forums.errors.registrationNumber',
        }),
      sector: sectorCode,
      termStart: requiredDate,
      termEnd: optionalDate,
      shownPublicly: z.boolean(),
      publicConsentOn: optionalDate,
    })
    .superRefine((values, context) => {
      const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (values.personMode === 'NEW' && !values.nameHe) issue('nameHe', 'forums.errors.personNameRequired');
      if (values.personMode === 'RETURNING' && !values.personId) issue('personId', 'forums.errors.personRequired');
      if (values.representation === 'AUTHORITY' && !values.localAuthorityId) {
        issue('localAuthorityId', 'forums.errors.authorityRequired');
      }
      if (values.representation === 'EXISTING_ORGANISATION' && !values.organisationId) {
        issue('organisationId', 'forums.errors.organisationRequired');
      }
      if (values.representation === 'ORGANISATION') {
        if (!values.organisationNameHe) issue('organisationNameHe', 'forums.errors.organisationNameRequired');
        if (!values.organisationSector) issue('organisationSector', 'forums.errors.sectorRequired');
      }
      if (values.representation === 'INDIVIDUAL' && !values.sector) issue('sector', 'forums.errors.sectorRequired');
      if (values.representation === 'NONE' && values.role !== 'SECRETARY') {
        issue('representation', 'forums.errors.onlySecretarySitsForNoOne');
      }
      if (
        values.termEnd &&
        isCalendarDate(values.termStart) &&
        isCalendarDate(values.termEnd) &&
        daysBetween(values.termStart, values.termEnd) <= 0
      ) {
        issue('termEnd', 'forums.errors.termEndBeforeStart');
      }
      if (values.shownPublicly && values.publicConsentOn && isCalendarDate(values.publicConsentOn)) {
        if (daysBetween(values.publicConsentOn, today) < 0) issue('publicConsentOn', 'forums.errors.dateInFuture');
      }
    });
}
export type AppointValues = z.input<ReturnType<typeof appointSchema>>;

export function emptyAppointment(today: string): AppointValues {
  return {
    personMode: 'NEW',
    personId: '',
    nameHe: '',
    nameAr: '',
    nameEn: '',
    titleHe: '',
    role: 'MEMBER',
    representation: 'AUTHORITY',
    localAuthorityId: '',
    organisationId: '',
    organisationNameHe: '',
    organisationNameEn: '',
    organisationSector: '',
    registrationNumber: '',
    sector: '',
    termStart: today,
    termEnd: '',
    shownPublicly: false,
    publicConsentOn: '',
  };
}

function localized(he: string, ar: string, en: string): LocalizedText {
  return { he, ar: ar || null, en: en || null };
}

export interface AppointInput {
  forumId: string;
  personId: string | null;
  newPerson: { name: LocalizedText; title: LocalizedText | null } | null;
  role: ForumMemberRole;
  localAuthorityId: string | null;
  organisationId: string | null;
  newOrganisation: { name: LocalizedText; sector: SectorCode; registrationNumber: string | null } | null;
  sector: SectorCode | null;
  termStart: string;
  termEnd: string | null;
  shownPublicly: boolean;
  publicConsentOn: string | null;
}

/** What the API takes: only the fields of the chosen representation, empty texts as none. */
export function appointInput(forumId: string, values: z.output<ReturnType<typeof appointSchema>>): AppointInput {
  const representation = values.representation;
  return {
    forumId,
    personId: values.personMode === 'RETURNING' ? values.personId : null,
    newPerson:
      values.personMode === 'NEW'
        ? {
            name: localized(values.nameHe, values.nameAr, values.nameEn),
            title: values.titleHe ? localized(values.titleHe, '', '') : null,
          }
        : null,
    role: values.role,
    localAuthorityId: representation === 'AUTHORITY' ? values.localAuthorityId : null,
    organisationId: representation === 'EXISTING_ORGANISATION' ? values.organisationId : null,
    newOrganisation:
      representation === 'ORGANISATION'
        ? {
            name: localized(values.organisationNameHe, '', values.organisationNameEn),
            sector: values.organisationSector as SectorCode,
            registrationNumber: values.registrationNumber || null,
          }
        : null,
    sector:
      representation === 'INDIVIDUAL' || (representation === 'NONE' && values.sector)
        ? (values.sector as SectorCode)
        : null,
    termStart: values.termStart,
    termEnd: values.termEnd || null,
    shownPublicly: values.shownPublicly,
    publicConsentOn: values.shownPublicly && values.publicConsentOn ? values.publicConsentOn : null,
  };
}

/**
 * Renewing a term: a new end after the current one, or none to extend by the forum's term
 * length, which only a forum with one can do.
 */
export function renewSchema({ currentEnd, termYears }: { currentEnd: string | null; termYears: number | null }) {
  return z.object({ termEnd: optionalDate }).superRefine(({ termEnd }, context) => {
    if (!termEnd) {
      if (!termYears || !currentEnd) {
        context.addIssue({ code: 'custom', path: ['termEnd'], message: 'forums.errors.renewEndRequired' });
      }
      return;
    }
    if (isCalendarDate(termEnd) && currentEnd && daysBetween(currentEnd, termEnd) <= 0) {
      context.addIssue({ code: 'custom', path: ['termEnd'], message: 'forums.errors.renewEndTooEarly' });
    }
  });
}
export type RenewValues = z.input<ReturnType<typeof renewSchema>>;

/** Ending a membership: why, and the day (today when left empty; never in the future). */
export function endSchema(today: string) {
  return z
    .object({
      reason: z.union([z.literal(''), z.enum(FORUM_MEMBER_END_REASONS)]),
      endedOn: optionalDate,
    })
    .superRefine((values, context) => {
      if (!values.reason)
        context.addIssue({ code: 'custom', path: ['reason'], message: 'forums.errors.reasonRequired' });
      if (values.endedOn && isCalendarDate(values.endedOn) && daysBetween(values.endedOn, today) < 0) {
        context.addIssue({ code: 'custom', path: ['endedOn'], message: 'forums.errors.dateInFuture' });
      }
    });
}
export type EndValues = z.input<ReturnType<typeof endSchema>>;

export function endInput(
  memberId: string,
  values: z.output<ReturnType<typeof endSchema>>,
): { memberId: string; reason: ForumMemberEndReason; endedOn: string | null } {
  return { memberId, reason: values.reason as ForumMemberEndReason, endedOn: values.endedOn || null };
}

/** A member's consent to appear on the public page, or its withdrawal; a consent is never dated ahead. */
export function consentSchema(today: string) {
  return z.object({ shownPublicly: z.boolean(), consentedOn: optionalDate }).superRefine((values, context) => {
    if (values.shownPublicly && values.consentedOn && isCalendarDate(values.consentedOn)) {
      if (daysBetween(values.consentedOn, today) < 0) {
        context.addIssue({ code: 'custom', path: ['consentedOn'], message: 'forums.errors.dateInFuture' });
      }
    }
  });
}
export type ConsentValues = z.input<ReturnType<typeof consentSchema>>;

export function consentInput(
  memberId: string,
  values: z.output<ReturnType<typeof consentSchema>>,
): { memberId: string; shownPublicly: boolean; consentedOn: string | null } {
  return {
    memberId,
    shownPublicly: values.shownPublicly,
    consentedOn: values.shownPublicly && values.consentedOn ? values.consentedOn : null,
  };
}
