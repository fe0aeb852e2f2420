// Runs the results-engine specs in Node under time zones at both ends of the clock, then
// checks that every indicator result for the seed data is byte-identical across them.
import { spawnSync } from 'node:child_process';

const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Bangkok', 'UTC'];
const run = (args, tz) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

let failed = false;
const digests = new Map();
for (const tz of zones) {
  const specs = run(
    ['node_modules/jasmine/bin/jasmine.js', '--config=scripts/jasmine-engine.json'],
    tz,
  );
  const summary =
    specs.stdout
      .trim()
      .split('\n')
      .filter((l) => /specs?, \d+ failures?/.test(l))
      .pop() ?? specs.stdout;
  console.log(`${tz.padEnd(20)} engine specs: ${summary}`);
  if (specs.status !== 0) {
    console.log(specs.stdout);
    failed = true;
  }
  const digest = run(['scripts/results-digest.ts'], tz);
  if (digest.status !== 0) failed = true;
  digests.set(tz, digest.stdout.trim());
}
const distinct = new Set(digests.values());
console.log(
  `results digest: ${[...distinct].join(', ')} (${distinct.size === 1 ? 'identical in every zone' : 'DIFFERS between zones'})`,
);
if (distinct.size !== 1) failed = true;
process.exit(failed ? 1 : 0);
