import type { DataSource } from 'typeorm';

/**
 * How long a search's page or facet counts are served before they are computed again, in the
 * background. Any write to what a search reads (profiles, their topics and districts, people's
 * names, topics) makes them stale at once, through the database's `pool_search_generation`, and
 * the next search waits for fresh ones; this bound is for what that check cannot see: a search
 * that read the generation in the instant between a writer's commit-time trigger and its commit
 * (docs/pool.md, "Search").
 */
export const SEARCH_CACHE_SECONDS = 300;
/** Distinct searches kept; the oldest goes first. */
const MAX_ENTRIES = 1000;

interface Entry {
  generation: string;
  expires: number;
  value: Promise<unknown>;
  refreshing?: boolean;
}

/**
 * Pages and facet counts of recent searches, per database, kept while nothing they read has
 * changed. Costly for a broad word (counting 100,000 matches in six facets), cheap to check: one
 * read of a sequence. Two requests for the same search at once share one computation; one past
 * SEARCH_CACHE_SECONDS with nothing written since is answered from the cache while it is computed
 * again in the background, so a popular search never waits for its refresh.
 */
export class PoolSearchCache {
  private readonly entries = new Map<string, Entry>();
  private refreshes: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  /** What `generation()` answered for this request (read once per request), the key, the work. */
  get<T>(generation: string, key: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry?.generation === generation) {
      if (entry.expires <= Date.now() && !entry.refreshing) {
        entry.refreshing = true;
        // One refresh at a time, so refreshes never take the connections requests are waiting for.
        const fresh = (this.refreshes = this.refreshes.then(compute, compute));
        // Swapped in once computed, unless a write has replaced the entry meanwhile; a failed
        // refresh leaves the entry to be tried again.
        fresh.then(
          () => {
            if (this.entries.get(key) === entry) this.store(key, generation, fresh);
          },
          () => (entry.refreshing = false),
        );
      }
      return entry.value as Promise<T>;
    }
    const value = compute();
    this.store(key, generation, value);
    // A failed search is not kept.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  private store(key: string, generation: string, value: Promise<unknown>): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, expires: Date.now() + SEARCH_CACHE_SECONDS * 1000, value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Advanced by every committed write to what a search reads. */
  async generation(): Promise<string> {
    const [row]: { generation: string }[] = await this.dataSource.query(
      `SELECT last_value || ':' || is_called AS generation FROM pool_search_generation`,
    );
    return row!.generation;
  }
}

const caches = new WeakMap<DataSource, PoolSearchCache>();

/** The cache of a database's searches, shared by every request (the service is made per request). */
export function searchCache(dataSource: DataSource): PoolSearchCache {
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new PoolSearchCache(dataSource)));
  return cache;
}
