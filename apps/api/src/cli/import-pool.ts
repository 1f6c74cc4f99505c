/**
 * `npm run import:pool -- <organisations|people> <file.csv> [--dry-run]`: imports a CSV file into
 * the partner pool, all or nothing (docs/pool.md, "Import and export"). A file with any problem
 * writes nothing and the command prints every problem and exits non-zero; a rerun changes nothing.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { migrateDatabase } from '../database/migrate.js';
import { seedReferenceData } from '../database/seeds/reference.seed.js';
import { AuditTrail } from '../modules/audit/audit-trail.js';
import { header, type PoolImportKind } from '../modules/pool/pool-import.rows.js';
import { importPool, type PoolImportReport } from '../modules/pool/pool-import.service.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run import:pool -- <organisations|people> <file.csv> [--dry-run]';
const KINDS: Record<string, PoolImportKind> = { organisations: 'ORGANISATIONS', people: 'PEOPLE' };

function usageError(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(1);
}

function readArguments(): { kind: PoolImportKind; filePath: string; text: string; dryRun: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ options: { 'dry-run': { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    usageError((error as Error).message);
  }
  const [kindName, given, ...extra] = parsed.positionals;
  const kind = kindName ? KINDS[kindName] : undefined;
  if (!kind) usageError(`Say what the file holds: organisations or people${kindName ? ` (not "${kindName}")` : ''}.`);
  if (!given) usageError(`Give the path of the CSV file. Its first row is the header:\n${header(kind)}`);
  if (extra.length > 0) usageError(`Give one file; also got ${extra.join(' ')}.`);
  // npm runs a workspace's script in the workspace's folder; a relative path means where npm was run.
  const filePath = path.resolve(process.env['INIT_CWD'] ?? process.cwd(), given);
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot be read (${(error as Error).message})`;
    usageError(`${filePath} ${reason}.`);
  }
  return { kind, filePath, text, dryRun: parsed.values['dry-run'] === true };
}

function printReport(report: PoolImportReport, filePath: string): void {
  if (report.problems.length > 0) {
    console.error(`${filePath}: ${report.problems.length} problem(s); nothing was written.`);
    for (const item of report.problems) {
      console.error(`row ${item.row}${item.column ? `, ${item.column}` : ''}: ${item.code}: ${item.message}`);
    }
    return;
  }
  const verb = report.written ? 'created' : 'would be created (dry run: nothing written)';
  console.log(`${filePath}: ${report.rows} rows; ${report.created} ${verb}; ${report.unchanged} already in the pool.`);
}

const { kind, filePath, text, dryRun } = readArguments();

await runCli('import:pool', async ({ dataSource }) => {
  await migrateDatabase(dataSource);
  // Topics, sectors and districts the rows name must be in the database (a fresh one has none yet).
  await dataSource.transaction((manager) => seedReferenceData(manager));
  const bar = new cliProgress.SingleBar(
    { format: 'Rows [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let report: PoolImportReport;
  try {
    // The command line acts as no account: the audit entry's actor is empty and its request id says so.
    const audit = new AuditTrail(dataSource, { accountId: null }, `cli:import:pool:${randomUUID()}`);
    report = await importPool(dataSource, audit, {
      kind,
      text,
      fileName: path.basename(filePath),
      dryRun,
      onProgress: (done, total) => {
        if (started) return bar.update(done);
        bar.start(total, done);
        started = true;
      },
    });
  } finally {
    if (started) bar.stop();
  }
  printReport(report, filePath);
  if (report.problems.length > 0) {
    throw new Error(
      `${report.problems.length} problem(s) in the file; nothing was written. Correct them and run it again.`,
    );
  }
});
