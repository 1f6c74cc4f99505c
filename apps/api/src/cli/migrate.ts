/** `npm run migrate` applies pending migrations; `npm run migrate -- --revert` undoes the last one. */
import { runCli } from './run-cli.js';

const revert = process.argv.includes('--revert');

await runCli('migrate', async ({ dataSource }) => {
  if (revert) {
    await dataSource.undoLastMigration({ transaction: 'each' });
    console.log('Reverted the last migration.');
    return;
  }
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}.` : 'No pending migrations.');
});
