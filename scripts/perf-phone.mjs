// How long a phone waits for the overview's figures: the production build, signed in (the
// co-chair, reading English, then Bahasa Indonesia), in Chromium held to Lighthouse's DevTools
// throttling (a "slow 4G" network: 562.5 ms per request, 1.6 Mb/s down; the processor 4× slower)
// on a phone-sized page. Timed in the page from the start of navigation to the first frame with
// the headline figure. Lighthouse's LCP often misses it: the loading title painted before the app
// is larger than the figure, so it stays the "largest" paint. A script that prints figures.
// `--http2` also measures through HTTP/2 over TLS (scripts/http2-proxy.mjs), as served behind a
// reverse proxy: over HTTP/1.1 a browser opens 6 connections to a server, and each of the page's
// ~60 requests waits its turn on one of them.
//   npm run perf:phone [-- --runs 5 --no-build --http2]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { startHttp2Proxy } from './http2-proxy.mjs';
import { sessionCookie, startServer } from './perf-server.mjs';

const flags = createRequire(import.meta.url)('./chromium.cjs');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    http2: { type: 'boolean', default: false },
  },
});

if (!opts['no-build']) {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { base, stop } = await startServer({ port: 4394, data: 'mock-api/db.seed.json' });
const proxy = opts.http2 ? await startHttp2Proxy(base, 4392) : null;

async function timeToFigures(browser, cookie, site) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    // The proxy's certificate is a throwaway one.
    ignoreHTTPSErrors: true,
  });
  await context.addCookies([{ ...cookie, url: site }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${site}/overview`, { waitUntil: 'commit' });
  // performance.now() counts from the start of the navigation; checked before each frame.
  const shown = await page.waitForFunction(
    () => {
      const figure = document.querySelector('[data-testid="kpi-value"]');
      return figure?.textContent?.trim() ? performance.now() : null;
    },
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  const ms = Math.round(await shown.jsonValue());
  const protocol = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0]?.nextHopProtocol,
  );
  await context.close();
  return { ms, protocol };
}

console.log(`1-minute load ${loadavg()[0].toFixed(2)} (figures from a busy machine steer nothing)`);
const browser = await chromium.launch({
  ...flags,
  args: [...flags.args, ...(proxy ? ['--ignore-certificate-errors'] : [])],
});
try {
  const sites = [base, ...(proxy ? [proxy.base] : [])];
  for (const site of sites)
    for (const [language, name] of [
      ['en', 'English'],
      ['id', 'Bahasa Indonesia'],
    ]) {
      const [cookieName, value] = (await sessionCookie(base, 'cochair', language)).split('=');
      const cookie = { name: cookieName, value };
      const runs = [];
      for (let i = 0; i < Number(opts.runs); i++)
        runs.push(await timeToFigures(browser, cookie, site));
      const ms = runs.map((r) => r.ms);
      const sorted = [...ms].sort((a, b) => a - b);
      console.log(
        `overview's figures on a throttled phone, ${name}, over ${runs[0].protocol}: ` +
          `${ms.join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)]} ms ` +
          `(${sorted[0]}–${sorted.at(-1)})`,
      );
    }
} finally {
  await browser.close();
  proxy?.stop();
  stop();
}
