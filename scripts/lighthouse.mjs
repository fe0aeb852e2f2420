// Lighthouse, measured the same way on every machine: the production build served with its
// Brotli copies, 5 runs each for a phone (Lighthouse's throttled mobile) and a desktop, on
// /overview signed in and on the sign-in page, each run's figures and benchmark index printed,
// then the medians and spread. A script that prints figures, not a test.
//   npm run lighthouse [-- --runs 5 --no-build --wait 600 --as cochair --indonesian]
// It waits (printing the load) for the 1-minute load average to fall below 0.5 before the first
// run, and refuses to run if it does not within --wait seconds: on a busy machine the same app
// scores 15 points lower, and those figures steer nothing.
import { spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sessionCookie, startServer } from './perf-server.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    wait: { type: 'string', default: '900' },
    as: { type: 'string', default: 'cochair' },
    indonesian: { type: 'boolean', default: false },
    'max-load': { type: 'string', default: '0.5' },
  },
});
const RUNS = Number(opts.runs);
const MAX_LOAD = Number(opts['max-load']);
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

if (!opts['no-build']) {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const port = 4397;
const { base, stop } = await startServer({ port, data: 'mock-api/db.seed.json' });

async function quiet() {
  const limit = Date.now() + Number(opts.wait) * 1000;
  for (;;) {
    const load = loadavg()[0];
    if (load < MAX_LOAD) return console.log(`1-minute load ${load.toFixed(2)}: measuring.`);
    if (Date.now() > limit) {
      console.error(
        `The 1-minute load is ${load.toFixed(2)}, above ${MAX_LOAD}, after waiting ${opts.wait} s: ` +
          'Lighthouse figures on a busy machine steer nothing. Try again when it is quiet.',
      );
      stop();
      process.exit(2);
    }
    console.log(`1-minute load ${load.toFixed(2)}: waiting for it to fall below ${MAX_LOAD}…`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
}

function lighthouse(url, { desktop, cookie }) {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(desktop ? ['--preset=desktop'] : []),
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_BIN ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with ${code}`));
      const report = JSON.parse(out);
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      resolve({
        score: Math.round(report.categories.performance.score * 100),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        benchmarkIndex: report.environment?.benchmarkIndex ?? NaN,
        finalUrl: report.finalDisplayedUrl ?? report.finalUrl,
        lcpElement: lcpElement(report),
      });
    });
  });
}

/**
 * What the LCP was: the page's placeholder title painted before the app, or the app's own
 * figures. Only a larger element replaces the placeholder, so a score can hide how long the
 * figures took: the element is printed beside it.
 */
function lcpElement(report) {
  const table = report.audits['largest-contentful-paint-element']?.details?.items?.[0];
  const node = table?.items?.[0]?.node;
  const label = (node?.nodeLabel ?? '?').replace(/\s+/g, ' ').trim();
  return label.length > 30 ? `${label.slice(0, 29)}…` : label;
}

/**
 * A run Lighthouse itself could not record (NO_NAVSTART, a lost trace) is made again, at most
 * twice, and said: it is the tool failing, not a figure to drop.
 */
async function attempts(run) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`(${error.message}: run again)`);
    }
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)}`;
const row = (cells) => `| ${cells.join(' | ')} |`;

await quiet();
// The language is kept on the account, not the session: each signed-in target signs in and
// chooses its language just before its own runs.
const targets = [
  { page: '/overview', language: 'en', who: `${opts.as} (English)` },
  { page: '/sign-in', language: null, who: 'signed out' },
];
if (opts.indonesian)
  targets.push({ page: '/overview', language: 'id', who: `${opts.as} (Bahasa Indonesia)` });

const summary = [];
console.log(
  row([
    'page',
    'who',
    'form',
    'run',
    'score',
    'FCP ms',
    'LCP ms',
    'TBT ms',
    'CLS',
    'benchmark',
    'LCP element',
  ]),
);
console.log(row(Array(11).fill('---')));
for (const target of targets) {
  const cookie = target.language ? await sessionCookie(base, opts.as, target.language) : null;
  for (const desktop of [false, true]) {
    const runs = [];
    for (let i = 1; i <= RUNS; i++) {
      const r = await attempts(() => lighthouse(`${base}${target.page}`, { desktop, cookie }));
      if (cookie && !r.finalUrl.includes(target.page))
        throw new Error(`Not signed in: Lighthouse landed on ${r.finalUrl}`);
      runs.push(r);
      console.log(
        row([
          target.page,
          target.who,
          desktop ? 'desktop' : 'mobile',
          String(i),
          String(r.score),
          ms(r.fcp),
          ms(r.lcp),
          ms(r.tbt),
          r.cls.toFixed(3),
          ms(r.benchmarkIndex),
          r.lcpElement,
        ]),
      );
    }
    summary.push({ target, desktop, runs });
  }
}

console.log(`\nMedians of ${RUNS} runs (spread: lowest–highest)\n`);
console.log(
  row(['page', 'who', 'form', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'benchmark']),
);
console.log(row(Array(9).fill('---')));
for (const { target, desktop, runs } of summary) {
  const cell = (key, format = ms) => {
    const xs = runs.map((r) => r[key]);
    return `${format(median(xs))} (${format(Math.min(...xs))}–${format(Math.max(...xs))})`;
  };
  console.log(
    row([
      target.page,
      target.who,
      desktop ? 'desktop' : 'mobile',
      cell('score', String),
      cell('fcp'),
      cell('lcp'),
      cell('tbt'),
      cell('cls', (x) => x.toFixed(3)),
      cell('benchmarkIndex'),
    ]),
  );
}
stop();
