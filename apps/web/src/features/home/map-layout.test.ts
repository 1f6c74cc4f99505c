import { describe, expect, it } from 'vitest';
import outline from 'virtual:israel-outline';
import { layoutMap } from './map-layout';
import { MAP_FRAME } from './map-projection';
import { clusterSymbol, NO_CLUSTER_SYMBOL } from './map-symbols';

const bay = { id: 'bay' };
const negev = { id: 'negev' };

function authority(id: string, place: [number, number] | null, clusterIds: string[]) {
  return {
    id,
    longitude: place?.[0] ?? null,
    latitude: place?.[1] ?? null,
    clusters: clusterIds.map((clusterId) => ({ cluster: { id: clusterId } })),
  };
}

describe('layoutMap', () => {
  const layout = layoutMap(
    outline,
    [bay, negev],
    [
      authority('nesher', [35.0428, 32.7661], ['bay']),
      authority('sderot', [34.5963, 31.5251], ['negev']),
      authority('both', [34.7, 31.4], ['negev', 'bay']),
      authority('alone', [35.3, 32.9], []),
      authority('nowhere', null, ['bay']),
    ],
  );

  it('gives each authority its cluster symbol, and grey rings to those in none', () => {
    const byId = new Map(layout.points.map((point) => [point.authority.id, point]));
    expect(byId.get('nesher')!.symbol).toEqual(clusterSymbol(0));
    expect(byId.get('sderot')!.symbol).toEqual(clusterSymbol(1));
    expect(byId.get('alone')!.symbol).toEqual(NO_CLUSTER_SYMBOL);
  });

  it('draws an authority in several clusters with the first, and counts it once', () => {
    const both = layout.points.find((point) => point.authority.id === 'both')!;
    expect(both.clusterId).toBe('bay');
    expect(layout.inSeveralClusters).toBe(1);
    expect(layout.legend.map((entry) => [entry.cluster.id, entry.count])).toEqual([
      ['bay', 2],
      ['negev', 1],
    ]);
    const drawn = layout.legend.reduce((sum, entry) => sum + entry.count, 0) + layout.noClusterCount;
    expect(drawn).toBe(layout.points.length);
  });

  it('leaves out authorities without coordinates and counts them', () => {
    expect(layout.points.map((point) => point.authority.id)).not.toContain('nowhere');
    expect(layout.withoutPlace).toBe(1);
  });

  it('places every symbol inside the drawing', () => {
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(MAP_FRAME.width);
      expect(point.y).toBeGreaterThanOrEqual(0);
      expect(point.y).toBeLessThanOrEqual(MAP_FRAME.height);
    }
  });

  it('draws grey points under the cluster symbols', () => {
    expect(layout.points[0]!.clusterId).toBeNull();
  });
});
