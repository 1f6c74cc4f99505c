import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/contrast';
import { CHART_BACKGROUND, STAGE_COLOURS } from './chart-colours';
import {
  CLUSTER_COLOURS,
  clusterSymbol,
  LAND_FILL,
  LAND_STROKE,
  NO_CLUSTER_COLOUR,
  PAGE_BACKGROUND,
  symbolPath,
  SHAPES,
} from './map-symbols';

describe('colours of the chart and the map', () => {
  it('give every chart series 3:1 against the chart', () => {
    for (const [stage, colour] of Object.entries(STAGE_COLOURS)) {
      expect(contrastRatio(colour, CHART_BACKGROUND), stage).toBeGreaterThanOrEqual(3);
    }
  });

  it('give every map symbol 3:1 against the land, and the land edge 3:1 against the page', () => {
    for (const colour of [...CLUSTER_COLOURS, NO_CLUSTER_COLOUR]) {
      expect(contrastRatio(colour, LAND_FILL), colour).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(LAND_STROKE, PAGE_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('clusterSymbol', () => {
  it('gives 35 clusters 35 different symbols', () => {
    const seen = new Set<string>();
    for (let i = 0; i < SHAPES.length * CLUSTER_COLOURS.length; i += 1) {
      const symbol = clusterSymbol(i);
      seen.add(`${symbol.shape}/${symbol.colour}`);
    }
    expect(seen.size).toBe(35);
  });

  it('never gives neighbours the same shape or the same colour', () => {
    for (let i = 0; i < 40; i += 1) {
      expect(clusterSymbol(i).shape).not.toBe(clusterSymbol(i + 1).shape);
      expect(clusterSymbol(i).colour).not.toBe(clusterSymbol(i + 1).colour);
    }
  });

  it('draws every shape as a closed path', () => {
    for (const shape of [...SHAPES, 'ring' as const]) {
      expect(symbolPath(shape, 4)).toMatch(/^M.*Z$/);
    }
  });
});
