/** The pool's diversity counts as the page shows them (docs/pool.md, "Diversity"). */

/** One group of a table: its key (null: not given) and its count (null: not shown). */
export interface DiversityRow<K extends string> {
  key: K | null;
  count: number | null;
}

/** The four tables, in the order the page shows them. */
export const DIMENSIONS = ['sector', 'gender', 'ageBand', 'district'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

interface DiversityAnswer {
  bySector: ReadonlyArray<{ sector: string; count?: number | null }>;
  byGender: ReadonlyArray<{ gender?: string | null; count?: number | null }>;
  byAgeBand: ReadonlyArray<{ ageBand?: string | null; count?: number | null }>;
  byDistrict: ReadonlyArray<{ district?: string | null; count?: number | null }>;
}

/** Each table as rows of a key and a count, whatever the API calls the key. */
export function diversityRows(answer: DiversityAnswer): Record<Dimension, Array<DiversityRow<string>>> {
  return {
    sector: answer.bySector.map((row) => ({ key: row.sector, count: row.count ?? null })),
    gender: answer.byGender.map((row) => ({ key: row.gender ?? null, count: row.count ?? null })),
    ageBand: answer.byAgeBand.map((row) => ({ key: row.ageBand ?? null, count: row.count ?? null })),
    district: answer.byDistrict.map((row) => ({ key: row.district ?? null, count: row.count ?? null })),
  };
}

/**
 * What a chart can draw: only the counts shown. A hidden group is not drawn as a bar at all, not
 * even as zero (it may be anything from 0 to 4, or more when hidden to protect another); the
 * table beside the chart names it.
 */
export function chartableRows<K extends string>(
  rows: ReadonlyArray<DiversityRow<K>>,
): Array<{ key: K | null; count: number }> {
  return rows.filter((row): row is { key: K | null; count: number } => row.count !== null);
}

export function hiddenCount(rows: ReadonlyArray<DiversityRow<string>>): number {
  return rows.filter((row) => row.count === null).length;
}

export interface SectorGapLike {
  sector: string;
  isMissing: boolean;
}

/** A topic's gaps in words: the sectors with no one, then those with one to four. */
export function splitGaps<T extends SectorGapLike>(gaps: readonly T[]): { missing: T[]; few: T[] } {
  return { missing: gaps.filter((gap) => gap.isMissing), few: gaps.filter((gap) => !gap.isMissing) };
}
