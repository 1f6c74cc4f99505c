/**
 * `npm run generate:pool -- [--seed 42] [--people 200000] [--organisations 20000] [--remove]
 * [--allow-production]`: fills the partner pool with synthetic organisations and people made up
 * from a seed, or removes them (docs/pool.md, "Synthetic data and the benchmark"). Safe to rerun:
 * the same seed and counts write nothing. Refuses production unless told otherwise.
 */
import { parseArgs } from 'node:util';
import { migrateDatabase } from '../database/migrate.js';
import { seedReferenceData } from '../database/seeds/reference.seed.js';
import { SYNTHETIC_DEFAULTS } from '../modules/pool/synthetic-pool.js';
import { WRITERS, generateSyntheticPool, removeSyntheticPool } from '../modules/pool/synthetic-pool.service.js';
import { progressBars } from './progress.js';
import { runCli } from './run-cli.js';

const USAGE =
  'Usage: npm run generate:pool -- [--seed 42] [--people 200000] [--organisations 20000] [--remove] [--allow-production]';

function usageError(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(1);
}

function count(name: string, given: string | undefined, fallback: number, max: number): number {
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
        people: { type: 'string' },
        organisations: { type: 'string' },
        remove: { type: 'boolean' },
        'allow-production': { type: 'boolean' },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values } = parsed;
  const organisations = count('organisations', values.organisations, SYNTHETIC_DEFAULTS.organisations, 999_999);
  const people = count('people', values.people, SYNTHETIC_DEFAULTS.people, 10_000_000);
  if (people > 0 && organisations === 0)
    usageError('People need organisations to work for: give --organisations 1 or more.');
  return {
    seed: count('seed', values.seed, SYNTHETIC_DEFAULTS.seed, 2 ** 31 - 1),
    people,
    organisations,
    remove: values.remove === true,
    allowProduction: values['allow-production'] === true,
  };
}

const options = readArguments();

await runCli(
  'generate:pool',
  async ({ config, dataSource }) => {
    if (config.isProduction && !options.allowProduction) {
      throw new Error(
        'NODE_ENV is production: synthetic people do not belong in a real pool. If this database is really a ' +
          'staging copy, run again with --allow-production.',
      );
    }
    await migrateDatabase(dataSource);
    const progress = progressBars();
    try {
      if (options.remove) {
        const removed = await removeSyntheticPool(dataSource, progress.update);
        progress.stop();
        console.log(`Removed ${removed.people} synthetic people and ${removed.organisations} synthetic organisations.`);
        return;
      }
      // Sectors, districts and topics the rows name (a fresh database has none yet).
      await dataSource.transaction((manager) => seedReferenceData(manager));
      const started = Date.now();
      const report = await generateSyntheticPool(dataSource, { ...options, onProgress: progress.update });
      progress.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        report.alreadyThere
          ? `The synthetic pool of seed ${options.seed} (${options.people} people, ${options.organisations} organisations) is there already; nothing was written.`
          : `Wrote ${report.organisationsCreated} organisations and ${report.peopleCreated} people (seed ${options.seed}) in ${seconds} s.`,
      );
    } finally {
      progress.stop();
    }
  },
  { poolSize: WRITERS + 1 },
);
