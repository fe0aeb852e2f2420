// Times the co-chairs' brief on the demonstration data: from opening /reports to the brief on
// screen, then producing its PDF and its slides. A script that prints figures, not a test.
//   npm run perf:reports
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { signIn, startServer } from './perf-server.mjs';

const flags = createRequire(import.meta.url)('./chromium.cjs');
const { base, stop } = await startServer({ port: 4398, data: 'mock-api/db.seed.json' });
const browser = await chromium.launch(flags);
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await signIn(page, base, '/overview', 'cochair');
await page.getByTestId('kpi-value').first().waitFor();

const runs = { brief: [], pdf: [], pptx: [] };
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  await page.goto(`${base}/reports?brief=since:mc-7`);
  await page.getByTestId('brief-figure').first().waitFor();
  runs.brief.push(performance.now() - t);

  t = performance.now();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  runs.pdf.push(performance.now() - t);

  t = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download slides (PPTX)' }).click(),
  ]);
  await download.path();
  runs.pptx.push(performance.now() - t);
}
const summary = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b).map(Math.round);
  return `median ${sorted[2]} ms (${sorted[0]}–${sorted[4]})`;
};
console.log(`open /reports → brief on screen: ${summary(runs.brief)}`);
console.log(`brief → A4 PDF:                  ${summary(runs.pdf)}`);
console.log(`click → PPTX downloaded:         ${summary(runs.pptx)}`);
await browser.close();
stop();
