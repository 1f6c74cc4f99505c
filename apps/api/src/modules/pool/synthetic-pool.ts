import { Faker, ar, base, en, generateMersenne53Randomizer, he, type Randomizer } from '@faker-js/faker';
import { DISTRICTS, type DistrictCode } from '@roundtable/shared/districts';
import type { ContactVisibility, Gender } from '@roundtable/shared/pool';
import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { TOPICS, type TopicCode } from '@roundtable/shared/topics';
import {
  BIO_PATTERNS,
  EXPERTISE,
  INTERESTS,
  ORGANISATION_PATTERNS,
  ORGANISATION_THEMES,
  TITLES,
  arabicFromHebrew,
  fill,
  hebrewFromArabic,
  hebrewFromLatin,
  syntheticRegistrationNumber,
} from './synthetic-pool.vocabulary.js';
import type { PersonRow } from './pool-import.rows.js';

/**
 * The synthetic partner pool (docs/pool.md, "Synthetic data and the benchmark"): organisations and
 * people made up from a seed number, for development and the search benchmark. Pure: the same seed
 * and counts give the same rows, whatever the machine or the day (no clock is read).
 */

export const SYNTHETIC_DEFAULTS = { seed: 42, people: 200_000, organisations: 20_000 } as const;
/** Rows are made in chunks, each from its own seed, so a row depends only on the seed and its index. */
export const SYNTHETIC_CHUNK = 1000;
/** "Now" for the made-up careers and consent dates, fixed so that reruns give the same rows. */
const REFERENCE_YEAR = 2026;
const CONSENT_FROM = '2024-01-01T00:00:00Z';
const CONSENT_TO = '2026-06-30T00:00:00Z';
/** Reserved for documentation by RFC 2606: no real person has an address there. */
export const SYNTHETIC_EMAIL_DOMAIN = 'synthetic.example.org';

type Language = 'he' | 'ar' | 'en';
type Names = { he: string; ar: string | null; en: string | null };

export interface SyntheticOrganisation {
  index: number;
  registrationNumber: string;
  name: Names;
  sector: SectorCode;
  topics: TopicCode[];
  districts: DistrictCode[];
}

export interface SyntheticPosition {
  sector: SectorCode;
  title: string;
  organisationName: string | null;
  startYear: number;
  endYear: number | null;
}

/** A made-up person: the fields of an imported person's row (pool-import.rows.ts), and what an import does not bring. */
export interface SyntheticPerson extends Pick<
  PersonRow,
  | 'districts'
  | 'languages'
  | 'interests'
  | 'expertise'
  | 'openToConsultation'
  | 'openToSectorMove'
  | 'bio'
  | 'gender'
  | 'birthYear'
  | 'contacts'
  | 'visibility'
  | 'consentedOn'
> {
  index: number;
  /** person.seed_key: `synthetic:<seed>:<index>`, the natural key a rerun skips on. */
  seedKey: string;
  name: Names;
  title: Names | null;
  sector: SectorCode;
  /** Index into the organisations of the same seed, or none. */
  organisationIndex: number | null;
  topics: TopicCode[];
  positions: SyntheticPosition[];
}

export function syntheticSeedKey(seed: number, index: number): string {
  return `synthetic:${seed}:${index}`;
}

type Weighted<T> = readonly (readonly [T, number])[];

