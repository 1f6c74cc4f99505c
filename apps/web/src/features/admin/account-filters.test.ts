import { describe, expect, it } from 'vitest';
import { accountFiltersToParams, parseAccountFilters } from './account-filters';

describe('account filters in the address', () => {
  it('reads the search, the role and the status, and ignores values that are none of them', () => {
    expect(parseAccountFilters(new URLSearchParams('q=%20dana%20&role=CLUSTER_CEO&status=INVITED'))).toEqual({
      search: 'dana',
      role: 'CLUSTER_CEO',
      status: 'INVITED',
    });
    expect(parseAccountFilters(new URLSearchParams('role=KING&status=asleep'))).toEqual({
      search: '',
      role: null,
      status: null,
    });
  });

  it('writes only what is set, and reads back what it wrote', () => {
    expect(accountFiltersToParams({ search: ' ', role: null, status: 'DISABLED' }).toString()).toBe('status=DISABLED');
    const filters = { search: 'נגב', role: 'ADMIN' as const, status: null };
    expect(parseAccountFilters(accountFiltersToParams(filters))).toEqual(filters);
  });
});
