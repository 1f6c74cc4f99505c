import { describe, expect, it } from 'vitest';
import {
  hasRegistryFilters,
  parseRegistryFilters,
  registryFiltersToParams,
  registryVariables,
} from './registry-filters';

describe('registry filters in the URL', () => {
  it('reads direction, district, sector and status and writes them back', () => {
    const params = new URLSearchParams('direction=5&district=SOUTH&sector=ACADEMIA&status=ACTIVE');
    const filters = parseRegistryFilters(params);
    expect(filters).toEqual({ direction: 5, district: 'SOUTH', sector: 'ACADEMIA', status: 'ACTIVE' });
    expect(registryFiltersToParams(filters).toString()).toBe(params.toString());
    expect(registryVariables(filters)).toEqual({
      direction: 5,
      district: 'SOUTH',
      sector: 'ACADEMIA',
      status: ['ACTIVE'],
    });
  });

  it('leaves out an unknown status and asks the API for everything', () => {
    const filters = parseRegistryFilters(new URLSearchParams('status=DONE'));
    expect(hasRegistryFilters(filters)).toBe(false);
    expect(registryVariables(filters)).toEqual({});
  });
});
