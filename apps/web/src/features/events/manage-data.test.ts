import { describe, expect, it } from 'vitest';
import { arrivalNumbers, participationCsvRows, waitlistInOrder } from './manage-data';

describe('the organiser page’s data', () => {
  it('numbers registrations by arrival within the event, comparing arrivals as big numbers', () => {
    const numbers = arrivalNumbers([
      { id: 'c', arrival: '10000000000000000002' },
      { id: 'a', arrival: '9' },
      { id: 'b', arrival: '10000000000000000001' },
    ]);
    expect([...numbers.entries()]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
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
