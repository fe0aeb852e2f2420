// Times the Alignment screen on a large generated data set (default 50 000 activities): opening
// /alignment from the overview until both matrices are on screen, switching the measure, and
// opening a working group's page.
// The whole framework is the period, so every record is cross-tabulated. A script that prints
// figures, not a test.
//   npm run perf:alignment [-- 50000]
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { clickToPaint, largeDataSet, signIn, startServer } from './perf-server.mjs';

const flags = createRequire(import.meta.url)('./chromium.cjs');
const activities = Number(process.argv[2] ?? 50000);
const { base, stop } = await startServer({ port: 4397, data: largeDataSet(activities) });
const browser = await chromium.launch(flags);
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });

let t = Date.now();
await signIn(page, base, '/alignment?period=framework', 'cochair');
const matrix = page.getByRole('table', { name: 'Strategic goals × core purposes' });
await matrix.waitFor({ timeout: 120_000 });
await page.locator('svg.apexcharts-svg').first().waitFor({ timeout: 120_000 });
console.log(
  `${activities} activities: first /alignment with its heatmap in ${Date.now() - t} ms (from the sign-in click: includes download and validation of the records)`,
);

const opened = [];
const switched = [];
// The grand total differs between measures (activities, participants, member states).
const TOTAL = 'table[aria-label="Strategic goals × working groups"] tfoot td:last-child';
const MATRICES = 'table[aria-label="Strategic goals × core purposes"] tbody td a';
for (let i = 0; i < 8; i++) {
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByTestId('kpi-value').first().waitFor();
  opened.push(
    await clickToPaint(page, () => page.getByRole('link', { name: 'Alignment' }).click(), {
      selector: MATRICES,
    }),
  );
  const before = (await page.locator(TOTAL).textContent()).trim();
  const measure = i % 2 === 0 ? 'Participants' : 'Member states reached';
  switched.push(
    await clickToPaint(page, () => page.getByRole('radio', { name: measure }).click(), {
      selector: TOTAL,
      changedFrom: before,
    }),
  );
}

// A working group's page from the matrices: the page moves the global filter to the group, so
// its figures are those of the group's activities.
const group = [];
for (let i = 0; i < 8; i++) {
  const code = ['WG-TIP', 'TEG-RR', 'AHG', 'WG-DCN'][i % 4];
  group.push(
    await clickToPaint(
      page,
      () => page.getByRole('link', { name: code, exact: true }).first().click(),
      {
        selector: '[data-testid="group-figure"]',
      },
    ),
  );
  await page.getByRole('link', { name: '← All working groups' }).click();
  await page.getByRole('radio', { name: 'Participants' }).waitFor();
}

const summary = (ms) => {
  const sorted = ms
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
    .map(Math.round);
  const mid = sorted[Math.floor(sorted.length / 2)];
  return `median ${mid} ms, worst ${sorted.at(-1)} ms (${sorted.length} runs, ${sorted[0]}–${sorted.at(-1)})`;
};
console.log(`overview → /alignment, both matrices on screen: ${summary(opened)} (click → painted)`);
console.log(
  `measure switched, matrices redrawn:            ${summary(switched)} (click → painted)`,
);
console.log(`a working group's page from the matrices:    ${summary(group)} (click → painted)`);
await browser.close();
stop();
