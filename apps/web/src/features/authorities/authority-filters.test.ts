import { describe, expect, it } from 'vitest';
import { authorityFiltersToParams, hasFilters, NO_FILTERS, parseAuthorityFilters } from './authority-filters';

describe('authority filters in the query string', () => {
  it('reads every filter', () => {
    const filters = parseAuthorityFilters(
      new URLSearchParams('district=HAIFA&kind=MUNICIPALITY&cluster=haifa-bay&q=%20טמרה%20'),
    );
    expect(filters).toEqual({
      district: 'HAIFA',
      kind: 'MUNICIPALITY',
      cluster: 'haifa-bay',
      search: 'טמרה',
    });
  });

  it('ignores values that are not in the vocabulary', () => {
    expect(parseAuthorityFilters(new URLSearchParams('district=MARS&kind=CITY'))).toEqual(NO_FILTERS);
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const filters = { ...NO_FILTERS, kind: 'LOCAL_COUNCIL' as const, search: 'תמרה' };
    const params = authorityFiltersToParams(filters);
    expect(params.toString()).toBe('kind=LOCAL_COUNCIL&q=%D7%AA%D7%9E%D7%A8%D7%94');
    expect(parseAuthorityFilters(params)).toEqual(filters);
  });

  it('knows when nothing is filtered', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, search: '  ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, district: 'SOUTH' })).toBe(true);
  });
});
