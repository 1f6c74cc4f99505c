import { describe, expect, it } from 'vitest';
import {
  FACET_KEYS,
  PoolSearchIndexBuilder,
  type FacetRow,
  type IndexFilters,
  type IndexedProfile,
  type IndexSearch,
  type PoolSearchIndex,
  type QueryWord,
} from './pool-search-index.js';

/** A small deterministic random source, so a failure repeats. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const SECTORS = ['LOCAL_GOVERNMENT', 'BUSINESS', 'CIVIL_SOCIETY', 'ACADEMIA'];
const TOPICS = ['EDUCATION', 'ENVIRONMENT', 'TOURISM', 'WELFARE', 'HEALTH'];
const DISTRICTS = ['NORTH', 'HAIFA', 'CENTER', 'SOUTH'];
const LANGUAGES = ['he', 'ar', 'en'];
const WORDS = ['חינוכ', 'חינוך', 'סביבה', 'תיירות', 'تعليم', 'بيئة', 'education', 'educator', 'tourism', 'waste'];
const NAMES = ['אבי', 'דנה', 'רחל', 'سامي', 'Dana', 'מרים', 'יוסי'];

function some<T>(next: () => number, values: T[], most: number): T[] {
  return values.filter(() => next() < most / values.length);
}

function profiles(next: () => number, count: number, from = 0): IndexedProfile[] {
  return Array.from({ length: count }, (_, k) => ({
    personId: `00000000-0000-4000-8000-${String(from + k).padStart(12, '0')}`,
    // Few names, so many ties fall to the id.
    nameHe: NAMES[Math.floor(next() * NAMES.length)]!,
    sector: SECTORS[Math.floor(next() * SECTORS.length)]!,
    topics: some(next, TOPICS, 2),
    districts: some(next, DISTRICTS, 1.5),
    languages: some(next, LANGUAGES, 1.5),
    openToConsultation: next() < 0.5,
    openToSectorMove: next() < 0.3,
    words: some(next, WORDS, 3),
  }));
}

/** The rules of docs/pool.md ("Search"), computed the plain way over a list. */
function reference(people: IndexedProfile[], { words, filters, limit, after }: IndexSearch) {
  const passes = (profile: IndexedProfile, key: (typeof FACET_KEYS)[number]): boolean => {
    switch (key) {
      case 'sectors':
        return !filters.sectors?.length || filters.sectors.includes(profile.sector);
      case 'topics':
        return !filters.topics?.length || profile.topics.some((code) => filters.topics!.includes(code));
      case 'districts':
        return !filters.districts?.length || profile.districts.some((code) => filters.districts!.includes(code));
      case 'languages':
        return !filters.languages?.length || profile.languages.some((code) => filters.languages!.includes(code));
      case 'openToConsultation':
        return filters.openToConsultation == null || profile.openToConsultation === filters.openToConsultation;
      case 'openToSectorMove':
        return filters.openToSectorMove == null || profile.openToSectorMove === filters.openToSectorMove;
    }
  };
  const matches = people
    .filter((profile) => words.every(({ matches }) => matches.some((word) => profile.words.includes(word))))
    .map((profile) => ({
      profile,
      rank:
        Math.round(
          words.reduce(
            (sum, { levels }) =>
              sum + (levels.find((level) => level.words.some((word) => profile.words.includes(word)))?.score ?? 0),
            0,
          ) * 10000,
        ) / 10000,
    }));
  const counts = new Map<string, number>();
  const bump = (facet: string, value: string) =>
    counts.set(`${facet}:${value}`, (counts.get(`${facet}:${value}`) ?? 0) + 1);
  for (const { profile } of matches) {
    for (const facet of FACET_KEYS) {
      if (!FACET_KEYS.every((other) => other === facet || passes(profile, other))) continue;
      if (facet === 'sectors') bump(facet, profile.sector);
      if (facet === 'topics') profile.topics.forEach((code) => bump(facet, code));
      if (facet === 'districts') profile.districts.forEach((code) => bump(facet, code));
      if (facet === 'languages') profile.languages.forEach((code) => bump(facet, code));
      if (facet === 'openToConsultation') bump(facet, String(profile.openToConsultation));
      if (facet === 'openToSectorMove') bump(facet, String(profile.openToSectorMove));
    }
  }
  const key = (a: { rank: number; profile: IndexedProfile }) => [a.rank, a.profile.nameHe, a.profile.personId] as const;
  const order = (a: (typeof matches)[number], b: (typeof matches)[number]) => {
    const [ra, na, ia] = key(a);
    const [rb, nb, ib] = key(b);
    return rb - ra || (na < nb ? -1 : na > nb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0);
  };
  const passing = matches.filter(({ profile }) => FACET_KEYS.every((facet) => passes(profile, facet))).sort(order);
  const afterCursor = after
    ? passing.filter(
        ({ rank, profile }) =>
          rank < after.rank ||
          (rank === after.rank &&
            (profile.nameHe > after.nameHe || (profile.nameHe === after.nameHe && profile.personId > after.personId))),
      )
    : passing;
  return {
    rows: afterCursor.slice(0, limit).map(({ profile, rank }) => ({
      personId: profile.personId,
      rank,
      nameHe: profile.nameHe,
      topics: profile.topics,
      districts: profile.districts,
    })),
    totalCount: passing.length,
    facets: [...counts].map(([key, count]) => key + '=' + count).sort(),
  };
}

const facetKeys = (rows: FacetRow[]) => rows.map((row) => `${row.facet}:${row.value}=${row.count}`).sort();

