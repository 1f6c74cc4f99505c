import { describe, expect, it } from 'vitest';
import {
  participationCsvRows,
  REGISTRANT_SEARCH_MAX,
  registrantSearch,
  waitlistInOrder,
  withRegistrantSearch,
} from './manage-data';

describe('the organiser page’s data', () => {
  it('reads the searched name from the address, trimmed, and none when blank', () => {
    expect(registrantSearch(new URLSearchParams('q=%20%D7%93%D7%A0%D7%94%20'))).toBe('דנה');
    expect(registrantSearch(new URLSearchParams('q=%20%20'))).toBeNull();
    expect(registrantSearch(new URLSearchParams(''))).toBeNull();
    expect(registrantSearch(new URLSearchParams({ q: 'a'.repeat(150) }))).toHaveLength(REGISTRANT_SEARCH_MAX);
  });

  it('puts the search in the address and takes it out when cleared, keeping the other parameters', () => {
    const params = new URLSearchParams('tab=1');
    expect(withRegistrantSearch(params, ' Dana ').toString()).toBe('tab=1&q=Dana');
    expect(withRegistrantSearch(new URLSearchParams('tab=1&q=Dana'), '  ').toString()).toBe('tab=1');
    expect(params.toString()).toBe('tab=1');
  });

  it('lists the waitlist in the order it is promoted, leaving out the others', () => {
    const list = waitlistInOrder([
      { id: 'x', status: 'WAITLISTED', waitlistPosition: 2 },
      { id: 'y', status: 'CONFIRMED', waitlistPosition: null },
      { id: 'z', status: 'WAITLISTED', waitlistPosition: 1 },
      { id: 'w', status: 'CANCELLED', waitlistPosition: null },
    ]);
    expect(list.map((row) => row.id)).toEqual(['z', 'x']);
  });

  it('turns the participation table into CSV rows with the sectors’ names', () => {
    const rows = participationCsvRows(
      [
        { sector: 'BUSINESS', registrations: 3, confirmed: 2, attended: 1 },
        { sector: 'ACADEMIA', registrations: 0, confirmed: 0, attended: 0 },
      ],
      (sector) => (sector === 'BUSINESS' ? 'Business' : 'Academia'),
    );
    expect(rows).toEqual([
      ['Business', 3, 2, 1],
      ['Academia', 0, 0, 0],
    ]);
  });
});
