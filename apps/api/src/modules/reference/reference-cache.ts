import { In, type DataSource } from 'typeorm';
import type { DistrictCode } from '@roundtable/shared/districts';
import { District } from '../geography/district.entity.js';
import { Topic } from './topic.entity.js';

/**
 * Topics and districts by code, from memory. They are reference data: the migrations and the
 * source-data seed write them (main.ts seeds before it serves), no request does, and every card
 * and facet of a pool search names a few dozen of them. So each process reads a table once, and
 * again only when asked for a code it does not know (a row a seed added since, or a code that does
 * not exist, which costs a read each time, as the loader did before). A name changed in place by
 * a later seed shows after the API restarts, as a deploy does.
 */
class ReferenceTable<K extends string, V> {
  private rows?: Promise<Map<K, V>>;

  constructor(
    private readonly read: (codes: readonly K[] | null) => Promise<V[]>,
    private readonly keyOf: (row: V) => K,
  ) {}

  /** The rows of these codes that exist, in no particular order. */
  async get(codes: readonly K[]): Promise<V[]> {
    let rows = await this.all();
    if (codes.some((code) => !rows.has(code))) {
      const found = await this.read(codes);
      if (found.length > 0) {
        // Known from now on; the next full read (a restart) orders them with the rest.
        rows = new Map([...rows, ...found.map((row) => [this.keyOf(row), row] as const)]);
        this.rows = Promise.resolve(rows);
      }
    }
    return codes.flatMap((code) => {
      const row = rows.get(code);
      return row ? [row] : [];
    });
  }

  private all(): Promise<Map<K, V>> {
    this.rows ??= this.read(null).then(
      (rows) => new Map(rows.map((row) => [this.keyOf(row), row])),
      (error: unknown) => {
        this.rows = undefined; // the next request reads again
        throw error;
      },
    );
    return this.rows;
  }
}

export interface ReferenceCache {
  topics: ReferenceTable<string, Topic>;
  districts: ReferenceTable<DistrictCode, District>;
}

const caches = new WeakMap<DataSource, ReferenceCache>();

/** The reference data of a database, shared by every request of this process. */
export function referenceCache(dataSource: DataSource): ReferenceCache {
  let cache = caches.get(dataSource);
  if (!cache) {
    cache = {
      topics: new ReferenceTable(
        (codes) => dataSource.getRepository(Topic).findBy(codes ? { code: In([...codes]) } : {}),
        (topic) => topic.code,
      ),
      districts: new ReferenceTable(
        (codes) => dataSource.getRepository(District).findBy(codes ? { code: In([...codes]) } : {}),
        (district) => district.code,
      ),
    };
    caches.set(dataSource, cache);
  }
  return cache;
}
