import { defineConfig } from '@playwright/test';
import chromium from './scripts/chromium.cjs';

const port = Number(process.env['E2E_PORT'] ?? 4300);

/**
 * End-to-end tests in Debian's Chromium against the production build served by the mock API
 * on one origin, with a fresh copy of the seed data for every run.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  webServer: {
    command: `npx ng build && npx tsx mock-api/server.ts --port ${port} --db mock-api/data/e2e.json --reset --static dist/rso-dashboard/browser`,
    url: `http://127.0.0.1:${port}/api/settings`,
    reuseExistingServer: !process.env['CI'],
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
