import { describe, expect, it } from 'vitest';
import { filtersToParams, filterVariables, hasFilters, NO_FILTERS, parseFilters } from './dashboard-filters';

describe('dashboard filters in the URL', () => {
  it('reads every filter and writes them back in the same form', () => {
    const params = new URLSearchParams('direction=3&district=NORTH&sector=BUSINESS&from=2024-01-01&to=2024-12-31');
    const filters = parseFilters(params);
    expect(filters).toEqual({
      direction: 3,
      district: 'NORTH',
      sector: 'BUSINESS',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(filtersToParams(filters).toString()).toBe(params.toString());
    expect(filterVariables(filters)).toEqual(filters);
  });

  it('leaves out what the API would refuse: an unknown direction, district or sector, a day that is not one', () => {
    const filters = parseFilters(new URLSearchParams('direction=8&district=MARS&sector=x&from=2024-02-30&to=soon'));
    expect(filters).toEqual(NO_FILTERS);
    expect(hasFilters(filters)).toBe(false);
    expect(filterVariables(filters)).toEqual({});
  });

  it('drops the end of a period that runs backwards', () => {
    expect(parseFilters(new URLSearchParams('from=2024-05-01&to=2024-04-30'))).toMatchObject({
      from: '2024-05-01',
      to: null,
    });
  });
});
