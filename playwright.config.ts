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
  // Every spec runs signed in (as the co-manager unless it says otherwise): the sessions come
  // from a setup project that signs the demonstration users in once.
  projects: [
    { name: 'sign-in', testMatch: /\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['sign-in'],
      use: { storageState: 'e2e/.auth/comanager.json' },
    },
  ],
  webServer: {
    command: `npm run build && npx tsx mock-api/server.ts --port ${port} --db mock-api/data/e2e.json --reset --static dist/rso-dashboard/browser`,
    url: `http://127.0.0.1:${port}/api/session`,
    reuseExistingServer: !process.env['CI'],
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
