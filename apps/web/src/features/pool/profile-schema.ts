import { z } from 'zod';
import { DISTRICT_CODES, type DistrictCode } from '@roundtable/shared/districts';
import type { Language } from '@roundtable/shared/localized';
import {
  CONTACT_KINDS,
  CONTACT_VISIBILITIES,
  GENDERS,
  LANGUAGE_CODE,
  MIN_AGE,
  MIN_BIRTH_YEAR,
  PROFILE_LIMITS,
  type ContactKind,
  type ContactVisibility,
  type Gender,
} from '@roundtable/shared/pool';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import type { CreateProfileInput, UpdateProfileInput } from '../../gql/graphql';

/**
 * A profile in the partner pool as the "my profile" form holds it (docs/pool.md, "Profiles").
 * Messages are catalogue keys (pool.errors.*); the API holds every rule again (pool.inputs.ts,
 * pool.service.ts) and the database a third time.
 */

/** Names and role titles: the API's LocalizedTextInput takes up to 200 characters a language. */
export const NAME_MAX = 200;

/**
 * The formats the API accepts (CONTACT_FORMATS in apps/api pool.service.ts), checked here first so
 * the person reads which detail to fix beside it.
 */
export const CONTACT_FORMATS: Record<ContactKind, RegExp> = {
  EMAIL: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  PHONE: /^\+?[0-9][0-9\s-]{6,18}[0-9]$/,
  WEBSITE: /^https?:\/\/[^\s/]+\.[^\s]+$/i,
  LINKEDIN: /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/[^\s]+$/i,
};

const YEAR = /^\d{4}$/;

function thisYear(): number {
  return new Date().getUTCFullYear();
}

/** Free words, one a line: each up to 100 characters, at most 20 (PROFILE_LIMITS). */
export function linesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

const wordList = z
  .string()
  .refine((text) => linesOf(text).length <= PROFILE_LIMITS.listItems, 'pool.errors.tooManyItems')
  .refine((text) => linesOf(text).every((line) => line.length <= PROFILE_LIMITS.itemLength), 'pool.errors.itemTooLong');

const optionalName = z.string().trim().max(NAME_MAX, 'pool.errors.nameTooLong');

const positionSchema = z
  .object({
    sector: z.union([z.literal(''), z.enum(SECTOR_CODES)]),
    title: z.string().trim().min(1, 'pool.errors.positionTitleRequired').max(200, 'pool.errors.nameTooLong'),
    organisationName: optionalName,
    startYear: z.string().trim(),
    endYear: z.string().trim(),
  })
  .superRefine((position, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (position.sector === '') issue('sector', 'pool.errors.sectorRequired');
    const start = Number(position.startYear);
    if (!YEAR.test(position.startYear) || start < MIN_BIRTH_YEAR || start > thisYear()) {
      issue('startYear', 'pool.errors.startYearInvalid');
    }
    if (position.endYear !== '') {
      const end = Number(position.endYear);
      if (!YEAR.test(position.endYear) || end < MIN_BIRTH_YEAR || end > 2100)
        issue('endYear', 'pool.errors.endYearInvalid');
      else if (YEAR.test(position.startYear) && end < start) issue('endYear', 'pool.errors.endBeforeStart');
    }
  });

const contactSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    value: z.string().trim().min(1, 'pool.errors.contactRequired').max(PROFILE_LIMITS.contactLength),
    visibility: z.enum(CONTACT_VISIBILITIES),
  })
  .superRefine((contact, context) => {
    if (contact.value && !CONTACT_FORMATS[contact.kind].test(contact.value)) {
      context.addIssue({ code: 'custom', path: ['value'], message: `pool.errors.contactFormat.${contact.kind}` });
    }
  });

