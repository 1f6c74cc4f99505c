import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { postgresPool } from '../../database/data-source.js';
import { PoolSearchIndexBuilder, type IndexedProfile, type PoolSearchIndex } from './pool-search-index.js';

/** Profiles read per statement while loading: bounds the memory a load holds at once. */
const LOAD_CHUNK = 20_000;
/** Changed profiles kept in the overlay before the base is loaded afresh, in the background. */
const OVERLAY_LIMIT = 5_000;
/** A change of more profiles than this at once (an import, the generator) is read as a fresh load. */
const RELOAD_AT = 20_000;
/**
 * How long `pool_search_change` keeps its rows (docs/pool.md, "Search"). A process that has not
 * synchronised for half of it loads afresh instead, so it never misses a row pruned meanwhile.
 */
const CHANGES_KEPT_MINUTES = 60;
const STALE_AFTER_MS = (CHANGES_KEPT_MINUTES / 2) * 60_000;
/** Idle processes keep up, and prune old changes, this often. */
const BACKGROUND_MS = 60_000;

const PROFILE_COLUMNS = `p.person_id, per.name_he, p.sector_code, array_to_string(p.languages, ' '),
  p.open_to_consultation, p.open_to_sector_move, array_to_string(p.search_words, ' '),
  (SELECT string_agg(st.topic_code, ' ' ORDER BY st.position) FROM stakeholder_topic st WHERE st.person_id = p.person_id),
  (SELECT string_agg(sd.district_code, ' ' ORDER BY sd.district_code) FROM stakeholder_district sd WHERE sd.person_id = p.person_id)
  FROM stakeholder_profile p JOIN person per ON per.id = p.person_id`;

type ProfileRow = [string, string, string, string, boolean, boolean, string, string | null, string | null];

function profileOf([
  personId,
  nameHe,
  sector,
  languages,
  consultation,
  sectorMove,
  words,
  topics,
  districts,
]: ProfileRow): IndexedProfile {
  const list = (text: string | null) => (text ? text.split(' ') : []);
  return {
    personId,
    nameHe,
    sector,
    languages: list(languages),
    openToConsultation: consultation,
    openToSectorMove: sectorMove,
    words: list(words),
    topics: list(topics),
    districts: list(districts),
  };
}

/** An index and the database snapshot it reflects: every change committed before it, none after. */
interface Synced {
  index: PoolSearchIndex;
  snapshot: string;
  syncedAt: number;
}

/**
 * Keeps a process's search index in step with the database. Triggers log every write to what
 * search reads (a profile, its topics and districts, a person's Hebrew name) in
 * `pool_search_change`, with the writing transaction's id; each search first asks for the
 * changes its index has not seen (those not visible in the snapshot the index reflects, so a
 * transaction that commits late is not missed), reads those profiles afresh and puts them in the
 * overlay. Searches at the same moment share one such question. So a search sees every write
 * committed before it began, in this process or another.
 */