// Shares as a pool of this kind might hold them; the figures are assumptions, not statistics.
const SECTOR_WEIGHTS: Weighted<SectorCode> = [
  ['CIVIL_SOCIETY', 30],
  ['BUSINESS', 22],
  ['LOCAL_GOVERNMENT', 16],
  ['GOVERNMENT', 12],
  ['ACADEMIA', 12],
  ['PHILANTHROPY', 8],
];
const TOPIC_POPULARITY: Partial<Record<TopicCode, number>> = {
  EDUCATION: 10,
  WELFARE_AND_HEALTH: 8,
  ENVIRONMENT: 8,
  INDUSTRY_AND_EMPLOYMENT: 7,
  ECONOMY: 6,
  YOUTH_AT_RISK: 5,
  INFRASTRUCTURE_AND_PLANNING: 5,
  VETERINARY_SERVICES: 1,
};
const TOPIC_WEIGHTS: Weighted<TopicCode> = TOPICS.map((topic) => [topic.code, TOPIC_POPULARITY[topic.code] ?? 3]);
// By population, roughly; Arabic speakers more in the north and Haifa.
const DISTRICT_WEIGHTS: Record<Language, Weighted<DistrictCode>> = {
  he: [
    ['CENTER', 23],
    ['TEL_AVIV', 17],
    ['JERUSALEM', 13],
    ['NORTH', 12],
    ['HAIFA', 11],
    ['SOUTH', 15],
    ['JUDEA_AND_SAMARIA', 6],
  ],
  ar: [
    ['NORTH', 40],
    ['HAIFA', 20],
    ['CENTER', 12],
    ['JERUSALEM', 15],
    ['SOUTH', 10],
    ['TEL_AVIV', 3],
  ],
  en: [
    ['JERUSALEM', 25],
    ['TEL_AVIV', 25],
    ['CENTER', 25],
    ['HAIFA', 10],
    ['NORTH', 5],
    ['SOUTH', 10],
  ],
};
const ORIGIN_WEIGHTS: Weighted<Language> = [
  ['he', 62],
  ['ar', 23],
  ['en', 15],
];
const GENDER_WEIGHTS: Weighted<Gender | null> = [
  ['FEMALE', 49],
  ['MALE', 47],
  ['OTHER', 2],
  [null, 2],
];
const VISIBILITY_WEIGHTS: Weighted<ContactVisibility> = [
  ['EVERYONE', 25],
  ['SIGNED_IN', 45],
  ['ONLY_ME', 30],
];

/** Three fakers (Hebrew, Arabic, English) drawing from one seeded source. */
class Source {
  private readonly randomizer: Randomizer = generateMersenne53Randomizer();
  readonly he = new Faker({ locale: [he, base], randomizer: this.randomizer });
  readonly ar = new Faker({ locale: [ar, base], randomizer: this.randomizer });
  readonly en = new Faker({ locale: [en, base], randomizer: this.randomizer });

  /** Restarts the sequence for one chunk of one kind of row. */
  reseed(seed: number, stream: number, chunk: number): void {
    this.randomizer.seed([seed, stream, chunk]);
  }

  chance(probability: number): boolean {
    return this.en.datatype.boolean(probability);
  }

  int(min: number, max: number): number {
    return this.en.number.int({ min, max });
  }

  pick<T>(items: readonly T[]): T {
    return this.en.helpers.arrayElement(items);
  }

  weighted<T>(items: Weighted<T>): T {
    return this.en.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
  }

  /** `count` distinct values, each drawn by weight. */
  distinct<T>(items: Weighted<T>, count: number): T[] {
    const chosen: T[] = [];
    while (chosen.length < Math.min(count, items.length)) {
      const value = this.weighted(items.filter(([item]) => !chosen.includes(item)));
      chosen.push(value);
    }
    return chosen;
  }

  some<T>(items: readonly T[], min: number, max: number): T[] {
    return this.en.helpers.arrayElements(items, { min, max });
  }
}

const STREAM = { organisations: 1, people: 2 } as const;

function topicName(code: TopicCode, language: Language): string {
  return TOPICS.find((topic) => topic.code === code)!.name[language] ?? TOPICS.find((t) => t.code === code)!.name.he;
}

function districtName(code: DistrictCode, language: Language): string {
  return DISTRICTS.find((district) => district.code === code)!.name[language]!;
}

function organisation(source: Source, index: number): SyntheticOrganisation {
  const sector = source.weighted(SECTOR_WEIGHTS);
  const topics = source.distinct(TOPIC_WEIGHTS, source.int(1, 3));
  const districts = source.distinct(DISTRICT_WEIGHTS.he, source.weighted([[1, 75], [2, 20], [3, 5]] as const)); // prettier-ignore
  const pattern = source.pick(ORGANISATION_PATTERNS[sector]);
  const theme = source.pick(ORGANISATION_THEMES);
  const withPlace = source.chance(0.5);
  const nameIn = (language: Language) =>
    fill(pattern[language], { theme: theme[language], topic: topicName(topics[0]!, language) }) +
    (withPlace ? ` ${districtName(districts[0]!, language)}` : '');
  return {
    index,
    registrationNumber: syntheticRegistrationNumber(index),
    name: {
      he: nameIn('he'),
      ar: source.chance(0.55) ? nameIn('ar') : null,
      en: source.chance(0.75) ? nameIn('en') : null,
    },
    sector,
    topics,
    districts,
  };
}

