import type { DataSource, EntityManager } from 'typeorm';
import { searchQueryTerms } from '@roundtable/shared/search-text';
import type { DistrictCode } from '@roundtable/shared/districts';
import type { SectorCode } from '@roundtable/shared/sectors';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/graphql/pagination.js';
import type { District } from '../geography/district.entity.js';
import type { Topic } from '../reference/topic.entity.js';
import type { Loaders } from '../../context.js';
import type { StakeholderFilterArgs, StakeholdersArgs } from './pool.args.js';
import type { StakeholderConnection, StakeholderFacets } from './pool.types.js';
import {
  FACET_KEYS,
  type FacetKey,
  type IndexCursor,
  type IndexFilters,
  type IndexResult,
  type QueryWord,
} from './pool-search-index.js';
import { searchIndexStore } from './pool-search-index-store.js';
import type { ContactDetail } from './contact-detail.entity.js';
import { readSearchCards } from './pool-search-cards.js';

/** A stem or skeleton (found whole) counts a little less than the word as typed. */
const STEM_WEIGHT = 0.9;

/** Parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/**
 * The lexicon's words each query word finds, by the trigram index on the lexicon. The word as
 * typed matches a word of the lexicon by word similarity (forgiving misspellings); a stem or
 * skeleton derived from it only as that whole word, since a short derived word matched loosely
 * finds too much (פרת from כפרית would find עירית). The score is what the rank gave before the
 * lexicon, per word of the document: the word as typed its similarity, a stem or skeleton
 * STEM_WEIGHT of its own; a profile's score for the query word is that of its best word.
 */
async function lexiconMatches(manager: EntityManager, terms: string[][]): Promise<QueryWord[]> {
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
    const levels: QueryWord['levels'] = [];
    for (const row of mine) {
      const last = levels.at(-1);
      if (last?.score === row.score) last.words.push(row.word);
      else levels.push({ score: row.score, words: [row.word] });
    }
    return { matches: mine.filter((row) => row.matches).map((row) => row.word), levels };
  });
}

/**
 * The partner pool's search: query words matched to the lexicon's words by its trigram index (in
 * PostgreSQL), then profiles matched, filtered, counted per facet and ordered by the process's
 * search index (pool-search-index.ts), which keeps in step with every committed write. One pass
 * over the matches gives a request its page, total and facets.
 */
export class PoolSearchService {
  /** The service is made per request: the page and the facets of one search share its pass. */
  private readonly passes = new Map<string, { pageKey: string; result: Promise<IndexResult> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Pick<Loaders, 'topicByCode' | 'districtByCode'>,
  ) {}

