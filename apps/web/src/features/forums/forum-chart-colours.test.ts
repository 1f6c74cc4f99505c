import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../app/contrast';
import { FORUM_CHART_BACKGROUND, FORUM_CHART_COLOURS } from './forum-chart-colours';

describe('the forum charts’ colours', () => {
  it('give every series 3:1 against the chart', () => {
    for (const [series, colour] of Object.entries(FORUM_CHART_COLOURS)) {
      expect(contrastRatio(colour, FORUM_CHART_BACKGROUND), series).toBeGreaterThanOrEqual(3);
    }
  });
});
