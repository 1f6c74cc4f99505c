/**
 * Writes a migration with the SQL that brings the database to the entities:
 *   npm run migration:generate -w @roundtable/api -- add-forums
 * Review it before committing: TypeORM turns a rename into drop + add, which loses data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '../database/migrate.js';
import { runCli } from './run-cli.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error('Give the migration a kebab-case name: npm run migration:generate -w @roundtable/api -- add-forums');
  process.exit(1);
}

await runCli('migration:generate', async ({ dataSource }) => {
  await migrateDatabase(dataSource);
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('The database already matches the entities: no migration needed.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
  const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
  const lines = (queries: { query: string }[]) =>
    queries.map(({ query }) => `    await queryRunner.query(${quote(query)});`).join('\n');
  const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'database', 'migrations');
  const target = path.join(dir, `${timestamp}-${name}.ts`);
  fs.writeFileSync(target, file);
  console.log(`Wrote ${path.relative(process.cwd(), target)}. Review it, then add it to database/migrations/index.ts.`);
});
