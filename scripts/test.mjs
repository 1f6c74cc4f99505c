#!/usr/bin/env node
// `npm test`: every test — formatting, lint, types, unit, API integration on real PostgreSQL, browser.
// Browser tests need Chromium: CHROME_PATH, or Debian's /usr/bin/chromium, installed here with
// apt-get when we are root and it is missing; otherwise we stop and say how to get it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(chromePath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!process.env.CHROME_PATH && isRoot && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium package for the browser tests…");
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (fs.existsSync(chromePath)) return;
  }
  console.error(
    `The browser tests need Chromium at ${chromePath}, and it is not there.\n` +
      '  On Debian or Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureChromium();
run('npx', ['prettier', '--check', '--log-level=warn', '.']);
run('npx', [
  'turbo',
  'run',
  'lint',
  'typecheck',
  'test',
  'test:integration',
  'test:e2e',
  '--concurrency=1',
  '--output-logs=new-only',
]);
