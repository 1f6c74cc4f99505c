import { describe, expect, it } from 'vitest';
import { splitCalls, type ListedCall } from './call-list';

const call = (id: string, status: ListedCall['status'], closesAt: string): ListedCall => ({ id, status, closesAt });

describe('splitCalls', () => {
  it('lists open calls closing soonest first, and past calls in the order the API gave', () => {
    const calls = [
      call('a', 'OPEN', '2030-03-01T22:00:00.000Z'),
      call('b', 'DECIDED', '2021-01-01T22:00:00.000Z'),
      call('c', 'OPEN', '2030-01-10T22:00:00.000Z'),
      call('d', 'CLOSED', '2020-06-02T21:00:00.000Z'),
    ];
    const { open, past } = splitCalls(calls);
    expect(open.map((c) => c.id)).toEqual(['c', 'a']);
    expect(past.map((c) => c.id)).toEqual(['b', 'd']);
  });

  it('leaves drafts out of both lists', () => {
    const { open, past } = splitCalls([call('x', 'DRAFT', '2030-01-01T22:00:00.000Z')]);
    expect(open).toEqual([]);
    expect(past).toEqual([]);
  });
});
