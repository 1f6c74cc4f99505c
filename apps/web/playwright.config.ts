import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A fresh data directory per run: the API starts its embedded PostgreSQL there, migrates, seeds
// and imports the CBS file, so every run tests the real product from nothing.
const DATA_DIR = path.join(os.tmpdir(), `roundtable-e2e-${Date.now()}`);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot work here.
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node ../api/dist/main.js',
    url: `${BASE_URL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stderr: 'pipe',
    // Every test's browser comes from 127.0.0.1: the per-address limit on all requests (600 a
    // minute) is for a real client, and edge.int.test.ts tests it; here it would only slow the run.
    env: { PORT: String(PORT), DATA_DIR, RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' },
    // SIGTERM lets the API stop its embedded PostgreSQL; the default SIGKILL would orphan it.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});

// The run's database is thrown away with the run (about 40 MB each).
// Workers load this file too; only the main process, which ran the server, owns DATA_DIR.
if (!process.env['TEST_WORKER_INDEX']) process.on('exit', () => fs.rmSync(DATA_DIR, { recursive: true, force: true }));