export class PoolSearchIndexStore {
  private state?: Promise<Synced>;
  private current?: Synced;
  /** The next synchronisation, shared by every search that asks before it starts. */
  private queued?: Promise<void>;
  private running: Promise<void> = Promise.resolve();
  private reloading?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limits = { overlay: OVERLAY_LIMIT, reloadAt: RELOAD_AT },
  ) {}

  /** Loads the index (readiness waits for this) and starts keeping it up in the background. */
  start(): Promise<void> {
    this.state ??= this.load().then(
      (synced) => {
        this.current = synced;
        this.timer = setInterval(() => void this.background(), BACKGROUND_MS).unref();
        return synced;
      },
      (error: unknown) => {
        this.state = undefined; // the next search tries again
        throw error;
      },
    );
    return this.state.then(() => undefined);
  }

  /** The index with every change committed before this call. */
  async index(): Promise<PoolSearchIndex> {
    await this.start();
    for (;;) {
      const synced = this.current!;
      await this.synchronise();
      // A fresh load swapped in meanwhile may reflect a snapshot older than this call: once more.
      if (this.current === synced) return synced.index;
    }
  }

  /** A synchronisation that starts after this call; searches asking meanwhile share it. */
  private synchronise(): Promise<void> {
    this.queued ??= this.running.then(
      () => this.runSynchronisation(),
      () => this.runSynchronisation(),
    );
    return this.queued;
  }

  private runSynchronisation(): Promise<void> {
    this.queued = undefined;
    this.running = this.applyChanges(this.current!);
    return this.running;
  }

  private async applyChanges(synced: Synced): Promise<void> {
    if (Date.now() - synced.syncedAt > STALE_AFTER_MS) return this.replace(await this.load());
    const client = await postgresPool(this.dataSource).connect();
    let reload = false;
    try {
      // One statement, one snapshot: the changes it lists are exactly those the new snapshot
      // sees and the old did not.
      const {
        rows: [change],
      } = await client.query<{ snapshot: string; everything: boolean; people: string[] }>({
        // Named: each connection plans it once, not at every search.
        name: 'pool-search-changes',
        text: `WITH c AS (SELECT person_id FROM pool_search_change
                     WHERE xid >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, $1::pg_snapshot))
         SELECT pg_current_snapshot()::text AS snapshot,
                EXISTS (SELECT 1 FROM c WHERE person_id IS NULL) AS everything,
                ARRAY(SELECT DISTINCT person_id::text FROM c WHERE person_id IS NOT NULL) AS people`,
        values: [synced.snapshot],
      });
      const { snapshot, everything, people } = change!;
      reload = everything || people.length > this.limits.reloadAt;
      if (!reload) {
        if (people.length > 0) {
          const { rows } = await client.query<ProfileRow>({
            text: `SELECT ${PROFILE_COLUMNS} WHERE p.person_id = ANY($1::uuid[])`,
            values: [people],
            rowMode: 'array',
          });
          synced.index.apply(people, rows.map(profileOf));
        }
        synced.snapshot = snapshot;
        synced.syncedAt = Date.now();
      }
    } finally {
      client.release();
    }
    if (reload) this.replace(await this.load());
    else if (synced.index.overlaySize > this.limits.overlay) this.reloadInBackground();
  }

  private replace(synced: Synced): void {
    this.current = synced;
  }

  private reloadInBackground(): void {
    this.reloading ??= this.load()
      .then((synced) => this.replace(synced))
      .catch(() => undefined)
      .finally(() => (this.reloading = undefined));
  }

  private async background(): Promise<void> {
    // A closed database (a stopped server, a finished test) has nothing more to keep up with.
    if (!this.dataSource.isInitialized) return clearInterval(this.timer);
    try {
      await this.synchronise();
      await this.prune();
    } catch {
      // The next search synchronises, and says what is wrong if it still is.
    }
  }

  /** Deletes the changes older than every process still reads incrementally. */
  async prune(): Promise<void> {
    await this.dataSource.query(`DELETE FROM pool_search_change WHERE changed_at < now() - make_interval(mins => $1)`, [
      CHANGES_KEPT_MINUTES,
    ]);
  }

  /** A fresh load in the background, if one is running (tests wait for it). */
  get reload(): Promise<void> | undefined {
    return this.reloading;
  }

  /** Every profile, read in one snapshot, in chunks. */
  private async load(): Promise<Synced> {
    const client: PoolClient = await postgresPool(this.dataSource).connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const {
        rows: [{ snapshot }],
      } = (await client.query(`SELECT pg_current_snapshot()::text AS snapshot`)) as { rows: { snapshot: string }[] };
      const builder = new PoolSearchIndexBuilder();
      let after: string | null = null;
      for (;;) {
        const { rows }: { rows: ProfileRow[] } = await client.query<ProfileRow>({
          text: `SELECT ${PROFILE_COLUMNS} WHERE $1::uuid IS NULL OR p.person_id > $1::uuid ORDER BY p.person_id LIMIT ${LOAD_CHUNK}`,
          values: [after],
          rowMode: 'array',
        });
        for (const row of rows) builder.add(profileOf(row));
        if (rows.length < LOAD_CHUNK) break;
        after = rows.at(-1)![0];
      }
      await client.query('COMMIT');
      return { index: builder.build(), snapshot: snapshot!, syncedAt: Date.now() };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

const stores = new WeakMap<DataSource, PoolSearchIndexStore>();

/** The search index of a database, shared by every request of this process. */
export function searchIndexStore(dataSource: DataSource): PoolSearchIndexStore {
  let store = stores.get(dataSource);
  if (!store) stores.set(dataSource, (store = new PoolSearchIndexStore(dataSource)));
  return store;
}
