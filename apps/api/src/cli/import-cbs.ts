/**
 * `npm run import:cbs -- <path> [--year 2019]`: imports a CBS localities file (authorities, their
 * clusters and the file's memberships). Safe to rerun; a malformed file changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
  importCbsLocalities,
  yearFromFileName,
  type CbsImportSummary,
} from '../modules/geography/cbs-import/cbs-import.service.js';
import { migrateDatabase } from '../database/migrate.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run import:cbs -- <path to the CBS localities CSV> [--year <year the file describes>]';

function usageError(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(1);
}

function readArguments(): { filePath: string; text: string; year: number } {
  let parsed;
  try {
    parsed = parseArgs({ options: { year: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    usageError((error as Error).message);
  }
  const [given, ...extra] = parsed.positionals;
  if (!given) usageError('Give the path of the CBS localities file.');
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

  const yearText = parsed.values.year;
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) usageError(`--year ${yearText} is not a four-digit year.`);
  const year = yearText !== undefined ? Number(yearText) : yearFromFileName(filePath);
  if (year === null) usageError(`The file's name has no year (or several); say which year it describes with --year.`);
  return { filePath, text, year };
}

function printSummary(summary: CbsImportSummary, filePath: string): void {
  const rows: [string, string][] = [
    ['File', filePath],
    ['Source', summary.sourceCode],
    ['Localities read', String(summary.localities)],
    [
      'Authorities',
      `${summary.authoritiesCreated} created, ${summary.authoritiesUpdated} updated, ${summary.authoritiesUnchanged} unchanged`,
    ],
    [
      'Clusters',
      `${summary.clustersCreated} created, ${summary.clustersUpdated} updated, ${summary.clustersUnchanged} unchanged`,
    ],
    ['Memberships', `${summary.membershipsAdded} added, ${summary.membershipsRemoved} removed`],
    ['Alternative names added', String(summary.alternativeNamesAdded)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
}

const { filePath, text, year } = readArguments();

await runCli('import:cbs', async ({ dataSource }) => {
  await migrateDatabase(dataSource);
  const bar = new cliProgress.SingleBar(
    { format: 'Authorities [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let summary: CbsImportSummary;
  try {
    summary = await importCbsLocalities(dataSource, {
      text,
      fileName: path.basename(filePath),
      asOfYear: year,
      onProgress: (done, total) => {
        if (started) return bar.update(done);
        bar.start(total, done);
        started = true;
      },
    });
  } finally {
    if (started) bar.stop();
  }
  printSummary(summary, filePath);
});