  async search(args: StakeholdersArgs): Promise<StakeholderConnection> {
    const hasText = searchQueryTerms(args.search ?? '').length > 0;
    const { rows, totalCount } = await this.pass(args, { first: args.first, after: args.after ?? null });
    const page = rows.slice(0, args.first);
    // The page's cards (people, organisations, contact details) come with it, in one statement;
    // their topics and districts come from the index, named by the reference loaders.
    const [{ profiles, contactsByPersonId }, topics, districts] = await Promise.all([
      page.length
        ? readSearchCards(
            this.dataSource,
            page.map((row) => row.personId),
          )
        : { profiles: [], contactsByPersonId: new Map<string, ContactDetail[]>() },
      this.loaders.topicByCode.loadMany([...new Set(page.flatMap((row) => row.topics))]),
      this.loaders.districtByCode.loadMany([...new Set(page.flatMap((row) => row.districts))] as DistrictCode[]),
    ]);
    const topicByCode = new Map(topics.filter(isTopic).map((topic) => [topic.code, topic]));
    const districtByCode = new Map(districts.filter(isDistrict).map((district) => [district.code, district]));
    const byId = new Map(profiles.map((profile) => [profile.personId, profile]));
    // The cards' fields (stakeholder.resolver.ts) and the CSV export read these, not the loaders.
    for (const row of page) {
      const profile = byId.get(row.personId);
      if (!profile) continue;
      profile.searchCard = {
        topics: row.topics.flatMap((code) => topicByCode.get(code) ?? []),
        districts: row.districts.flatMap((code) => districtByCode.get(code as DistrictCode) ?? []),
        contacts: contactsByPersonId.get(row.personId) ?? [],
      };
    }
    // A profile erased between the index's answer and this read is left out rather than shown half.
    const edges = page
      .filter((row) => byId.has(row.personId))
      .map((row) => ({
        cursor: encodeCursor([String(row.rank), row.nameHe, row.personId]),
        node: byId.get(row.personId)!,
        score: hasText ? row.rank : null,
      }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      totalCount,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      filters: args,
    };
  }

  /** Each facet counts with the text and every other filter, not its own (StakeholderFacets). */
  async facets(args: StakeholderFilterArgs): Promise<StakeholderFacets> {
    const { facets: rows } = await this.pass(args, null);
    // Most first, then by value, in every facet.
    const of = (facet: FacetKey) =>
      rows
        .filter((row) => row.facet === facet)
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const topicRows = of('topics');
    const topics = await this.loaders.topicByCode.loadMany(topicRows.map((row) => row.value));
    const booleans = (facet: FacetKey) => of(facet).map((row) => ({ value: row.value === 'true', count: row.count }));
    return {
      sectors: of('sectors').map((row) => ({ sector: row.value as SectorCode, count: row.count })),
      topics: topicRows.map((row, k) => ({ topic: topics[k] as Topic, count: row.count })),
      districts: of('districts').map((row) => ({ district: row.value as DistrictCode, count: row.count })),
      languages: of('languages').map((row) => ({ language: row.value, count: row.count })),
      openToConsultation: booleans('openToConsultation'),
      openToSectorMove: booleans('openToSectorMove'),
    };
  }

  /**
   * One search through the index. The facets are the same for every page of a search, so they take
   * the page's pass when there is one, and a pass of their own (a page of one) otherwise.
   */
  private pass(
    args: StakeholderFilterArgs,
    page: { first: number; after: string | null } | null,
  ): Promise<IndexResult> {
    const key = JSON.stringify([...FACET_KEYS.map((facet) => args[facet] ?? null), args.search ?? '']);
    const pageKey = JSON.stringify(page);
    const kept = this.passes.get(key);
    if (kept && (page === null || kept.pageKey === pageKey)) return kept.result;
    const cursor = page?.after ? pageCursor(page.after) : null;
    const result = (async () => {
      const index = await searchIndexStore(this.dataSource).index();
      const terms = searchQueryTerms(args.search ?? '');
      const words = terms.length
        ? await index.remember(JSON.stringify(['lexicon', terms]), () => lexiconMatches(this.dataSource.manager, terms))
        : [];
      // A query word the lexicon has nothing like: nothing to look for.
      if (words.some((word) => word.matches.length === 0)) return { rows: [], totalCount: 0, facets: [] };
      return index.search({ words, filters: filtersOf(args), limit: (page?.first ?? 1) + 1, after: cursor });
    })();
    this.passes.set(key, { pageKey, result });
    return result;
  }
}

const isTopic = (value: Topic | Error | null | undefined): value is Topic => value != null && !(value instanceof Error);
const isDistrict = (value: District | Error | null | undefined): value is District =>
  value != null && !(value instanceof Error);

/** A page cursor: the rank, Hebrew name and id of the previous page's last profile. */
function pageCursor(after: string): IndexCursor {
  const [rank, nameHe, personId] = decodeCursor(after, 3);
  if (!Number.isFinite(Number(rank)) || typeof nameHe !== 'string' || typeof personId !== 'string') {
    throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid. Start again from the first page.', {
      argument: 'after',
    });
  }
  return { rank: Number(rank), nameHe, personId };
}

/** The filters alone, in a fixed order (the index remembers searches by them). */
function filtersOf(args: StakeholderFilterArgs): IndexFilters {
  return Object.fromEntries(FACET_KEYS.map((facet) => [facet, args[facet] ?? null]));
}
