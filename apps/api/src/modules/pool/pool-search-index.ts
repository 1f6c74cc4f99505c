/**
 * The partner pool's search index, in memory: for every profile what a search matches, filters,
 * counts and orders by (docs/pool.md, "Search"). No database here: PoolSearchIndexStore fills it
 * and keeps it in step with the database; the service asks it for a page and the facet counts.
 *
 * The profiles loaded at once (the base) sit in arrays sorted by Hebrew name and id, the page
 * order without text, with the profiles holding each word listed per word. A profile that changes
 * afterwards leaves the base (its entry marked dead, its name overwritten) and is kept in the
 * overlay, a map searched one by one, until the store loads the base afresh.
 */

/** What the index keeps of one profile; words are those of its search document. */
export interface IndexedProfile {
  personId: string;
  nameHe: string;
  sector: string;
  topics: string[];
  districts: string[];
  languages: string[];
  openToConsultation: boolean;
  openToSectorMove: boolean;
  words: string[];
}

/** One query word: the lexicon's words it matches, and every word it scores on, by score, best first. */
export interface QueryWord {
  matches: string[];
  levels: { score: number; words: string[] }[];
}

export interface IndexFilters {
  sectors?: string[] | null;
  topics?: string[] | null;
  districts?: string[] | null;
  languages?: string[] | null;
  openToConsultation?: boolean | null;
  openToSectorMove?: boolean | null;
}

