import { SECTOR_CODES, type SectorCode } from '@roundtable/shared/sectors';
import { UNDECIDED_STATUSES } from '@roundtable/shared/calls';
import type { Language } from '@roundtable/shared/localized';
import { LOCALES } from '../../app/format';

/**
 * The shapes the call's pages compute from the API's answers: the pipeline (applications by
 * sector and status against the seats) for its chart and table, and the applications grouped by
 * sector beside the representation map for the committee. Pure, so they are tested on their own.
 */

export interface PipelineRow {
  sector: SectorCode;
  seats: number;
  filled: number;
  vacant: number;
  submitted: number;
  underReview: number;
  accepted: number;
  reserve: number;
  rejected: number;
  withdrawn: number;
}

/** The application statuses the chart stacks, in the order a decision moves them. Withdrawn ones are only in the table. */
export const PIPELINE_STATUSES = ['submitted', 'underReview', 'accepted', 'reserve', 'rejected'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

/** The table's numeric columns, in order. */
export const PIPELINE_COLUMNS = [
  'seats',
  'filled',
  'vacant',
  ...PIPELINE_STATUSES,
  'withdrawn',
] as const satisfies ReadonlyArray<keyof Omit<PipelineRow, 'sector'>>;
export type PipelineColumn = (typeof PIPELINE_COLUMNS)[number];

export function bySectorOrder(a: SectorCode, b: SectorCode): number {
  return SECTOR_CODES.indexOf(a) - SECTOR_CODES.indexOf(b);
}

export interface PipelineSummary {
  rows: PipelineRow[];
  totals: Record<PipelineColumn, number>;
  /** Applications still in contention (not withdrawn). */
  applications: number;
  /** Applications not yet decided: submitted or under review. */
  undecided: number;
}

/** The rows in sector order, with the totals a caption and a footer give. */
export function pipelineSummary(rows: readonly PipelineRow[]): PipelineSummary {
  const sorted = [...rows].sort((a, b) => bySectorOrder(a.sector, b.sector));
  const totals = Object.fromEntries(
    PIPELINE_COLUMNS.map((column) => [column, sorted.reduce((sum, row) => sum + row[column], 0)]),
  ) as Record<PipelineColumn, number>;
  const applications = PIPELINE_STATUSES.reduce((sum, status) => sum + totals[status], 0);
  return { rows: sorted, totals, applications, undecided: totals.submitted + totals.underReview };
}

/**
 * A chart's rows: per sector, the applications stacked by status, and beside them the seats
 * stacked as filled and vacant, so each sector's demand reads against its seats.
 */
export function pipelineChartRows(rows: readonly PipelineRow[]): Array<{
  sector: SectorCode;
  values: Record<PipelineStatus | 'filled' | 'vacant', number>;
}> {
  return pipelineSummary(rows).rows.map((row) => ({
    sector: row.sector,
    values: {
      submitted: row.submitted,
      underReview: row.underReview,
      accepted: row.accepted,
      reserve: row.reserve,
      rejected: row.rejected,
      filled: row.filled,
      vacant: row.vacant,
    },
  }));
}

// ---------------------------------------------------------------- the committee's view

export function isUndecided(status: string): boolean {
  return (UNDECIDED_STATUSES as readonly string[]).includes(status);
}

interface SeatLike {
  sector: SectorCode;
  seats: number;
  filled: number;
  vacant: number;
}

interface ApplicationLike {
  sector: SectorCode;
  rankInSector?: number | null;
  submittedAt: string;
}

export interface SectorGroup<A> {
  sector: SectorCode;
  /** The sector's seats now; null for a sector the map does not give seats. */
  seat: SeatLike | null;
  applications: A[];
}

/**
 * The applications grouped by sector, in the map's sector order (sectors with applications and no
 * seats after), each group best rank first (unscored ones last, in the order they arrived).
 */
export function groupBySector<A extends ApplicationLike>(
  applications: readonly A[],
  map: readonly SeatLike[],
): Array<SectorGroup<A>> {
  const seats = new Map(map.map((row) => [row.sector, row]));
  const sectors = [...new Set([...map.map((row) => row.sector), ...applications.map((a) => a.sector)])].sort(
    bySectorOrder,
  );
  return sectors.map((sector) => ({
    sector,
    seat: seats.get(sector) ?? null,
    applications: applications
      .filter((application) => application.sector === sector)
      .sort(
        (a, b) =>
          (a.rankInSector ?? Number.POSITIVE_INFINITY) - (b.rankInSector ?? Number.POSITIVE_INFINITY) ||
          a.submittedAt.localeCompare(b.submittedAt),
      ),
  }));
}

interface ScoreLike {
  score: number;
  note: string | null;
  reviewerName: string;
  isViewers: boolean;
  criterion: { id: string };
}

/** The viewer's own scores, to start their form from. */
export function ownScores(
  scores: readonly ScoreLike[] | null | undefined,
): Array<{ criterionId: string; score: number; note: string | null }> {
  return (scores ?? [])
    .filter((score) => score.isViewers)
    .map((score) => ({ criterionId: score.criterion.id, score: score.score, note: score.note }));
}

/**
 * Every reviewer's scores as the table lists them: reviewers in name order (the viewer first),
 * each with a score per criterion in the criteria's order (null where they gave none).
 */
export function scoreTable(
  scores: readonly ScoreLike[] | null | undefined,
  criteria: ReadonlyArray<{ id: string; position: number }>,
  collator: Intl.Collator,
): Array<{ reviewerName: string; isViewers: boolean; scores: Array<{ score: number; note: string | null } | null> }> {
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  const reviewers = new Map<
    string,
    { reviewerName: string; isViewers: boolean; byCriterion: Map<string, ScoreLike> }
  >();
  for (const score of scores ?? []) {
    const key = score.isViewers ? '\u0000viewer' : score.reviewerName;
    let reviewer = reviewers.get(key);
    if (!reviewer) {
      reviewer = { reviewerName: score.reviewerName, isViewers: score.isViewers, byCriterion: new Map() };
      reviewers.set(key, reviewer);
    }
    reviewer.byCriterion.set(score.criterion.id, score);
  }
  return [...reviewers.values()]
    .sort((a, b) => Number(b.isViewers) - Number(a.isViewers) || collator.compare(a.reviewerName, b.reviewerName))
    .map((reviewer) => ({
      reviewerName: reviewer.reviewerName,
      isViewers: reviewer.isViewers,
      scores: ordered.map((criterion) => {
        const score = reviewer.byCriterion.get(criterion.id);
        return score ? { score: score.score, note: score.note } : null;
      }),
    }));
}

/** The mean of a list of scores, or null for none (a reviewer's average, shown with one decimal). */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** An average score with one decimal and Latin digits in every language (quality.md). */
export function formatScore(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], {
    numberingSystem: 'latn',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
