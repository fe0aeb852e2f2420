// Measures how long the overview takes to show new figures after a period change, with a
// large generated data set (default 50 000 activities). A script that prints figures, not a test.
//   npm run perf:overview [-- 50000]
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { clickToPaint, largeDataSet, signIn, startServer } from './perf-server.mjs';

const flags = createRequire(import.meta.url)('./chromium.cjs');

const activities = Number(process.argv[2] ?? 50000);
const port = 4399;
const data = largeDataSet(activities);
const { base, stop } = await startServer({ port, data });

const browser = await chromium.launch(flags);
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
const loadStart = Date.now();
const { ready, clicked } = await signIn(page, base, '/overview?period=year:2019');
const value = page.getByTestId('kpi-value').first();
await value.waitFor({ timeout: 120_000 });
await page.locator('svg.apexcharts-svg').first().waitFor({ timeout: 120_000 });
const shown = Date.now();
console.log(
  `${activities} activities: first overview with charts ${shown - clicked} ms after the sign-in click (download, checks and first drawing of the records)`,
);
console.log(
  `  sign-in page ready to type in ${ready - loadStart} ms; ${shown - loadStart} ms from opening it to the overview`,
);

/**
 * Clicks a period option. The filter bar builds its menus when focus reaches it, so the option
 * list can be replaced just as it opens: a click that finds its option detached is tried again
 * on the new one (a detached element receives no click, so nothing is timed twice).
 */
async function clickOption(option) {
  for (let attempt = 1; ; attempt++) {
    try {
      await option.click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3 || !/detached|not attached/i.test(String(error))) throw error;
    }
  }
}

const samples = [];
for (const period of [
  'year:2020',
  'year:2021',
  'framework',
  'year:2019',
  'since:mc-7',
  'year:2022',
  'year:2023',
  'year:2018',
]) {
  const before = await value.innerText();
  // Change the period through the filter bar, as a user does, and time until the headline
  // figure and the first chart have been redrawn.
  await page.getByRole('combobox', { name: 'Period' }).click();
  const option = page.getByRole('option', {
    name: period.startsWith('year:')
      ? period.slice(5)
      : period === 'framework'
        ? /^Whole framework/
        : /7th Ministerial/,
    exact: period.startsWith('year:'),
  });
  await page.getByRole('listbox').waitFor();
  await option.waitFor();
  // From the click event itself (as the page receives it) to the first frame painted after the
  // headline figure changed, and to the end of the last chart redraw (the charts follow the
  // figures: see shared/chart.ts).
  await page.evaluate(() => {
    window.__charts = new Promise((resolve) => {
      let last = null;
      let quiet;
      const observer = new MutationObserver(() => {
        // Runs once the task that changed the drawing has finished.
        last = performance.now();
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          observer.disconnect();
          resolve(last);
        }, 500);
      });
      for (const svg of document.querySelectorAll('svg.apexcharts-svg'))
        observer.observe(svg.parentElement, { subtree: true, childList: true, attributes: true });
    });
  });
  const painted = await clickToPaint(page, () => clickOption(option), {
    selector: '[data-testid="kpi-value"]',
    changedFrom: before,
  });
  const charts = await page.evaluate(async () => (await window.__charts) - window.__clickAt);
  samples.push({ period, painted: Math.round(painted), charts: Math.round(charts) });
}
for (const s of samples)
  console.log(
    `period → ${s.period.padEnd(12)} new figures on screen after ${String(s.painted).padStart(4)} ms, charts redrawn after ${String(s.charts).padStart(4)} ms`,
  );
const summary = (values) => {
  const sorted = values.sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]} ms, worst ${sorted.at(-1)} ms`;
};
console.log(
  `figures: ${summary(samples.map((s) => s.painted))} (from the click event on the period to the next painted frame with the new figures)`,
);
console.log(
  `charts:  ${summary(samples.map((s) => s.charts))} (from the click event to the end of the last chart's redraw)`,
);
await browser.close();
stop();
