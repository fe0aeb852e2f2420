// The calendar-proof run of the API's tests: the whole suite again as of 2 January 2027 (a
// year just closed) and 30 June 2030 (the last day of a half-year, years after the seed). The
// end-to-end tests tagged @calendar do the same in the browser (playwright.config.ts).
import { spawnSync } from 'node:child_process';

for (const today of ['2027-01-02', '2030-06-30']) {
  console.log(`\n--- The API's tests as of ${today} ---`);
  const run = spawnSync('npm', ['run', '--silent', 'test:api'], {
    stdio: 'inherit',
    env: { ...process.env, RSO_TODAY: today },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