export const FACET_KEYS = [
  'sectors',
  'topics',
  'districts',
  'languages',
  'openToConsultation',
  'openToSectorMove',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface FacetRow {
  facet: FacetKey;
  value: string;
  count: number;
}

/** Where a page starts: after the profile with this rank, Hebrew name and id. */
export interface IndexCursor {
  rank: number;
  nameHe: string;
  personId: string;
}

export interface IndexSearch {
  /** Empty for a search without text: every profile matches, ranked 0. */
  words: QueryWord[];
  filters: IndexFilters;
  /** How many of the page's rows to return (the page's size and one more, to know if there is more). */
  limit: number;
  after?: IndexCursor | null;
}

export interface IndexResult {
  /** The page's profiles, with the topics (in the person's order) and districts their cards show. */
  rows: { personId: string; rank: number; nameHe: string; topics: string[]; districts: string[] }[];
  totalCount: number;
  /** Each facet counted with the text and every other filter, not its own. */
  facets: FacetRow[];
}

/** Strings as PostgreSQL's C.UTF-8 orders them (by code unit here; the same for Hebrew and Arabic). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of a page: rank, best first, then Hebrew name, then id. */
function compareKeys(aName: string, aId: string, bName: string, bId: string): number {
  return compareText(aName, bName) || compareText(aId, bId);
}

/** A rank as the cursor keeps it: four decimal places. */
function roundRank(rank: number): number {
  return Math.round(rank * 10000) / 10000;
}

/** Codes (sectors, topics, words…) numbered in the order first met. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

/** An Int32Array that grows as values are added. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }
}

/** Lists per item, packed: item i's values are values[offsets[i]] … values[offsets[i + 1] - 1]. */
interface Packed {
  offsets: Uint32Array;
  values: Int32Array;
}

/** A profile's topics, districts and languages (vocabulary ids), packed: the base's all together, an overlay profile's alone. */
interface Lists {
  topics: Packed;
  districts: Packed;
  languages: Packed;
}

function packOne(values: number[]): Packed {
  return { offsets: Uint32Array.of(0, values.length), values: Int32Array.from(values) };
}

const CONSULTATION = 1;
const SECTOR_MOVE = 2;

/** A profile that changed after the base was loaded, with its codes numbered. */
interface OverlayProfile {
  personId: string;
  nameHe: string;
  sector: number;
  lists: Lists;
  flags: number;
  words: Set<number>;
}

/** Per request: which values each filter accepts, by vocabulary id (null: no such filter). */
interface FilterTables {
  sectors: Uint8Array | null;
  topics: Uint8Array | null;
  districts: Uint8Array | null;
  languages: Uint8Array | null;
  /** Required flag values: the mask of the flags filtered on, and their values. */
  flagMask: number;
  flagValue: number;
}

/** Numbers of the filters, as `failedFilter` reports the one that fails. */
const FILTERS: Record<FacetKey, number> = {
  sectors: 0,
  topics: 1,
  districts: 2,
  languages: 3,
  openToConsultation: 4,
  openToSectorMove: 5,
};
const ALL_PASS = -1;
const SEVERAL_FAIL = -2;

/** Answers an index remembers (searches and lexicon lookups) until it changes. */
const REMEMBERED = 1000;

interface PageRow {
  /** The base position, or -1 for an overlay profile. */
  base: number;
  rank: number;
  nameHe: string;
  personId: string;
  /** Where its topics and districts are: the base's lists at `base`, or an overlay profile's own. */
  lists: Lists;
}

/** The best `limit` rows seen, kept in page order. */
class TopRows {
  readonly rows: PageRow[] = [];

  constructor(private readonly limit: number) {}

  /** Whether a base row of this rank at this position would make the page, compared without strings. */
  admitsBase(rank: number, index: number): boolean {
    if (this.rows.length < this.limit) return true;
    const worst = this.rows[this.rows.length - 1]!;
    if (rank !== worst.rank) return rank > worst.rank;
    return worst.base < 0 || index < worst.base;
  }

  add(row: PageRow): void {
    const before = (other: PageRow) =>
      row.rank !== other.rank
        ? row.rank > other.rank
        : row.base >= 0 && other.base >= 0
          ? row.base < other.base
          : compareKeys(row.nameHe, row.personId, other.nameHe, other.personId) < 0;
    let at = this.rows.length;
    while (at > 0 && before(this.rows[at - 1]!)) at -= 1;
    if (at >= this.limit) return;
    this.rows.splice(at, 0, row);
    if (this.rows.length > this.limit) this.rows.pop();
  }
}

/** The vocabularies an index numbers its codes and words by, shared with the builder that made it. */
class Vocabularies {
  readonly sectors = new Vocabulary();
  readonly topics = new Vocabulary();
  readonly districts = new Vocabulary();
  readonly languages = new Vocabulary();
  readonly words = new Vocabulary();
}

function flagsOf(profile: Pick<IndexedProfile, 'openToConsultation' | 'openToSectorMove'>): number {
  return (profile.openToConsultation ? CONSULTATION : 0) | (profile.openToSectorMove ? SECTOR_MOVE : 0);
}

/**
 * Collects the base's profiles as they are read (their words numbered at once, so 200,000
 * profiles of some 90 words each take 4 bytes a word), then sorts them into an index.
 */
export class PoolSearchIndexBuilder {
  private readonly vocabularies = new Vocabularies();
  private readonly personIds: string[] = [];
  private readonly names: string[] = [];
  private readonly sectors: number[] = [];
  private readonly flags: number[] = [];
  private readonly topics: number[][] = [];
  private readonly districts: number[][] = [];
  private readonly languages: number[][] = [];
  private readonly words = new IntList();
  private readonly wordStarts = new IntList();

  add(profile: IndexedProfile): void {
    const v = this.vocabularies;
    this.personIds.push(profile.personId);
    this.names.push(profile.nameHe);
    this.sectors.push(v.sectors.id(profile.sector));
    this.flags.push(flagsOf(profile));
    this.topics.push(profile.topics.map((code) => v.topics.id(code)));
    this.districts.push(profile.districts.map((code) => v.districts.id(code)));
    this.languages.push(profile.languages.map((code) => v.languages.id(code)));
    this.wordStarts.push(this.words.length);
    for (const word of new Set(profile.words)) this.words.push(v.words.id(word));
  }

  get size(): number {
    return this.personIds.length;
  }

  build(): PoolSearchIndex {
    const count = this.personIds.length;
    this.wordStarts.push(this.words.length);
    const order = Array.from({ length: count }, (_, k) => k).sort((a, b) =>
      compareKeys(this.names[a]!, this.personIds[a]!, this.names[b]!, this.personIds[b]!),
    );
    const pick = <T>(list: T[]) => order.map((k) => list[k]!);
    // Postings by counting: how many profiles hold each word, then each profile's position under its words.
    const wordCount = this.vocabularies.words.size;
    const offsets = new Uint32Array(wordCount + 1);
    for (let p = 0; p < this.words.length; p++) offsets[this.words.at(p) + 1]! += 1;
    for (let w = 0; w < wordCount; w++) offsets[w + 1]! += offsets[w]!;
    const values = new Int32Array(offsets[wordCount]!);
    const next = offsets.slice(0, wordCount);
    order.forEach((k, i) => {
      for (let p = this.wordStarts.at(k), end = this.wordStarts.at(k + 1); p < end; p++) {
        values[next[this.words.at(p)]!++] = i;
      }
    });
    return new PoolSearchIndex(this.vocabularies, {
      personIds: pick(this.personIds),
      names: pick(this.names),
      sectors: Uint16Array.from(pick(this.sectors)),
      flags: Uint8Array.from(pick(this.flags)),
      lists: {
        topics: pack(pick(this.topics)),
        districts: pack(pick(this.districts)),
        languages: pack(pick(this.languages)),
      },
      postings: { offsets, values },
    });
  }
}

function pack(lists: number[][]): Packed {
  const offsets = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    offsets[i] = total;
    total += list.length;
  });
  offsets[lists.length] = total;
  const values = new Int32Array(total);
  lists.forEach((list, i) => values.set(list, offsets[i]));
  return { offsets, values };
}

