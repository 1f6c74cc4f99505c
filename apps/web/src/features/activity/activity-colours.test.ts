import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/contrast';
import { CHART_BACKGROUND, SERIES } from './activity-colours';

describe("the activity chart's series", () => {
  it('stand out 3:1 against the chart', () => {
    for (const [key, series] of Object.entries(SERIES)) {
      expect(contrastRatio(series.colour, CHART_BACKGROUND), key).toBeGreaterThanOrEqual(3);
    }
  });

  it('differ by more than colour: exactly one of the two is hatched', () => {
    expect(Object.values(SERIES).filter((series) => series.hatched)).toHaveLength(1);
  });
});
