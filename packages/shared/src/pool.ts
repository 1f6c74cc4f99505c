/**
 * The partner pool (מאגר שותפים, direction 2): the rules both apps share. The reasons behind them
 * are in docs/pool.md.
 */

/** Kinds of contact detail a person may give. Stored: add, never rename. */
export const CONTACT_KINDS = ['EMAIL', 'PHONE', 'WEBSITE', 'LINKEDIN'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * Who sees a contact detail, as the person chose (rule 5): anyone who sees the profile, signed-in
 * accounts, or only the person. No role sees more than the person chose: not the PMO unit, not an
 * administrator.
 */
export const CONTACT_VISIBILITIES = ['EVERYONE', 'SIGNED_IN', 'ONLY_ME'] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITIES)[number];

export interface ContactViewer {
  isOwner: boolean;
  isSignedIn: boolean;
}

export function canSeeContact(visibility: ContactVisibility, viewer: ContactViewer): boolean {
  if (viewer.isOwner) return true;
  if (visibility === 'EVERYONE') return true;
  return visibility === 'SIGNED_IN' && viewer.isSignedIn;
}

/** The form each kind of contact detail takes, with an example for a message (the API and the CSV import). */
export const CONTACT_FORMATS: Record<ContactKind, { pattern: RegExp; example: string }> = {
  EMAIL: { pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, example: 'name@example.org' },
  PHONE: { pattern: /^\+?[0-9][0-9\s-]{6,18}[0-9]$/, example: '+972-4-1234567 or 04-1234567' },
  WEBSITE: { pattern: /^https?:\/\/[^\s/]+\.[^\s]+$/i, example: 'https://example.org' },
  LINKEDIN: {
    pattern: /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/[^\s]+$/i,
    example: 'https://www.linkedin.com/in/name',
  },
};

/** The version of the consent notice a person agrees to when they show a contact detail. */
export const CONTACT_CONSENT_NOTICE_VERSION = '2026-12';

/** A person's gender, as they give it (or not): only the pool's aggregates use it. */
export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];

export const MIN_BIRTH_YEAR = 1900;
/** Profiles are for adults: the pool takes birth years up to this many years ago. */
export const MIN_AGE = 16;

/** Age bands of the diversity counts, by age in the current year. */
export const AGE_BANDS = ['UNDER_30', 'FROM_30_TO_44', 'FROM_45_TO_59', 'FROM_60'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthYear: number, currentYear: number): AgeBand {
  const age = currentYear - birthYear;
  if (age < 30) return 'UNDER_30';
  if (age < 45) return 'FROM_30_TO_44';
  if (age < 60) return 'FROM_45_TO_59';
  return 'FROM_60';
}

/** Languages a person works in: ISO 639-1 codes (he, ar, en, ru, am, fr …). */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** Bounds of a profile's lists and texts, held by the input's validation and the database's CHECKs. */
export const PROFILE_LIMITS = {
  listItems: 20,
  itemLength: 100,
  bioLength: 2000,
  contacts: 10,
  contactLength: 300,
  positions: 30,
} as const;

export interface Position {
  sector: string;
  startYear: number;
  endYear: number | null;
}

/**
 * How many times a person moved between sectors (מעבריות): the changes of sector along their
 * positions in the order they started (an open position last among those of its year).
 */
export function sectorMoves(positions: readonly Position[]): number {
  const ordered = [...positions].sort(
    (a, b) => a.startYear - b.startYear || (a.endYear ?? Infinity) - (b.endYear ?? Infinity),
  );
  let moves = 0;
  for (let i = 1; i < ordered.length; i += 1) if (ordered[i]!.sector !== ordered[i - 1]!.sector) moves += 1;
  return moves;
}

/** Aggregates about people are shown only for groups of at least this many (quality.md). */
export const MIN_GROUP_SIZE = 5;

export interface CountCell<K> {
  key: K;
  count: number;
  /**
   * The same group's count in the rest of the pool, when the pool's whole table is published too:
   * whole minus this table's cell gives it, so a small complement must not be recoverable either.
   */
  complement?: number;
}

export interface ProtectedCell<K> {
  key: K;
  /** Null when suppressed. */
  count: number | null;
}

export interface ProtectedTable<K> {
  /** Null when the whole group is smaller than the minimum. */
  total: number | null;
  cells: ProtectedCell<K>[];
}

/**
 * Small-cell suppression for a one-way table of counts of people (sector, gender, age band or
 * district), with complementary suppression so no suppressed cell can be recovered by subtraction:
 *
 * 1. A group smaller than `minimum` in all is shown not at all.
 * 2. Primary: a cell under `minimum` (zero included, so a hidden cell may be anything from 0 to
 *    minimum − 1), or whose complement in the rest of the pool is between 1 and minimum − 1.
 * 3. Secondary: while the suppressed cells are fewer than two, or together fewer than `minimum`
 *    (total minus the shown cells gives their sum), or their sum pins each of them (all primary and
 *    each at most minimum − 1, summing to the most they could), the smallest shown cell is
 *    suppressed too. If nothing is left to suppress, the total goes as well.
 */
export function suppressSmallCounts<K>(cells: readonly CountCell<K>[], minimum = MIN_GROUP_SIZE): ProtectedTable<K> {
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  if (total < minimum) return { total: null, cells: cells.map(({ key }) => ({ key, count: null })) };
  const hidden = new Set<number>();
  const primary = new Set<number>();
  cells.forEach((cell, index) => {
    const smallComplement = cell.complement !== undefined && cell.complement > 0 && cell.complement < minimum;
    if (cell.count < minimum || smallComplement) {
      hidden.add(index);
      if (cell.count < minimum) primary.add(index);
    }
  });
  const hiddenSum = () => [...hidden].reduce((sum, index) => sum + cells[index]!.count, 0);
  const pinned = () => [...hidden].every((index) => primary.has(index)) && hiddenSum() === hidden.size * (minimum - 1);
  const unsafe = () => hidden.size > 0 && (hidden.size < 2 || hiddenSum() < minimum || pinned());
  let totalShown = true;
  while (unsafe()) {
    const next = cells
      .map((cell, index) => ({ count: cell.count, index }))
      .filter(({ index }) => !hidden.has(index))
      .sort((a, b) => a.count - b.count || a.index - b.index)[0];
    if (!next) {
      totalShown = false;
      break;
    }
    hidden.add(next.index);
  }
  return {
    total: totalShown ? total : null,
    cells: cells.map(({ key, count }, index) => ({ key, count: hidden.has(index) ? null : count })),
  };
}

/**
 * How a suggested partner is ranked (docs/pool.md, "Matches"): each shared topic weighs most, then
 * a sector the subject's side lacks, a shared district, and being open to consultation.
 */
export const MATCH_WEIGHTS = {
  sharedTopic: 3,
  complementarySector: 2,
  sharedDistrict: 1,
  openToConsultation: 0.5,
} as const;

export interface MatchFacts {
  sharedTopics: number;
  sharedDistricts: number;
  complementarySector: boolean;
  openToConsultation: boolean;
}

export function matchScore(facts: MatchFacts): number {
  return (
    facts.sharedTopics * MATCH_WEIGHTS.sharedTopic +
    facts.sharedDistricts * MATCH_WEIGHTS.sharedDistrict +
    (facts.complementarySector ? MATCH_WEIGHTS.complementarySector : 0) +
    (facts.openToConsultation ? MATCH_WEIGHTS.openToConsultation : 0)
  );
}