/** The base as the builder sorted it. */
interface Base {
  personIds: string[];
  names: string[];
  sectors: Uint16Array;
  flags: Uint8Array;
  lists: Lists;
  /** Per word id, the positions holding it, ascending. */
  postings: Packed;
}

export class PoolSearchIndex {
  private readonly live: Uint8Array;
  private readonly positions = new Map<string, number>();
  /** Word ids from here on came with overlay profiles: no base profile holds them. */
  private readonly baseWords: number;
  private liveCount: number;
  private readonly overlay = new Map<string, OverlayProfile>();
  /** Answers given since the index last changed, by question: searches and what the lexicon said. */
  private remembered = new Map<string, unknown>();

  // Scratch space of one search, reused: a search runs start to end without yielding the event loop.
  private readonly seen: Uint32Array;
  private readonly scored: Uint32Array;
  private readonly matched: Uint32Array;
  private readonly rank: Float64Array;
  private readonly matchCount: Uint8Array;
  private readonly touched: Int32Array;
  private searchTag = 0;

  /** Made by PoolSearchIndexBuilder. */
  constructor(
    private readonly vocabularies: Vocabularies,
    private readonly base: Base,
  ) {
    const count = base.personIds.length;
    base.personIds.forEach((personId, i) => this.positions.set(personId, i));
    this.live = new Uint8Array(count).fill(1);
    this.liveCount = count;
    this.baseWords = vocabularies.words.size;
    this.seen = new Uint32Array(count);
    this.scored = new Uint32Array(count);
    this.matched = new Uint32Array(count);
    this.rank = new Float64Array(count);
    this.matchCount = new Uint8Array(count);
    this.touched = new Int32Array(count);
  }

  /** Profiles searched: the base's live ones and the overlay's. */
  get size(): number {
    return this.liveCount + this.overlay.size;
  }

  /** Profiles that changed since the base was loaded. */
  get overlaySize(): number {
    return this.overlay.size;
  }