/** The organisations of a seed, in index order. */
export function syntheticOrganisations(seed: number, count: number): SyntheticOrganisation[] {
  const source = new Source();
  const rows: SyntheticOrganisation[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index % SYNTHETIC_CHUNK === 0) source.reseed(seed, STREAM.organisations, index / SYNTHETIC_CHUNK);
    rows.push(organisation(source, index));
  }
  return rows;
}

function personName(source: Source, origin: Language, gender: Gender | null): Names {
  const sex = gender === 'FEMALE' ? 'female' : gender === 'MALE' ? 'male' : source.pick(['female', 'male'] as const);
  const faker = source[origin];
  const full = `${faker.person.firstName(sex)} ${faker.person.lastName()}`;
  if (origin === 'ar') return { he: hebrewFromArabic(full), ar: full, en: null };
  if (origin === 'en') return { he: hebrewFromLatin(full), ar: null, en: full };
  return { he: full, ar: source.chance(0.3) ? arabicFromHebrew(full) : null, en: null };
}

function languagesOf(source: Source, origin: Language): string[] {
  const extra = (code: string, probability: number) => (source.chance(probability) ? [code] : []);
  if (origin === 'ar') return ['ar', ...extra('he', 0.85), ...extra('en', 0.5)];
  if (origin === 'en') return ['en', ...extra('he', 0.5), ...extra(source.pick(['fr', 'ru', 'es']), 0.3)];
  return ['he', ...extra('en', 0.6), ...extra('ar', 0.1), ...extra(source.pick(['ru', 'fr', 'am']), 0.12)];
}

/** Past roles, oldest first, and the current one last (open-ended, in the person's sector now). */
function positionsOf(
  source: Source,
  now: { sector: SectorCode; title: string; employer: SyntheticOrganisation | undefined },
  writes: Language,
  birthYear: number | null,
  organisationsBySector: Map<SectorCode, SyntheticOrganisation[]>,
): SyntheticPosition[] {
  const { sector } = now;
  const count = source.weighted([[0, 25], [1, 30], [2, 25], [3, 15], [4, 5]] as const); // prettier-ignore
  if (count === 0) return [];
  const careerStart = Math.max(1975, (birthYear ?? 1975) + source.int(21, 28));
  if (careerStart >= REFERENCE_YEAR) return [];
  const starts = Array.from({ length: count }, () => source.int(careerStart, REFERENCE_YEAR)).sort((a, b) => a - b);
  return starts.map((startYear, i) => {
    const isCurrent = i === count - 1;
    const held = isCurrent || source.chance(0.5) ? sector : source.pick(SECTOR_CODES);
    const organisations = organisationsBySector.get(held) ?? [];
    const organisation = isCurrent
      ? (now.employer ?? null)
      : organisations.length > 0 && source.chance(0.8)
        ? source.pick(organisations)
        : null;
    return {
      sector: held,
      title: isCurrent ? now.title : source.pick(TITLES[held])[writes],
      organisationName: organisation ? (organisation.name[writes] ?? organisation.name.he) : null,
      startYear,
      endYear: isCurrent ? null : Math.max(startYear, starts[i + 1]!),
    };
  });
}

