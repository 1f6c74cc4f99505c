import type { FeatureCollection } from 'geojson';
import { fitMapProjection, outlinePaths, MAP_FRAME } from './map-projection';
import { clusterSymbol, NO_CLUSTER_SYMBOL, type MapSymbol } from './map-symbols';

interface ClusterRef {
  id: string;
}

interface AuthorityLike {
  id: string;
  latitude: number | null;
  longitude: number | null;
  clusters: ReadonlyArray<{ cluster: { id: string } }>;
}

export interface PlacedAuthority<A> {
  authority: A;
  x: number;
  y: number;
  symbol: MapSymbol;
  /** The cluster it is drawn for, or null for authorities in none. */
  clusterId: string | null;
}

export interface MapLayout<A, C> {
  outline: string[];
  points: PlacedAuthority<A>[];
  legend: Array<{ cluster: C; symbol: MapSymbol; count: number }>;
  noClusterCount: number;
  withoutPlace: number;
  inSeveralClusters: number;
}

/**
 * Everything the map draws and its legend counts. An authority in several clusters is drawn
 * with the first of them in the clusters' order, and counted there only, so the legend's
 * numbers add up to the symbols on the map.
 */
export function layoutMap<A extends AuthorityLike, C extends ClusterRef>(
  outline: FeatureCollection,
  clusters: readonly C[],
  authorities: readonly A[],
): MapLayout<A, C> {
  const order = new Map(clusters.map((cluster, index) => [cluster.id, index]));
  const placed = authorities.filter((authority) => authority.latitude !== null && authority.longitude !== null);
  const projection = fitMapProjection(
    outline,
    placed.map((authority) => [authority.longitude!, authority.latitude!] as const),
    MAP_FRAME,
  );
  const counts = new Array<number>(clusters.length).fill(0);
  let noClusterCount = 0;
  let inSeveralClusters = 0;
  const points = placed.map((authority) => {
    const indexes = authority.clusters
      .map((membership) => order.get(membership.cluster.id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b);
    if (indexes.length > 1) inSeveralClusters += 1;
    const first = indexes[0];
    const [x, y] = projection([authority.longitude!, authority.latitude!])!;
    if (first === undefined) {
      noClusterCount += 1;
      return { authority, x, y, symbol: NO_CLUSTER_SYMBOL, clusterId: null };
    }
    counts[first]! += 1;
    return { authority, x, y, symbol: clusterSymbol(first), clusterId: clusters[first]!.id };
  });
  // Grey points first, so cluster symbols are drawn on top of them.
  points.sort((a, b) => Number(a.clusterId !== null) - Number(b.clusterId !== null));
  return {
    outline: outlinePaths(outline, projection),
    points,
    legend: clusters
      .map((cluster, index) => ({ cluster, symbol: clusterSymbol(index), count: counts[index]! }))
      .filter((entry) => entry.count > 0),
    noClusterCount,
    withoutPlace: authorities.length - placed.length,
    inSeveralClusters,
  };
}