  /**
   * Takes what changed: each person named leaves the index, and comes back with what `profiles`
   * gives for them (a person with no profile any more stays out).
   */
  apply(changed: string[], profiles: IndexedProfile[]): void {
    if (changed.length === 0) return;
    this.remembered = new Map();
    const v = this.vocabularies;
    const { names, personIds } = this.base;
    for (const personId of changed) {
      this.overlay.delete(personId);
      const i = this.positions.get(personId);
      if (i === undefined) continue;
      this.positions.delete(personId);
      this.live[i] = 0;
      this.liveCount -= 1;
      // Nothing of the person stays: the name and id give way to the previous entry's, which
      // keeps the base in order for cursors.
      names[i] = i > 0 ? names[i - 1]! : '';
      personIds[i] = i > 0 ? personIds[i - 1]! : '';
    }
    for (const profile of profiles) {
      this.overlay.set(profile.personId, {
        personId: profile.personId,
        nameHe: profile.nameHe,
        sector: v.sectors.id(profile.sector),
        lists: {
          topics: packOne(profile.topics.map((code) => v.topics.id(code))),
          districts: packOne(profile.districts.map((code) => v.districts.id(code))),
          languages: packOne(profile.languages.map((code) => v.languages.id(code))),
        },
        flags: flagsOf(profile),
        words: new Set(profile.words.map((word) => v.words.id(word))),
      });
    }
  }

  /**
   * The answer to a question about the index as it is now (`compute` runs once until the index
   * changes): a search, or what the lexicon says of a query's words, which changes only with the
   * profiles' words. At most REMEMBERED answers are kept, the oldest forgotten first.
   */
  remember<T>(key: string, compute: () => T): T {
    if (this.remembered.has(key)) return this.remembered.get(key) as T;
    const value = compute();
    this.remembered.set(key, value);
    // A failed lookup is asked again next time.
    if (value instanceof Promise) value.catch(() => this.remembered.get(key) === value && this.remembered.delete(key));
    if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
    return value;
  }

  /** A page of matches in order, their number, and the facet counts (remembered until the index changes). */
  search(query: IndexSearch): IndexResult {
    return this.remember(JSON.stringify(['search', query]), () => this.scan(query));
  }

