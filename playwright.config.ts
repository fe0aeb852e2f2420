import { defineConfig } from '@playwright/test';
import chromium from './scripts/chromium.cjs';
import { CALENDAR_DATES, E2E_TODAY } from './e2e/today';

const port = Number(process.env['E2E_PORT'] ?? 4300);
const build = 'dist/rso-dashboard/browser';

/** The mock API serving the build on one origin, as of `today`, on a fresh demonstration data set. */
function server(serverPort: number, today: string, data: string) {
  return {
    command: `npx tsx mock-api/server.ts --port ${serverPort} --db mock-api/data/${data}.json --reset --static ${build}`,
    env: { RSO_TODAY: today },
    url: `http://127.0.0.1:${serverPort}/api/session`,
    reuseExistingServer: !process.env['CI'],
    timeout: 240_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

function withBuild(first: ReturnType<typeof server>) {
  return { ...first, command: `npm run build && ${first.command}` };
}

/**
 * End-to-end tests in Debian's Chromium against the production build served by the mock API.
 * Every spec runs as of E2E_TODAY (server and browser clock); the tests tagged @calendar run
 * again on servers of their own as of each of CALENDAR_DATES.
 */
export default defineConfig<{ today: string }>({
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
  // from a setup project that signs the demonstration users in once on each server.
  projects: [
    { name: 'sign-in', testMatch: /\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['sign-in'],
      use: { storageState: 'e2e/.auth/main/comanager.json', today: E2E_TODAY },
    },
    ...CALENDAR_DATES.flatMap((today, i) => {
      const use = { baseURL: `http://127.0.0.1:${port + 1 + i}`, today };
      return [
        { name: `sign-in ${today}`, testMatch: /\.setup\.ts$/, use, metadata: { server: today } },
        {
          name: `as of ${today}`,
          dependencies: [`sign-in ${today}`],
          grep: /@calendar/,
          use: { ...use, storageState: `e2e/.auth/${today}/comanager.json` },
        },
      ];
    }),
  ],
  webServer: [
    // The first server builds the app the others serve too (servers start one after another).
    withBuild(server(port, E2E_TODAY, 'e2e')),
    ...CALENDAR_DATES.map((today, i) => server(port + 1 + i, today, `e2e-${today}`)),
  ],
});
