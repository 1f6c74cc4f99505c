import { describe, expect, it } from 'vitest';
import { hasAnyFilter, parsePoolFilters, poolFiltersToParams, searchVariables, toggleListValue } from './pool-filters';

describe('pool filters in the address', () => {
  it('reads the text, the lists and the yes/no choices', () => {
    const filters = parsePoolFilters(
      new URLSearchParams(
        'q= והחינוך &sector=BUSINESS&sector=ACADEMIA&topic=EDUCATION&district=NORTH&language=ar&consultation=yes&sectorMove=no',
      ),
    );
    expect(filters).toEqual({
      search: 'והחינוך',
      sectors: ['BUSINESS', 'ACADEMIA'],
      topics: ['EDUCATION'],
      districts: ['NORTH'],
      languages: ['ar'],
      openToConsultation: true,
      openToSectorMove: false,
    });
  });

  it('drops unknown codes, repeated values and anything but yes or no', () => {
    const filters = parsePoolFilters(
      new URLSearchParams(
        'sector=PIRATES&sector=BUSINESS&sector=BUSINESS&topic=NOPE&district=MOON&language=hebrew&consultation=maybe',
      ),
    );
    expect(filters.sectors).toEqual(['BUSINESS']);
    expect(filters.topics).toEqual([]);
    expect(filters.districts).toEqual([]);
    expect(filters.languages).toEqual([]);
    expect(filters.openToConsultation).toBeNull();
    expect(hasAnyFilter(filters)).toBe(true);
    expect(hasAnyFilter(parsePoolFilters(new URLSearchParams('sector=PIRATES')))).toBe(false);
  });

  it('writes back what it reads', () => {
    const query = 'q=%D7%97%D7%99%D7%A0%D7%95%D7%9A&sector=BUSINESS&topic=EDUCATION&consultation=no';
    expect(poolFiltersToParams(parsePoolFilters(new URLSearchParams(query))).toString()).toBe(query);
  });

  it('adds a value and takes it away again', () => {
    const none = parsePoolFilters(new URLSearchParams());
    const one = toggleListValue(none, 'topics', 'EDUCATION');
    expect(one.topics).toEqual(['EDUCATION']);
    expect(toggleListValue(one, 'topics', 'EDUCATION').topics).toEqual([]);
  });

  it('sends no empty list, so an unchosen filter filters nothing', () => {
    expect(searchVariables(parsePoolFilters(new URLSearchParams('district=NORTH')))).toEqual({
      search: null,
      sectors: null,
      topics: null,
      districts: ['NORTH'],
      languages: null,
      openToConsultation: null,
      openToSectorMove: null,
    });
  });
});
