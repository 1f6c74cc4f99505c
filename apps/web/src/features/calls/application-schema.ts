import { z } from 'zod';
import {
  APPLICATION_LIMITS as API_LIMITS,
  NOMINEE_KINDS,
  normaliseRegistrationNumber as registrationDigits,
} from '@roundtable/shared/calls';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { SubmitApplicationInput, UpdateApplicationInput } from '../../gql/graphql';

/**
 * An application to a call (בקשת הצטרפות, domain.md) as its form holds it. Messages are catalogue
 * keys (calls.apply.errors.*); the API checks every rule again and refuses an application after
 * the deadline (rule 2).
 */

export type NomineeKindValue = (typeof NOMINEE_KINDS)[number];

/** The numbers the messages name ({{nameMax}} and so on): the API's own limits (packages/shared). */
export const APPLICATION_LIMITS = {
  nameMax: API_LIMITS.nomineeName,
  emailMax: API_LIMITS.nomineeEmail,
  textMax: Math.min(API_LIMITS.regionalTies, API_LIMITS.motivation),
  topicsMax: API_LIMITS.topics,
} as const;

/**
 * ע"ר or ח"פ as its nine digits, by the API's rule (58-012345-6 and "580 123 456" are the same
 * number; typographic dashes count as dashes); the text as typed when it is no such number.
 */
export function normaliseRegistrationNumber(value: string): string {
  const typed = value.trim().replace(/[\u2010-\u2015]/g, '-');
  return registrationDigits(typed) ?? typed;
}

const REGISTRATION_NUMBER = /^\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API's phone rule: digits, spaces, dashes and brackets, an optional leading +. */
const PHONE = /^\+?[\d\s()-]{6,40}$/;

/** What the call allows, which the form's choices and checks follow. */
export interface CallTerms {
  eligibleSectors: readonly SectorCode[];
  allowsIndividuals: boolean;
}

const sectorValue = z.union([z.literal(''), z.enum(SECTOR_CODES)]);
const optional = (max: number, message: string) => z.string().trim().max(max, message);
const required = (max: number, requiredMessage: string, tooLong: string) =>
  z.string().trim().min(1, requiredMessage).max(max, tooLong);

const baseSchema = z.object({
  nomineeKind: z.enum(NOMINEE_KINDS),
  organisationNameHe: optional(APPLICATION_LIMITS.nameMax, 'calls.apply.errors.nameTooLong'),
  organisationNameAr: optional(APPLICATION_LIMITS.nameMax, 'calls.apply.errors.nameTooLong'),
  organisationNameEn: optional(APPLICATION_LIMITS.nameMax, 'calls.apply.errors.nameTooLong'),
  registrationNumber: z.string().trim(),
  sector: sectorValue,
  nomineeName: required(
    APPLICATION_LIMITS.nameMax,
    'calls.apply.errors.nomineeNameRequired',
    'calls.apply.errors.nameTooLong',
  ),
  nomineeTitle: optional(APPLICATION_LIMITS.nameMax, 'calls.apply.errors.nameTooLong'),
  nomineeEmail: z
    .string()
    .trim()
    .min(1, 'calls.apply.errors.emailRequired')
    .max(APPLICATION_LIMITS.emailMax, 'calls.apply.errors.emailTooLong')
    .refine((value) => value === '' || EMAIL.test(value), 'calls.apply.errors.emailInvalid'),
  nomineePhone: z
    .string()
    .trim()
    .refine((value) => value === '' || PHONE.test(value), 'calls.apply.errors.phoneInvalid'),
  regionalTies: required(
    APPLICATION_LIMITS.textMax,
    'calls.apply.errors.regionalTiesRequired',
    'calls.apply.errors.textTooLong',
  ),
  motivation: required(
    APPLICATION_LIMITS.textMax,
    'calls.apply.errors.motivationRequired',
    'calls.apply.errors.textTooLong',
  ),
  topicCodes: z.array(z.string()).max(APPLICATION_LIMITS.topicsMax, 'calls.apply.errors.tooManyTopics'),
});

export type ApplicationValues = z.input<typeof baseSchema>;
export type ApplicationField = keyof ApplicationValues;

/**
 * The form's schema for a call. A new application checks who applies and for which organisation
 * and sector; an existing one keeps those (updateApplication does not change them).
 */
