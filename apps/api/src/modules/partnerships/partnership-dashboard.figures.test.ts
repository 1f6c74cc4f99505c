import { describe, expect, it } from 'vitest';
import { rowFromFigures } from './partnership-dashboard.service.js';

describe("the dashboard's lists from the rollup's counts", () => {
  it('lists every direction, sector, district, goal and light, zeros included', () => {
    const row = rowFromFigures([
      ['total', '', 3],
      ['direction', '3', 2],
      ['sector', 'BUSINESS', 1],
      ['sectorMix', '2', 3],
      ['district', 'NORTH', 2],
      ['withoutDistrict', '', 1],
      ['sdg', '17', 1],
      ['light', '', 1],
      ['light', 'AT_RISK', 2],
    ]);
    expect(row.total).toBe(3);
    expect(row.byDirection.map(({ count }) => count)).toEqual([0, 0, 2, 0, 0, 0, 0]);
    expect(row.bySector.find(({ key }) => key === 'BUSINESS')?.count).toBe(1);
    expect(row.sectorMix).toHaveLength(7);
    expect(row.byDistrict[0]).toEqual({ key: 'NORTH', count: 2 });
    expect([row.withoutDirection, row.withoutDistrict]).toEqual([0, 1]);
    expect(row.bySdg).toHaveLength(17);
    expect(row.statusLights).toEqual([
      { key: 'ON_TRACK', count: 0 },
      { key: 'AT_RISK', count: 2 },
      { key: 'OVERDUE', count: 0 },
      { key: 'INACTIVE', count: 0 },
      { key: null, count: 1 },
    ]);
  });

  it('runs the quarters from the first to the last with partnerships, across years, empty ones at 0', () => {
    const { byQuarter } = rowFromFigures([
      ['quarter', '20243', 4],
      ['quarter', '20252', 1],
    ]);
    expect(byQuarter).toEqual([
      { quarter: '2024-Q3', startsOn: '2024-07-01', count: 4 },
      { quarter: '2024-Q4', startsOn: '2024-10-01', count: 0 },
      { quarter: '2025-Q1', startsOn: '2025-01-01', count: 0 },
      { quarter: '2025-Q2', startsOn: '2025-04-01', count: 1 },
    ]);
    expect(rowFromFigures([]).byQuarter).toEqual([]);
  });
});
