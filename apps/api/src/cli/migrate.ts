/** `npm run migrate` applies pending migrations; `npm run migrate -- --revert` undoes the last one. */
import { migrateDatabase } from '../database/migrate.js';
import { runCli } from './run-cli.js';

const revert = process.argv.includes('--revert');

await runCli('migrate', async ({ dataSource }) => {
  if (revert) {
    await migrateDatabase(dataSource, { revert: true });
    console.log('Reverted the last migration.');
    return;
  }
  const applied = await migrateDatabase(dataSource);
  console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}.` : 'No pending migrations.');
});
