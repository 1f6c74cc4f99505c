import { CLUSTER_STAGES, type ClusterStage } from '@roundtable/shared/clusters';

/** A stage, or UNKNOWN where the sources give none. */
export type StageKey = ClusterStage | 'UNKNOWN';
export const STAGE_KEYS: readonly StageKey[] = [...CLUSTER_STAGES, 'UNKNOWN'];

/** The row of clusters with no district yet. */
export const NO_DISTRICT = 'NONE';

export interface DistrictRow<D> {
  key: string;
  /** The district, or null for the row of clusters with no district yet. */
  district: D | null;
  counts: Record<StageKey, number>;
  total: number;
}

interface ClusterLike {
  stage: ClusterStage | null;
  district: { code: string } | null;
}

const emptyCounts = (): Record<StageKey, number> =>
  Object.fromEntries(STAGE_KEYS.map((stage) => [stage, 0])) as Record<StageKey, number>;

/**
 * Clusters per district and stage. Every district appears, also with none (a gap is
 * information); "no district yet" appears only when some cluster has none.
 */
export function countClustersByDistrict<D extends { code: string }>(
  clusters: readonly ClusterLike[],
  districts: readonly D[],
): DistrictRow<D>[] {
  const rows = new Map<string, DistrictRow<D>>();
  for (const district of districts) {
    rows.set(district.code, { key: district.code, district, counts: emptyCounts(), total: 0 });
  }
  for (const cluster of clusters) {
    const key = cluster.district?.code ?? NO_DISTRICT;
    let row = rows.get(key);
    if (!row) {
      // A district the list lacks (should not happen) still counts, under its code.
      row = { key, district: null, counts: emptyCounts(), total: 0 };
      rows.set(key, row);
    }
    row.counts[cluster.stage ?? 'UNKNOWN'] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}

/** The stages that occur at all, in their natural order: the chart's series. */
export function stagesPresent(rows: readonly DistrictRow<unknown>[]): StageKey[] {
  return STAGE_KEYS.filter((stage) => rows.some((row) => row.counts[stage] > 0));
}