function person(
  source: Source,
  seed: number,
  index: number,
  organisations: readonly SyntheticOrganisation[],
  organisationsBySector: Map<SectorCode, SyntheticOrganisation[]>,
): SyntheticPerson {
  const origin = source.weighted(ORIGIN_WEIGHTS);
  // Academics and some others write their profile in English.
  const writes: Language = origin !== 'en' && source.chance(0.15) ? 'en' : origin;
  const gender = source.weighted(GENDER_WEIGHTS);
  const name = personName(source, origin, gender);
  const sector = source.weighted(SECTOR_WEIGHTS);
  const titleWords = source.chance(0.9) ? source.pick(TITLES[sector]) : null;
  const title = titleWords ? { he: titleWords.he, ar: source.chance(0.4) ? titleWords.ar : null, en: source.chance(0.6) ? titleWords.en : null } : null; // prettier-ignore
  const sameSector = organisationsBySector.get(sector) ?? [];
  const employer = source.chance(0.9) ? source.pick(sameSector.length > 0 ? sameSector : organisations) : undefined;
  const topics = source.distinct(TOPIC_WEIGHTS, source.weighted([[1, 30], [2, 35], [3, 25], [4, 10]] as const)); // prettier-ignore
  const districts = source.distinct(DISTRICT_WEIGHTS[origin], source.chance(0.8) ? 1 : 2);
  const birthYear = source.chance(0.95)
    ? Math.round((source.int(1950, REFERENCE_YEAR - 22) + source.int(1955, REFERENCE_YEAR - 20)) / 2)
    : null;
  const roleNow = titleWords ?? source.pick(TITLES[sector]);
  const positions = positionsOf(
    source,
    { sector, title: roleNow[writes], employer },
    writes,
    birthYear,
    organisationsBySector,
  );
  const expertise = source.some(EXPERTISE, 1, 4).map((words) => words[writes]);
  const interests = source.some(INTERESTS, 0, 4).map((words) => words[writes]);
  const movedBefore = positions.some((position) => position.sector !== sector);
  const visibility = source.weighted(VISIBILITY_WEIGHTS);
  const contacts: SyntheticPerson['contacts'] = [
    { kind: 'EMAIL', value: `person${index}.seed${seed}@${SYNTHETIC_EMAIL_DOMAIN}` },
  ];
  // +972 is never followed by the trunk 0, so no subscriber has such a number.
  if (source.chance(0.55)) contacts.push({ kind: 'PHONE', value: `+972-0-5${source.int(0, 9)}-${source.int(1_000_000, 9_999_999)}` }); // prettier-ignore
  if (source.chance(0.15))
    contacts.push({ kind: 'WEBSITE', value: `https://person${index}.${SYNTHETIC_EMAIL_DOMAIN}` });
  const consentedOn =
    visibility === 'ONLY_ME'
      ? null
      : source.en.date.between({ from: CONSENT_FROM, to: CONSENT_TO }).toISOString().slice(0, 10);
  const bio = source.chance(0.8)
    ? fill(BIO_PATTERNS[writes], {
        title: roleNow[writes],
        organisation: employer ? (employer.name[writes] ?? employer.name.he) : districtName(districts[0]!, writes),
        topics: topics.map((code) => topicName(code, writes)).join(writes === 'ar' ? '، ' : ', '),
        years: String(source.int(2, 30)),
        expertise: expertise[0]!,
      })
    : null;
  return {
    index,
    seedKey: syntheticSeedKey(seed, index),
    name,
    title,
    sector,
    organisationIndex: employer ? employer.index : null,
    topics,
    districts,
    languages: languagesOf(source, origin),
    interests,
    expertise,
    openToConsultation: source.chance(0.55),
    openToSectorMove: source.chance(movedBefore ? 0.45 : 0.2),
    bio,
    gender,
    birthYear,
    positions,
    contacts,
    visibility,
    consentedOn,
  };
}

/**
 * The people of one chunk (`SYNTHETIC_CHUNK` indexes from `chunk * SYNTHETIC_CHUNK`, fewer in the
 * last), working for the seed's organisations.
 */
export function syntheticPeopleChunk(
  seed: number,
  chunk: number,
  count: number,
  organisations: readonly SyntheticOrganisation[],
): SyntheticPerson[] {
  const bySector = new Map<SectorCode, SyntheticOrganisation[]>();
  for (const row of organisations) {
    const same = bySector.get(row.sector);
    if (same) same.push(row);
    else bySector.set(row.sector, [row]);
  }
  const source = new Source();
  source.reseed(seed, STREAM.people, chunk);
  const first = chunk * SYNTHETIC_CHUNK;
  const last = Math.min(count, first + SYNTHETIC_CHUNK);
  const rows: SyntheticPerson[] = [];
  for (let index = first; index < last; index += 1) rows.push(person(source, seed, index, organisations, bySector));
  return rows;
}

/** How many chunks `count` people take. */
export function chunkCount(count: number): number {
  return Math.ceil(count / SYNTHETIC_CHUNK);
}
