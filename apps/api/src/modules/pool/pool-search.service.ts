import { In, type DataSource, type EntityManager } from 'typeorm';
import { searchQueryTerms } from '@roundtable/shared/search-text';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { SectorCode } from '@roundtable/shared/sectors';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import { Topic } from '../reference/topic.entity.js';
import type { StakeholderFilterArgs, StakeholdersArgs } from './pool.args.js';
import type { StakeholderConnection, StakeholderFacets } from './pool.types.js';
import { searchCache } from './pool-search-cache.js';
import { StakeholderProfile } from './stakeholder-profile.entity.js';

/**
 * pg_trgm's word similarity a query word needs with some word of a profile's search document. 0.5
 * forgives a letter left out or swapped in a word of five or more ("חנוך" for "חינוך": 0.6;
 * "eduction": 0.58) and rejects unrelated words (docs/pool.md, "Search").
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
/** A stem or skeleton (found whole) counts a little less than the word as typed. */
const STEM_WEIGHT = 0.9;

const FACET_KEYS = ['sectors', 'topics', 'districts', 'languages', 'openToConsultation', 'openToSectorMove'] as const;
type FilterKey = (typeof FACET_KEYS)[number];

/** Parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/**
 * What one query word found in the lexicon (pool_search_word): the words whose profiles it matches,
 * and every word it scores on, best first, grouped by score.
 */
interface WordMatch {
  matches: string[];
  levels: { score: number; words: string[] }[];
}

/**
 * The lexicon's words each query word finds, by the trigram index on the lexicon. The word as
 * typed matches a word of the lexicon by word similarity (forgiving misspellings); a stem or
 * skeleton derived from it only as that whole word, since a short derived word matched loosely
 * finds too much (פרת from כפרית would find עירית). The score is what the rank gave before the
 * lexicon, per word of the document: the word as typed its similarity, a stem or skeleton
 * STEM_WEIGHT of its own; a profile's score for the query word is that of its best word.
 */
async function lexiconMatches(manager: EntityManager, terms: string[][]): Promise<WordMatch[]> {
  if (terms.length === 0) return [];
  const params = new Params();
  const selects = terms.flatMap((variants, word) =>
    variants.map((variant, index) => {
      const v = params.add(variant);
      return index === 0
        ? `SELECT ${word} AS i, l.word, word_similarity(${v}, l.word)::float8 AS score, true AS matches
             FROM pool_search_word l WHERE ${v} <% l.word`
        : `SELECT ${word}, l.word, ${STEM_WEIGHT} * word_similarity(${v}, l.word)::float8, l.word = ${v}
             FROM pool_search_word l WHERE ${v} <% l.word`;
    }),
  );
  const rows: { i: number; word: string; score: number; matches: boolean }[] = await manager.query(
    `SELECT i, word, max(score) AS score, bool_or(matches) AS matches FROM (${selects.join(' UNION ALL ')}) AS c
      GROUP BY i, word ORDER BY i, score DESC, word`,
    params.values,
  );
  return terms.map((_, i) => {
    const mine = rows.filter((row) => row.i === i);
    const levels: WordMatch['levels'] = [];
    for (const row of mine) {
      const last = levels.at(-1);
      if (last?.score === row.score) last.words.push(row.word);
      else levels.push({ score: row.score, words: [row.word] });
    }
    return { matches: mine.filter((row) => row.matches).map((row) => row.word), levels };
  });
}

/** The WHERE conditions of a search on `stakeholder_profile p`, one per filter and one per query word. */
function conditions(
  args: StakeholderFilterArgs,
  words: WordMatch[],
  params: Params,
): { text: string[]; filters: Map<FilterKey, string> } {
  // Every query word must match: the profile holds one of the lexicon's words it found (GIN index).
  const text = words.map(({ matches }) => `p.search_words && ${params.add(matches)}::text[]`);
  const filters = new Map<FilterKey, string>();
  if (args.sectors?.length) filters.set('sectors', `p.sector_code = ANY(${params.add(args.sectors)}::text[])`);
  if (args.topics?.length) {
    filters.set(
      'topics',
      `EXISTS (SELECT 1 FROM stakeholder_topic st WHERE st.person_id = p.person_id AND st.topic_code = ANY(${params.add(args.topics)}::text[]))`,
    );
  }
  if (args.districts?.length) {
    filters.set(
      'districts',
      `EXISTS (SELECT 1 FROM stakeholder_district sd WHERE sd.person_id = p.person_id AND sd.district_code = ANY(${params.add(args.districts)}::text[]))`,
    );
  }
  if (args.languages?.length) filters.set('languages', `p.languages && ${params.add(args.languages)}::text[]`);
  if (args.openToConsultation != null) {
    filters.set('openToConsultation', `p.open_to_consultation = ${params.add(args.openToConsultation)}`);
  }
  if (args.openToSectorMove != null) {
    filters.set('openToSectorMove', `p.open_to_sector_move = ${params.add(args.openToSectorMove)}`);
  }
  return { text, filters };
}