function randomQuery(next: () => number): IndexSearch {
  const words: QueryWord[] = some(next, [0, 1], 1.2).map(() => {
    const levelWords = some(next, WORDS, 3);
    const levels = [1, 0.8, 0.55]
      .map((score, level) => ({ score, words: levelWords.filter((_, k) => k % 3 === level) }))
      .filter((level) => level.words.length > 0);
    return { matches: levelWords.filter(() => next() < 0.7), levels };
  });
  const filters: IndexFilters = {
    sectors: next() < 0.3 ? some(next, SECTORS, 2) : null,
    topics: next() < 0.3 ? some(next, TOPICS, 2) : null,
    districts: next() < 0.3 ? some(next, DISTRICTS, 2) : null,
    languages: next() < 0.3 ? some(next, LANGUAGES, 1) : null,
    openToConsultation: next() < 0.2 ? next() < 0.5 : null,
    openToSectorMove: next() < 0.2 ? next() < 0.5 : null,
  };
  return { words, filters, limit: 1 + Math.floor(next() * 8) };
}

function build(people: IndexedProfile[]): PoolSearchIndex {
  const builder = new PoolSearchIndexBuilder();
  people.forEach((profile) => builder.add(profile));
  return builder.build();
}

/** Every page of a search, by cursor, as the index gives them. */
function allPages(index: PoolSearchIndex, query: IndexSearch) {
  const seen: string[] = [];
  let after: IndexSearch['after'] = null;
  for (;;) {
    const { rows } = index.search({ ...query, after });
    seen.push(...rows.slice(0, query.limit - 1).map((row) => row.personId));
    if (rows.length < query.limit) return seen;
    const last = rows[query.limit - 2]!;
    after = { rank: last.rank, nameHe: last.nameHe, personId: last.personId };
  }
}

describe('the pool search index', () => {
  it('finds, counts each facet without its own filter, and orders as the plain computation does', () => {
    const next = random(7);
    const people = profiles(next, 400);
    const index = build(people);
    for (let round = 0; round < 300; round++) {
      const query = randomQuery(next);
      const expected = reference(people, query);
      const actual = index.search(query);
      expect(actual.rows).toEqual(expected.rows);
      expect(actual.totalCount).toBe(expected.totalCount);
      expect(facetKeys(actual.facets)).toEqual(expected.facets);
    }
  });

  it('keeps agreeing as profiles change, arrive and leave (the overlay)', () => {
    const next = random(11);
    let people = profiles(next, 300);
    const index = build(people);
    for (let round = 0; round < 40; round++) {
      // Some change, some go, some arrive: the index is told who changed and what they are now.
      const changed = people.filter(() => next() < 0.05);
      const gone = new Set(changed.filter(() => next() < 0.3).map((profile) => profile.personId));
      const now = profiles(next, changed.length).map((fresh, k) => ({ ...fresh, personId: changed[k]!.personId }));
      const kept = now.filter((profile) => !gone.has(profile.personId));
      const arrived = profiles(next, 2, 1000 + round * 2);
      index.apply(
        [...changed.map((profile) => profile.personId), ...arrived.map((p) => p.personId)],
        [...kept, ...arrived],
      );
      const replaced = new Map([...kept, ...arrived].map((profile) => [profile.personId, profile]));
      people = [...people.filter((profile) => !changed.includes(profile)), ...replaced.values()];
      for (let k = 0; k < 10; k++) {
        const query = randomQuery(next);
        const expected = reference(people, query);
        const actual = index.search(query);
        expect(actual.rows).toEqual(expected.rows);
        expect(actual.totalCount).toBe(expected.totalCount);
        expect(facetKeys(actual.facets)).toEqual(expected.facets);
      }
    }
    expect(index.size).toBe(people.length);
    expect(index.overlaySize).toBeGreaterThan(0);
  });

  it('pages by cursor through base and overlay profiles alike, never repeating or skipping one', () => {
    const next = random(3);
    const people = profiles(next, 120);
    const index = build(people);
    const moved = people
      .slice(0, 30)
      .map((profile) => ({ ...profile, nameHe: NAMES[(profile.nameHe.length + 3) % NAMES.length]! }));
    index.apply(
      people.slice(0, 40).map((profile) => profile.personId),
      moved,
    );
    const current = [...moved, ...people.slice(40)];
    for (const query of [
      { words: [], filters: {}, limit: 8 },
      {
        words: [
          {
            matches: ['חינוך', 'education'],
            levels: [
              { score: 1, words: ['חינוך'] },
              { score: 0.6, words: ['education'] },
            ],
          },
        ],
        filters: {},
        limit: 4,
      },
      { words: [], filters: { sectors: ['BUSINESS', 'ACADEMIA'] }, limit: 3 },
    ] satisfies IndexSearch[]) {
      const everything = reference(current, { ...query, limit: 10_000 }).rows.map((row) => row.personId);
      expect(allPages(index, query)).toEqual(everything);
    }
  });

  it('forgets what it remembered when the index changes', () => {
    const next = random(5);
    const people = profiles(next, 50);
    const index = build(people);
    const query: IndexSearch = { words: [], filters: {}, limit: 100 };
    expect(index.search(query).totalCount).toBe(50);
    expect(index.remember('lexicon', () => 'before')).toBe('before');
    expect(index.remember('lexicon', () => 'again')).toBe('before');
    index.apply([people[0]!.personId], []);
    expect(index.search(query).totalCount).toBe(49);
    expect(index.remember('lexicon', () => 'after')).toBe('after');
  });
});