export function applicationSchema(terms: CallTerms, mode: 'submit' | 'edit') {
  return baseSchema.superRefine((values, context) => {
    if (mode === 'edit') return;
    const issue = (path: ApplicationField, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (values.nomineeKind === 'INDIVIDUAL_PHILANTHROPIST' && !terms.allowsIndividuals) {
      issue('nomineeKind', 'calls.apply.errors.individualsNotAllowed');
    }
    if (values.nomineeKind === 'ORGANISATION_HEAD') {
      if (values.organisationNameHe.trim() === '')
        issue('organisationNameHe', 'calls.apply.errors.organisationRequired');
      const number = normaliseRegistrationNumber(values.registrationNumber);
      if (number === '') issue('registrationNumber', 'calls.apply.errors.registrationNumberRequired');
      else if (!REGISTRATION_NUMBER.test(number))
        issue('registrationNumber', 'calls.apply.errors.registrationNumberInvalid');
    }
    if (values.sector === '') issue('sector', 'calls.apply.errors.sectorRequired');
    else if (!terms.eligibleSectors.includes(values.sector)) issue('sector', 'calls.apply.errors.sectorNotEligible');
  });
}

/** An application as the API returns it to its applicant, the part the form shows. */
export interface OwnApplication {
  nomineeKind: NomineeKindValue;
  sector: SectorCode;
  nomineeName: string;
  nomineeTitle?: string | null;
  nomineeEmail: string;
  nomineePhone?: string | null;
  regionalTies: string;
  motivation: string;
  organisation?: {
    registrationNumber?: string | null;
    name: { he: string; ar?: string | null; en?: string | null };
  } | null;
  topics: ReadonlyArray<{ code: string }>;
}

/**
 * The form's starting values: the saved application, or an empty one whose sector is chosen
 * already when the call admits only one.
 */
export function applicationFormValues(application: OwnApplication | null, terms: CallTerms): ApplicationValues {
  if (!application) {
    return {
      nomineeKind: 'ORGANISATION_HEAD',
      organisationNameHe: '',
      organisationNameAr: '',
      organisationNameEn: '',
      registrationNumber: '',
      sector: terms.eligibleSectors.length === 1 ? terms.eligibleSectors[0]! : '',
      nomineeName: '',
      nomineeTitle: '',
      nomineeEmail: '',
      nomineePhone: '',
      regionalTies: '',
      motivation: '',
      topicCodes: [],
    };
  }
  const name = application.organisation?.name;
  return {
    nomineeKind: application.nomineeKind,
    organisationNameHe: name?.he ?? '',
    organisationNameAr: name?.ar ?? '',
    organisationNameEn: name?.en ?? '',
    registrationNumber: application.organisation?.registrationNumber ?? '',
    sector: application.sector,
    nomineeName: application.nomineeName,
    nomineeTitle: application.nomineeTitle ?? '',
    nomineeEmail: application.nomineeEmail,
    nomineePhone: application.nomineePhone ?? '',
    regionalTies: application.regionalTies,
    motivation: application.motivation,
    topicCodes: application.topics.map((topic) => topic.code),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toSubmitApplicationInput(
  values: ApplicationValues,
  callId: string,
  idempotencyKey: string,
): SubmitApplicationInput {
  const individual = values.nomineeKind === 'INDIVIDUAL_PHILANTHROPIST';
  return {
    callId,
    idempotencyKey,
    nomineeKind: values.nomineeKind,
    ...(individual
      ? {}
      : {
          organisation: {
            name: {
              he: values.organisationNameHe.trim(),
              ar: orNull(values.organisationNameAr),
              en: orNull(values.organisationNameEn),
            },
            registrationNumber: normaliseRegistrationNumber(values.registrationNumber),
          },
        }),
    sector: values.sector as SectorCode,
    nomineeName: values.nomineeName.trim(),
    nomineeTitle: orNull(values.nomineeTitle),
    nomineeEmail: values.nomineeEmail.trim(),
    nomineePhone: orNull(values.nomineePhone),
    regionalTies: values.regionalTies.trim(),
    motivation: values.motivation.trim(),
    topicCodes: values.topicCodes,
  };
}

/** Every field updateApplication takes, sent whole; an emptied title or phone is cleared. */
export function toUpdateApplicationInput(values: ApplicationValues, applicationId: string): UpdateApplicationInput {
  return {
    applicationId,
    nomineeName: values.nomineeName.trim(),
    nomineeTitle: orNull(values.nomineeTitle),
    nomineeEmail: values.nomineeEmail.trim(),
    nomineePhone: orNull(values.nomineePhone),
    regionalTies: values.regionalTies.trim(),
    motivation: values.motivation.trim(),
    topicCodes: values.topicCodes,
  };
}

/** The API's names for what it refused (BAD_USER_INPUT `invalidArguments`), as the form's fields. */
const SERVER_FIELDS: Record<string, ApplicationField> = {
  nomineeKind: 'nomineeKind',
  // The API names a nested failure (the name, the number) by its parent; the number is the likely one.
  organisation: 'registrationNumber',
  name: 'organisationNameHe',
  registrationNumber: 'registrationNumber',
  sector: 'sector',
  nomineeName: 'nomineeName',
  nomineeTitle: 'nomineeTitle',
  nomineeEmail: 'nomineeEmail',
  nomineePhone: 'nomineePhone',
  regionalTies: 'regionalTies',
  motivation: 'motivation',
  topicCodes: 'topicCodes',
};

/**
 * The form fields a BAD_USER_INPUT names, in the form's order. A name may come nested
 * ("organisation.registrationNumber", "input.nomineeEmail"): its last known part decides.
 */
export function serverFieldsOf(invalidArguments: readonly string[]): ApplicationField[] {
  const fields = new Set<ApplicationField>();
  for (const name of invalidArguments) {
    const parts = name.split('.').reverse();
    const known = parts.find((part) => SERVER_FIELDS[part]);
    if (known) fields.add(SERVER_FIELDS[known]!);
  }
  const order = Object.keys(baseSchema.shape) as ApplicationField[];
  return order.filter((field) => fields.has(field));
}

/** The catalogue key that says what to fix in a field the API refused. */
export function serverFieldMessage(field: ApplicationField): string {
  switch (field) {
    case 'registrationNumber':
      return 'calls.apply.errors.server.organisation';
    case 'sector':
      return 'calls.apply.errors.server.sector';
    case 'nomineeEmail':
      return 'calls.apply.errors.server.email';
    case 'topicCodes':
      return 'calls.apply.errors.server.topics';
    default:
      return 'calls.apply.errors.server.field';
  }
}