function where(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** The rank of a profile for the query: per query word, the score of its best word; summed. */
function rank(words: WordMatch[], params: Params): string {
  if (words.length === 0) return '0';
  return words
    .map(
      ({ levels }) =>
        `CASE ${levels
          .map(
            ({ score, words }) =>
              `WHEN p.search_words && ${params.add(words)}::text[] THEN ${params.add(score)}::float8`,
          )
          .join(' ')} ELSE 0 END`,
    )
    .join(' + ');
}

/** A page as the search finds it: ids, rank and name for the cursor, and the count of all matches. */
interface PageRows {
  rows: { id: string; rank: string; nameHe: string }[];
  totalCount: number;
}

/**
 * The partner pool's search: free text matched through the lexicon of the documents' words (its
 * trigram index) and the profiles' word arrays (their GIN index), filters, facet counts and keyset
 * pages. Every statement runs in a read-only transaction that sets the similarity threshold for
 * itself alone. Pages (their ids) and facet counts are kept a short while (PoolSearchCache) until
 * a write to what they read.
 */
export class PoolSearchService {
  /** The service is made per request: the page and the facets check the cache with one read. */
  private generationRead?: Promise<string>;

  constructor(private readonly dataSource: DataSource) {}

  private generation(): Promise<string> {
    return (this.generationRead ??= searchCache(this.dataSource).generation());
  }

  async search(args: StakeholdersArgs): Promise<StakeholderConnection> {
    const hasText = searchQueryTerms(args.search ?? '').length > 0;
    const key = JSON.stringify([
      'page',
      ...FACET_KEYS.map((facet) => args[facet] ?? null),
      args.search ?? '',
      args.first,
      args.after ?? null,
    ]);
    const { rows, totalCount } = await searchCache(this.dataSource).get(await this.generation(), key, () =>
      this.withThreshold((manager) => this.page(manager, args)),
    );
    const page = rows.slice(0, args.first);
    const profiles = page.length
      ? await this.dataSource.getRepository(StakeholderProfile).findBy({ personId: In(page.map((row) => row.id)) })
      : [];
    const byId = new Map(profiles.map((profile) => [profile.personId, profile]));
    // A profile erased since the page was kept is left out rather than shown half.
    const edges = page
      .filter((row) => byId.has(row.id))
      .map((row) => ({
        cursor: encodeCursor([row.rank, row.nameHe, row.id]),
        node: byId.get(row.id)!,
        score: hasText ? Number(row.rank) : null,
      }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      filters: args,
    };
  }

  private async page(manager: EntityManager, args: StakeholdersArgs): Promise<PageRows> {
    const [cursorRank, cursorName, cursorId] = args.after ? decodeCursor(args.after, 3) : [null, null, null];
    const words = await lexiconMatches(manager, searchQueryTerms(args.search ?? ''));
    // A query word the lexicon has nothing like: nothing to look for.
    if (words.some((word) => word.matches.length === 0)) return { rows: [], totalCount: 0 };
    const params = new Params();
    const { text, filters } = conditions(args, words, params);
    const all = [...text, ...filters.values()];
    const rankSql = rank(words, params);
    const keyset = args.after
      ? `WHERE s.rank < ${params.add(String(cursorRank))}::numeric
            OR (s.rank = ${params.add(String(cursorRank))}::numeric
                AND (s.name_he, s.person_id) > (${params.add(cursorName)}::text, ${params.add(cursorId)}::uuid))`
      : '';
    const rows: { id: string; rank: string; nameHe: string; total: number }[] = await manager.query(
      `SELECT s.person_id AS id, s.rank::text AS rank, s.name_he AS "nameHe", s.total
         FROM (SELECT p.person_id, per.name_he, round((${rankSql})::numeric, 4) AS rank, count(*) OVER ()::int AS total
                 FROM stakeholder_profile p JOIN person per ON per.id = p.person_id
                 ${where(all)}) s
         ${keyset}
        ORDER BY s.rank DESC, s.name_he, s.person_id
        LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );
    // The count over the window is of the rows after the cursor too; the whole count is asked for separately after page one.
    const totalCount = args.after ? await count(manager, args, words) : (rows[0]?.total ?? 0);
    return { rows: rows.map(({ id, rank, nameHe }) => ({ id, rank, nameHe })), totalCount };
  }

  /**
   * Each facet counts with the text and every other filter, not its own (StakeholderFacets).
   * Without text, a statement per facet, each narrowed by its filters' indexes. With text, the
   * matching profiles are kept (MATERIALIZED) with a flag per filter, and each facet counts those
   * whose other flags hold (docs/benchmarks.md).
   */
  async facets(args: StakeholderFilterArgs): Promise<StakeholderFacets> {
    const key = JSON.stringify(['facets', ...FACET_KEYS.map((facet) => args[facet] ?? null), args.search ?? '']);
    return searchCache(this.dataSource).get(await this.generation(), key, () =>
      this.withThreshold(async (manager) => {
        const terms = searchQueryTerms(args.search ?? '');
        const words = await lexiconMatches(manager, terms);
        const rows =
          terms.length === 0
            ? await facetsEach(manager, args)
            : words.some((word) => word.matches.length === 0)
              ? []
              : await facetsAtOnce(manager, args, words);
        // Most first, then by value, in every facet.
        const of = (facet: FilterKey) =>
          rows
            .filter((row) => row.facet === facet)
            .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
        const topicRows = of('topics');
        const topics = topicRows.length
          ? await manager.getRepository(Topic).findBy({ code: In(topicRows.map((row) => row.value)) })
          : [];
        const booleans = (facet: FilterKey) =>
          of(facet).map((row) => ({ value: row.value === 'true', count: row.count }));
        return {
          sectors: of('sectors').map((row) => ({ sector: row.value as SectorCode, count: row.count })),
          topics: topicRows.map((row) => ({
            topic: topics.find((topic) => topic.code === row.value)!,
            count: row.count,
          })),
          districts: of('districts').map((row) => ({ district: row.value as DistrictCode, count: row.count })),
          languages: of('languages').map((row) => ({ language: row.value, count: row.count })),
          openToConsultation: booleans('openToConsultation'),
          openToSectorMove: booleans('openToSectorMove'),
        };
      }),
    );
  }

  private withThreshold<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY`);
      await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
        String(WORD_SIMILARITY_THRESHOLD),
      ]);
      return work(manager);
    });
  }
}