  /** One pass over the matches: the page, the total and every facet's counts. */
  private scan({ words, filters, limit, after }: IndexSearch): IndexResult {
    const v = this.vocabularies;
    const tables = this.filterTables(filters);
    const counts = {
      sectors: new Uint32Array(v.sectors.size),
      topics: new Uint32Array(v.topics.size),
      districts: new Uint32Array(v.districts.size),
      languages: new Uint32Array(v.languages.size),
      openToConsultation: new Uint32Array(2),
      openToSectorMove: new Uint32Array(2),
    };
    const top = new TopRows(limit);
    const cursorAt = after ? this.lowerBound(after.nameHe, after.personId) : 0;
    let totalCount = 0;

    /**
     * Counts a match in the facets: every facet when all filters hold, only the failing filter's
     * facet when one alone fails (StakeholderFacets). True when it passes every filter.
     */
    const count = (sector: number, lists: Lists, i: number, flags: number): boolean => {
      const failed = this.failedFilter(tables, sector, lists, i, flags);
      if (failed === SEVERAL_FAIL) return false;
      const all = failed === ALL_PASS;
      if (all || failed === FILTERS.sectors) counts.sectors[sector]! += 1;
      if (all || failed === FILTERS.topics) countList(counts.topics, lists.topics, i);
      if (all || failed === FILTERS.districts) countList(counts.districts, lists.districts, i);
      if (all || failed === FILTERS.languages) countList(counts.languages, lists.languages, i);
      if (all || failed === FILTERS.openToConsultation) counts.openToConsultation[flags & CONSULTATION]! += 1;
      if (all || failed === FILTERS.openToSectorMove) counts.openToSectorMove[(flags & SECTOR_MOVE) >> 1]! += 1;
      if (!all) return false;
      totalCount += 1;
      return true;
    };

    const { sectors, flags, lists, names, personIds } = this.base;
    const considerBase = (i: number, rank: number) => {
      if (!count(sectors[i]!, lists, i, flags[i]!)) return;
      if (after && (rank > after.rank || (rank === after.rank && i < cursorAt))) return;
      if (top.admitsBase(rank, i)) top.add({ base: i, rank, nameHe: names[i]!, personId: personIds[i]!, lists });
    };
    const considerOverlay = (profile: OverlayProfile, rank: number) => {
      if (!count(profile.sector, profile.lists, 0, profile.flags)) return;
      const isAfter =
        !after ||
        rank < after.rank ||
        (rank === after.rank && compareKeys(profile.nameHe, profile.personId, after.nameHe, after.personId) > 0);
      if (isAfter)
        top.add({ base: -1, rank, nameHe: profile.nameHe, personId: profile.personId, lists: profile.lists });
    };

    if (words.length === 0) {
      for (let i = 0; i < personIds.length; i++) if (this.live[i]) considerBase(i, 0);
      for (const profile of this.overlay.values()) considerOverlay(profile, 0);
    } else {
      const touchedCount = this.scoreBase(words);
      for (let k = 0; k < touchedCount; k++) {
        const i = this.touched[k]!;
        if (this.matchCount[i] === words.length) considerBase(i, roundRank(this.rank[i]!));
      }
      for (const profile of this.overlay.values()) {
        const rank = this.scoreOverlay(profile, words);
        if (rank !== null) considerOverlay(profile, rank);
      }
    }

    const facets: FacetRow[] = [];
    const list = (facet: FacetKey, values: (id: number) => string) =>
      counts[facet].forEach((count, id) => {
        if (count > 0) facets.push({ facet, value: values(id), count });
      });
    list('sectors', (id) => v.sectors.values[id]!);
    list('topics', (id) => v.topics.values[id]!);
    list('districts', (id) => v.districts.values[id]!);
    list('languages', (id) => v.languages.values[id]!);
    list('openToConsultation', (id) => String(id === 1));
    list('openToSectorMove', (id) => String(id === 1));
    return {
      rows: top.rows.map(({ base, personId, rank, nameHe, lists }) => ({
        personId,
        rank,
        nameHe,
        topics: listOf(lists.topics, Math.max(base, 0), v.topics),
        districts: listOf(lists.districts, Math.max(base, 0), v.districts),
      })),
      totalCount,
      facets,
    };
  }

  /**
   * Scores the base for the query: per query word, the score of the best of its words a profile
   * holds, summed; and how many query words each profile matches. Returns how many positions it
   * touched, listed in `touched`.
   */
  private scoreBase(words: QueryWord[]): number {
    // Tags mark what this search has set, so nothing needs clearing between searches.
    if (this.searchTag > 0xffffffff - 32) {
      this.seen.fill(0);
      this.scored.fill(0);
      this.matched.fill(0);
      this.searchTag = 0;
    }
    const tag = (this.searchTag += 16);
    const { offsets, values } = this.base.postings;
    let touchedCount = 0;
    words.forEach(({ matches, levels }, q) => {
      const wordTag = tag + q + 1;
      const matching = new Set(matches);
      for (const { score, words: levelWords } of levels) {
        for (const word of levelWords) {
          const w = this.vocabularies.words.find(word);
          if (w === undefined || w >= this.baseWords) continue;
          const isMatch = matching.has(word);
          for (let p = offsets[w]!, end = offsets[w + 1]!; p < end; p++) {
            const i = values[p]!;
            if (!this.live[i]) continue;
            if (this.seen[i] !== tag) {
              this.seen[i] = tag;
              this.rank[i] = 0;
              this.matchCount[i] = 0;
              this.touched[touchedCount++] = i;
            }
            // Levels come best first: the first of a query word's words a profile holds is its best.
            if (this.scored[i] !== wordTag) {
              this.scored[i] = wordTag;
              this.rank[i]! += score;
            }
            if (isMatch && this.matched[i] !== wordTag) {
              this.matched[i] = wordTag;
              this.matchCount[i]! += 1;
            }
          }
        }
      }
    });
    return touchedCount;
  }

