/** Loads the reference data and the source documents' data (`npm run seed`). Safe to rerun. */
import { seedDatabase } from '../database/seeds/seed.js';
import { runCli } from './run-cli.js';

await runCli('seed', async ({ dataSource }) => {
  await dataSource.runMigrations({ transaction: 'each' });
  console.log('Seeding the reference data and the source documents…');
  await seedDatabase(dataSource);
  console.log('Done.');
});