async function count(manager: EntityManager, args: StakeholderFilterArgs, words: WordMatch[]): Promise<number> {
  const params = new Params();
  const { text, filters } = conditions(args, words, params);
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM stakeholder_profile p ${where([...text, ...filters.values()])}`,
    params.values,
  );
  return count;
}

type FacetRow = { facet: FilterKey; value: string; count: number };

/** What each facet counts, over the profiles `r`: the value, and the join that gives it. */
function facetSource(key: FilterKey, r: string): { value: string; join: string } {
  switch (key) {
    case 'sectors':
      return { value: `${r}.sector_code`, join: '' };
    case 'topics':
      return { value: 'st.topic_code', join: `JOIN stakeholder_topic st ON st.person_id = ${r}.person_id` };
    case 'districts':
      return { value: 'sd.district_code', join: `JOIN stakeholder_district sd ON sd.person_id = ${r}.person_id` };
    case 'languages':
      return { value: 'l.language', join: `CROSS JOIN LATERAL unnest(${r}.languages) AS l(language)` };
    case 'openToConsultation':
      return { value: `${r}.open_to_consultation::text`, join: '' };
    case 'openToSectorMove':
      return { value: `${r}.open_to_sector_move::text`, join: '' };
  }
}

/** A statement per facet, with every other filter in its WHERE. */
async function facetsEach(manager: EntityManager, args: StakeholderFilterArgs): Promise<FacetRow[]> {
  const rows: FacetRow[] = [];
  for (const facet of FACET_KEYS) {
    const params = new Params();
    // Built without the facet's own filter: a parameter left unused would have no type.
    const { text, filters } = conditions({ ...args, [facet]: null }, [], params);
    const { value, join } = facetSource(facet, 'p');
    const counts: { value: string; count: number }[] = await manager.query(
      `SELECT ${value} AS value, count(*)::int AS count FROM stakeholder_profile p ${join}
       ${where([...text, ...filters.values()])} GROUP BY 1`,
      params.values,
    );
    rows.push(...counts.map((row) => ({ facet, ...row })));
  }
  return rows;
}

/** One statement: the text matched once, each facet counting the matches whose other filters hold. */
async function facetsAtOnce(
  manager: EntityManager,
  args: StakeholderFilterArgs,
  words: WordMatch[],
): Promise<FacetRow[]> {
  const params = new Params();
  const { text, filters } = conditions(args, words, params);
  const others = (own: FilterKey) =>
    FACET_KEYS.filter((key) => key !== own && filters.has(key))
      .map((key) => `m.f_${key}`)
      .join(' AND ') || 'true';
  const counts = FACET_KEYS.map((facet) => {
    const { value, join } = facetSource(facet, 'm');
    return `SELECT '${facet}' AS facet, ${value} AS value, count(*)::int AS count FROM m ${join} WHERE ${others(facet)} GROUP BY 2`;
  });
  return manager.query(
    `WITH m AS MATERIALIZED (
       SELECT p.person_id, p.sector_code, p.languages, p.open_to_consultation, p.open_to_sector_move,
              ${FACET_KEYS.map((key) => `${filters.get(key) ?? 'true'} AS f_${key}`).join(', ')}
         FROM stakeholder_profile p ${where(text)})
     ${counts.join(' UNION ALL ')}`,
    params.values,
  );
}