  /** An overlay profile's rank for the query, or null when some query word does not match it. */
  private scoreOverlay(profile: OverlayProfile, words: QueryWord[]): number | null {
    const holds = (word: string) => {
      const id = this.vocabularies.words.find(word);
      return id !== undefined && profile.words.has(id);
    };
    let rank = 0;
    for (const { matches, levels } of words) {
      if (!matches.some(holds)) return null;
      rank += levels.find((level) => level.words.some(holds))?.score ?? 0;
    }
    return roundRank(rank);
  }

  /** ALL_PASS when every filter holds; the filter's number when it alone fails; SEVERAL_FAIL otherwise. */
  private failedFilter(tables: FilterTables, sector: number, lists: Lists, i: number, flags: number): number {
    let failed = ALL_PASS;
    if (tables.sectors && !tables.sectors[sector]) failed = FILTERS.sectors;
    if (tables.topics && !anyOf(tables.topics, lists.topics, i)) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FILTERS.topics;
    }
    if (tables.districts && !anyOf(tables.districts, lists.districts, i)) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FILTERS.districts;
    }
    if (tables.languages && !anyOf(tables.languages, lists.languages, i)) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FILTERS.languages;
    }
    const wrong = (flags & tables.flagMask) ^ tables.flagValue;
    if (wrong & CONSULTATION) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FILTERS.openToConsultation;
    }
    if (wrong & SECTOR_MOVE) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FILTERS.openToSectorMove;
    }
    return failed;
  }

  private filterTables(filters: IndexFilters): FilterTables {
    const v = this.vocabularies;
    const table = (values: string[] | null | undefined, vocabulary: Vocabulary) => {
      if (!values?.length) return null;
      const accepted = new Uint8Array(vocabulary.size);
      for (const value of values) {
        const id = vocabulary.find(value);
        if (id !== undefined) accepted[id] = 1;
      }
      return accepted;
    };
    let flagMask = 0;
    let flagValue = 0;
    if (filters.openToConsultation != null) {
      flagMask |= CONSULTATION;
      if (filters.openToConsultation) flagValue |= CONSULTATION;
    }
    if (filters.openToSectorMove != null) {
      flagMask |= SECTOR_MOVE;
      if (filters.openToSectorMove) flagValue |= SECTOR_MOVE;
    }
    return {
      sectors: table(filters.sectors, v.sectors),
      topics: table(filters.topics, v.topics),
      districts: table(filters.districts, v.districts),
      languages: table(filters.languages, v.languages),
      flagMask,
      flagValue,
    };
  }

  /** The first base position whose (name, id) comes after the given one. */
  private lowerBound(nameHe: string, personId: string): number {
    const { names, personIds } = this.base;
    let low = 0;
    let high = names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(names[middle]!, personIds[middle]!, nameHe, personId) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Counts each value of item i's list. */
/** Item i's list as the codes it numbers. */
function listOf({ offsets, values }: Packed, i: number, vocabulary: Vocabulary): string[] {
  const codes: string[] = [];
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) codes.push(vocabulary.values[values[k]!]!);
  return codes;
}

function countList(counts: Uint32Array, { offsets, values }: Packed, i: number): void {
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) counts[values[k]!]! += 1;
}

/** Whether item i's list holds a value the filter accepts. */
function anyOf(accepted: Uint8Array, { offsets, values }: Packed, i: number): boolean {
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
    const value = values[k]!;
    if (value < accepted.length && accepted[value]) return true;
  }
  return false;
}
