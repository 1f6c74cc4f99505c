/**
 * `npm run generate:partnerships -- [--seed 42] [--count 1000000] [--remove] [--allow-production]`:
 * fills the registry with synthetic partnerships made up from a seed (partners from the synthetic
 * pool's organisations, made first when there are none), then rebuilds the dashboard's rollup; or
 * removes them (docs/partnerships.md, "Scale"). Safe to rerun: the same seed and count write
 * nothing. Refuses production unless told otherwise.
 */
import { parseArgs } from 'node:util';
import { dateInIsrael } from '@roundtable/shared/forums';
import { migrateDatabase } from '../database/migrate.js';
import { seedDatabase } from '../database/seeds/seed.js';
import { SYNTHETIC_PARTNERSHIP_DEFAULTS } from '../modules/partnerships/synthetic-partnerships.js';
import {
  PARTNERSHIP_WRITERS,
  generateSyntheticPartnerships,
  removeSyntheticPartnerships,
} from '../modules/partnerships/synthetic-partnerships.service.js';
import { WRITERS } from '../modules/pool/synthetic-pool.service.js';
import { progressBars } from './progress.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run generate:partnerships -- [--seed 42] [--count 1000000] [--remove] [--allow-production]';

function usageError(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(1);
}

function whole(name: string, given: string | undefined, fallback: number, max: number): number {
  if (given === undefined) return fallback;
  if (!/^\d+$/.test(given) || Number(given) > max)
    usageError(`--${name} takes a whole number from 0 to ${max}, not "${given}".`);
  return Number(given);
}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        seed: { type: 'string' },
        count: { type: 'string' },
        remove: { type: 'boolean' },
        'allow-production': { type: 'boolean' },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values } = parsed;
  return {
    seed: whole('seed', values.seed, SYNTHETIC_PARTNERSHIP_DEFAULTS.seed, 2 ** 31 - 1),
    count: whole('count', values.count, SYNTHETIC_PARTNERSHIP_DEFAULTS.count, 10_000_000),
    remove: values.remove === true,
    allowProduction: values['allow-production'] === true,
  };
}

const options = readArguments();

await runCli(
  'generate:partnerships',
  async ({ config, dataSource }) => {
    if (config.isProduction && !options.allowProduction) {
      throw new Error(
        'NODE_ENV is production: synthetic partnerships do not belong in a real registry. If this database is ' +
          'really a staging copy, run again with --allow-production.',
      );
    }
    await migrateDatabase(dataSource);
    const today = dateInIsrael(new Date());
    const progress = progressBars();
    try {
      if (options.remove) {
        const removed = await removeSyntheticPartnerships(dataSource, { today, onProgress: progress.update });
        progress.stop();
        console.log(`Removed ${removed} synthetic partnerships and rebuilt the dashboard's rollup.`);
        return;
      }
      // Sectors, districts, directions, SDGs and clusters the rows name (a fresh database has none yet).
      await seedDatabase(dataSource);
      const started = Date.now();
      const report = await generateSyntheticPartnerships(dataSource, {
        seed: options.seed,
        count: options.count,
        today,
        onProgress: progress.update,
      });
      progress.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        report.alreadyThere
          ? `The ${options.count} synthetic partnerships of seed ${options.seed} are there already; nothing was written.`
          : `Wrote ${report.created} synthetic partnerships (seed ${options.seed}) and rebuilt the rollup in ${seconds} s.`,
      );
    } finally {
      progress.stop();
    }
  },
  // The lock's connection, the writers, and the pool generator's own when it makes the organisations.
  { poolSize: PARTNERSHIP_WRITERS + WRITERS + 2 },
);
