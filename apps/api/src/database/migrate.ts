import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

/**
 * Applies pending migrations (or undoes the last one) on one connection that holds an advisory
 * lock, so API processes starting together take turns instead of running a migration twice, and
 * with no statement timeout, which the app's connections have but a long index build must not.
 */
export async function migrateDatabase(dataSource: DataSource, { revert = false } = {}): Promise<Migration[]> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.query('SET statement_timeout = 0');
    await queryRunner.query(`SELECT pg_advisory_lock(hashtext('roundtable:migrations'))`);
    const executor = new MigrationExecutor(dataSource, queryRunner);
    executor.transaction = 'each';
    if (revert) {
      await executor.undoLastMigration();
      return [];
    }
    return await executor.executePendingMigrations();
  } finally {
    await queryRunner.query(`SELECT pg_advisory_unlock(hashtext('roundtable:migrations'))`).catch(() => undefined);
    await queryRunner.release();
  }
}
