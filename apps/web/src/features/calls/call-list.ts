/**
 * The calls page's two lists: the open calls, the one closing soonest first, and the past calls
 * (closed or decided) as the API orders them, newest deadline first. Drafts, which only a
 * forum's managers see, belong to the manage pages and are left out here.
 */
export interface ListedCall {
  id: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'DECIDED';
  closesAt: string;
}

export function splitCalls<T extends ListedCall>(calls: readonly T[]): { open: T[]; past: T[] } {
  const open = calls
    .filter((call) => call.status === 'OPEN')
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt) || a.id.localeCompare(b.id));
  const past = calls.filter((call) => call.status === 'CLOSED' || call.status === 'DECIDED');
  return { open, past };
}
