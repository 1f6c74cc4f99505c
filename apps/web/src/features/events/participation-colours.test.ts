import { describe, expect, it } from 'vitest';
import { SECTOR_CODES } from '@roundtable/shared/sectors';
import { contrastRatio } from '../../app/contrast';
import { SECTOR_CHART_BACKGROUND, SECTOR_CHART_COLOURS } from './participation-colours';

describe('the participation chart’s colours', () => {
  it('give every sector 3:1 against the chart', () => {
    for (const sector of SECTOR_CODES) {
      expect(contrastRatio(SECTOR_CHART_COLOURS[sector], SECTOR_CHART_BACKGROUND), sector).toBeGreaterThanOrEqual(3);
    }
  });

  it('give each sector a colour of its own', () => {
    expect(new Set(Object.values(SECTOR_CHART_COLOURS)).size).toBe(SECTOR_CODES.length);
  });
});
