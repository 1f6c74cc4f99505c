import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo-client';
import { CHECK_IN_MUTATION, EVENT_MANAGE_REGISTRATIONS_QUERY } from './events-manage.graphql';

/** A registration as the page's query reads it. */
function node(id: string, checkedInAt: string | null = null) {
  return {
    __typename: 'EventRegistration' as const,
    id,
    status: 'CONFIRMED' as const,
    sector: 'BUSINESS' as const,
    registeredAt: '2026-12-01T10:00:00.000Z',
    waitlistPosition: null,
    checkedInAt,
    person: {
      __typename: 'Person' as const,
      id: `p-${id}`,
      name: { __typename: 'LocalizedText' as const, he: id, ar: null, en: null },
    },
    organisation: null,
  };
}

function page(ids: string[], totalCount: number, endCursor: string | null, hasNextPage: boolean) {
  return {
    eventRegistrations: {
      __typename: 'EventRegistrationConnection' as const,
      totalCount,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
      nodes: ids.map((id) => node(id)),
    },
  };
}

describe('the organiser page’s registrations in the Apollo cache', () => {
  it('appends a "show more" page to the list held for the same search, and keeps each search apart', () => {
    const cache = createCache();
    const query = EVENT_MANAGE_REGISTRATIONS_QUERY;
    cache.writeQuery({ query, variables: { id: 'e', search: null }, data: page(['a', 'b'], 3, 'c1', true) });
    cache.writeQuery({ query, variables: { id: 'e', search: 'dana' }, data: page(['d'], 1, 'c9', false) });
    cache.writeQuery({ query, variables: { id: 'e', search: null, after: 'c1' }, data: page(['c'], 3, 'c2', false) });
    const all = cache.readQuery({ query, variables: { id: 'e', search: null } })!.eventRegistrations;
    expect(all.nodes.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, endCursor: 'c2' });
    expect(all.totalCount).toBe(3);
    const found = cache.readQuery({ query, variables: { id: 'e', search: 'dana' } })!.eventRegistrations;
    expect(found.nodes.map((row) => row.id)).toEqual(['d']);
    // Asking for the first page again (a new search for the same words) starts the list again.
    cache.writeQuery({ query, variables: { id: 'e', search: null }, data: page(['a', 'b'], 3, 'c1', true) });
    expect(cache.readQuery({ query, variables: { id: 'e', search: null } })!.eventRegistrations.nodes).toHaveLength(2);
  });

  it('shows a check-in in every page and search that holds the registration, from the mutation’s answer alone', () => {
    const cache = createCache();
    const query = EVENT_MANAGE_REGISTRATIONS_QUERY;
    cache.writeQuery({ query, variables: { id: 'e', search: null }, data: page(['a', 'b'], 3, 'c1', true) });
    cache.writeQuery({ query, variables: { id: 'e', search: null, after: 'c1' }, data: page(['c'], 3, 'c2', false) });
    cache.writeQuery({ query, variables: { id: 'e', search: 'c' }, data: page(['c'], 1, 'c3', false) });
    // The answer as the API sends it: with its type name, which the cache keys rows by.
    const answer = {
      checkInEventRegistration: { __typename: 'EventRegistration', id: 'c', checkedInAt: '2026-12-03T08:00:00.000Z' },
    };
    cache.writeQuery({ query: CHECK_IN_MUTATION, variables: { id: 'c' }, data: answer });
    const all = cache.readQuery({ query, variables: { id: 'e', search: null } })!.eventRegistrations.nodes;
    expect(all.map((row) => [row.id, row.checkedInAt])).toEqual([
      ['a', null],
      ['b', null],
      ['c', '2026-12-03T08:00:00.000Z'],
    ]);
    const found = cache.readQuery({ query, variables: { id: 'e', search: 'c' } })!.eventRegistrations.nodes;
    expect(found[0]!.checkedInAt).toBe('2026-12-03T08:00:00.000Z');
  });
});