export const profileSchema = z
  .object({
    nameHe: z.string().trim().min(1, 'pool.errors.nameHeRequired').max(NAME_MAX, 'pool.errors.nameTooLong'),
    nameAr: optionalName,
    nameEn: optionalName,
    titleHe: optionalName,
    titleAr: optionalName,
    titleEn: optionalName,
    sector: z
      .union([z.literal(''), z.enum(SECTOR_CODES)])
      .refine((value) => value !== '', 'pool.errors.sectorRequired'),
    organisationName: optionalName,
    topicCodes: z.array(z.string()).max(PROFILE_LIMITS.listItems, 'pool.errors.tooManyItems'),
    districts: z.array(z.enum(DISTRICT_CODES)),
    languages: z.array(z.string().regex(LANGUAGE_CODE)).max(PROFILE_LIMITS.listItems, 'pool.errors.tooManyItems'),
    expertise: wordList,
    interests: wordList,
    bio: z.string().trim().max(PROFILE_LIMITS.bioLength, 'pool.errors.bioTooLong'),
    openToConsultation: z.boolean(),
    openToSectorMove: z.boolean(),
    gender: z.union([z.literal(''), z.enum(GENDERS)]),
    birthYear: z
      .string()
      .trim()
      .refine(
        (value) =>
          value === '' ||
          (YEAR.test(value) && Number(value) >= MIN_BIRTH_YEAR && Number(value) <= thisYear() - MIN_AGE),
        'pool.errors.birthYearInvalid',
      ),
    positions: z.array(positionSchema).max(PROFILE_LIMITS.positions, 'pool.errors.tooManyPositions'),
    contacts: z.array(contactSchema).max(PROFILE_LIMITS.contacts, 'pool.errors.tooManyContacts'),
  })
  .superRefine((values, context) => {
    // The API refuses a detail given twice; say which one here.
    const seen = new Set<string>();
    values.contacts.forEach((contact, index) => {
      const key = `${contact.kind}:${contact.kind === 'EMAIL' ? contact.value.trim().toLowerCase() : contact.value.trim()}`;
      if (contact.value.trim() && seen.has(key)) {
        context.addIssue({ code: 'custom', path: ['contacts', index, 'value'], message: 'pool.errors.contactTwice' });
      }
      seen.add(key);
    });
  });

export type ProfileValues = z.input<typeof profileSchema>;
export type PositionValues = ProfileValues['positions'][number];
export type ContactValues = ProfileValues['contacts'][number];

export const EMPTY_POSITION: PositionValues = {
  sector: '',
  title: '',
  organisationName: '',
  startYear: '',
  endYear: '',
};
export const EMPTY_CONTACT: ContactValues = { kind: 'EMAIL', value: '', visibility: 'ONLY_ME' };

/** A profile as the API returns it to its owner, the part the form edits. */
export interface OwnProfile {
  name: { he: string; ar?: string | null; en?: string | null };
  title?: { he: string; ar?: string | null; en?: string | null } | null;
  sector: SectorCode;
  organisation?: { name: { he: string } } | null;
  topics: ReadonlyArray<{ code: string }>;
  districts: ReadonlyArray<{ code: DistrictCode }>;
  languages: readonly string[];
  expertise: readonly string[];
  interests: readonly string[];
  bio?: string | null;
  openToConsultation: boolean;
  openToSectorMove: boolean;
  gender?: Gender | null;
  birthYear?: number | null;
  positions: ReadonlyArray<{
    sector: SectorCode;
    title: string;
    organisationName?: string | null;
    startYear: number;
    endYear?: number | null;
  }>;
  contacts: ReadonlyArray<{ kind: ContactKind; value: string; visibility: ContactVisibility }>;
}

