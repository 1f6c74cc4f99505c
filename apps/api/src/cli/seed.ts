/** Loads the reference data and the source documents' data (`npm run seed`). Safe to rerun. */
import { seedDatabase } from '../database/seeds/seed.js';
import { migrateDatabase } from '../database/migrate.js';
import { runCli } from './run-cli.js';

await runCli('seed', async ({ dataSource }) => {
  await migrateDatabase(dataSource);
  console.log('Seeding the reference data and the source documents…');
  await seedDatabase(dataSource);
  console.log('Done.');
});
