/** Loads the reference data, the source documents' data and the demo accounts (`npm run seed`). Safe to rerun. */
import { seedDatabase } from '../database/seeds/seed.js';
import { migrateDatabase } from '../database/migrate.js';
import { seedDemoAccounts } from '../modules/identity/demo-accounts.js';
import { runCli } from './run-cli.js';

await runCli('seed', async ({ config, dataSource }) => {
  await migrateDatabase(dataSource);
  console.log('Seeding the reference data and the source documents…');
  await seedDatabase(dataSource);
  // Demo accounts only outside production (docs/security.md lists them).
  if (!config.isProduction) {
    console.log('Adding the demo accounts that are missing…');
    await seedDemoAccounts(dataSource);
  }
  console.log('Done.');
});