/** The form's starting values: empty for a new profile, the saved profile otherwise. */
export function profileFormValues(profile: OwnProfile | null, displayName = ''): ProfileValues {
  if (!profile) {
    return {
      nameHe: displayName,
      nameAr: '',
      nameEn: '',
      titleHe: '',
      titleAr: '',
      titleEn: '',
      sector: '',
      organisationName: '',
      topicCodes: [],
      districts: [],
      languages: [],
      expertise: '',
      interests: '',
      bio: '',
      openToConsultation: false,
      openToSectorMove: false,
      gender: '',
      birthYear: '',
      positions: [],
      contacts: [],
    };
  }
  return {
    nameHe: profile.name.he,
    nameAr: profile.name.ar ?? '',
    nameEn: profile.name.en ?? '',
    titleHe: profile.title?.he ?? '',
    titleAr: profile.title?.ar ?? '',
    titleEn: profile.title?.en ?? '',
    sector: profile.sector,
    organisationName: profile.organisation?.name.he ?? '',
    topicCodes: profile.topics.map((topic) => topic.code),
    districts: profile.districts.map((district) => district.code),
    languages: [...profile.languages],
    expertise: profile.expertise.join('\n'),
    interests: profile.interests.join('\n'),
    bio: profile.bio ?? '',
    openToConsultation: profile.openToConsultation,
    openToSectorMove: profile.openToSectorMove,
    gender: profile.gender ?? '',
    birthYear: profile.birthYear != null ? String(profile.birthYear) : '',
    positions: profile.positions.map((position) => ({
      sector: position.sector,
      title: position.title,
      organisationName: position.organisationName ?? '',
      startYear: String(position.startYear),
      endYear: position.endYear != null ? String(position.endYear) : '',
    })),
    contacts: profile.contacts.map(({ kind, value, visibility }) => ({ kind, value, visibility })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function localized(he: string, ar: string, en: string) {
  return { he: he.trim(), ar: orNull(ar), en: orNull(en) };
}

/** The fields create and update share; every list is sent whole, as the API replaces lists. */
function commonInput(values: ProfileValues, language: Language) {
  return {
    name: localized(values.nameHe, values.nameAr, values.nameEn),
    title: values.titleHe.trim() ? localized(values.titleHe, values.titleAr, values.titleEn) : null,
    sector: values.sector as SectorCode,
    topicCodes: values.topicCodes,
    districts: values.districts,
    languages: values.languages,
    expertise: linesOf(values.expertise),
    interests: linesOf(values.interests),
    bio: orNull(values.bio),
    openToConsultation: values.openToConsultation,
    openToSectorMove: values.openToSectorMove,
    gender: values.gender === '' ? null : values.gender,
    birthYear: values.birthYear.trim() === '' ? null : Number(values.birthYear),
    positions: values.positions.map((position) => ({
      sector: position.sector as SectorCode,
      title: position.title.trim(),
      organisationName: orNull(position.organisationName),
      startYear: Number(position.startYear),
      endYear: position.endYear.trim() === '' ? null : Number(position.endYear),
    })),
    contacts: values.contacts.map((contact) => ({
      kind: contact.kind,
      value: contact.value.trim(),
      visibility: contact.visibility,
    })),
    // The consent notice was read in the page's language: the API records it with each consent.
    consentLanguage: language,
  };
}

/** A new organisation by its Hebrew name, in the person's sector; none when left empty. */
function newOrganisation(values: ProfileValues) {
  const name = values.organisationName.trim();
  return name ? { name: { he: name }, sector: values.sector as SectorCode } : null;
}

export function toCreateProfileInput(values: ProfileValues, language: Language): CreateProfileInput {
  const organisation = newOrganisation(values);
  return { ...commonInput(values, language), ...(organisation ? { newOrganisation: organisation } : {}) };
}

/**
 * The changes to a saved profile. The organisation is sent only when its name changed (a new one by
 * that name), or cleared when emptied, so saving without touching it keeps the one in the system.
 */
export function toUpdateProfileInput(values: ProfileValues, language: Language, saved: OwnProfile): UpdateProfileInput {
  const input: UpdateProfileInput = commonInput(values, language);
  const before = saved.organisation?.name.he ?? '';
  const after = values.organisationName.trim();
  if (after !== before) {
    const organisation = newOrganisation(values);
    if (organisation) input.newOrganisation = organisation;
    else input.organisationId = null;
  }
  return input;
}
