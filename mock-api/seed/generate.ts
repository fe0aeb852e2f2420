/**
 * Writes the demonstration data set. Same options, same bytes: rerunning never changes it.
 *   npm run seed                                  → mock-api/db.seed.json (committed, as of SEED_TODAY)
 *   npm run seed -- --today 2028-03-15 --out mock-api/data/2028.json
 *   npm run seed -- --activities 50000 --out mock-api/data/large.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetText, demonstrationOptions, generateDataset, SEED_TODAY } from './generator';

const { values } = parseArgs({
  options: {
    today: { type: 'string', default: SEED_TODAY },
    activities: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string', default: 'mock-api/db.seed.json' },
  },
});

const demonstration = demonstrationOptions(values.today);
const dataset = generateDataset({
  ...demonstration,
  activities: Number(values.activities ?? demonstration.activities),
  seed: Number(values.seed ?? demonstration.seed),
});
const out = resolve(values.out!);
// The working-data folder is git-ignored, so a fresh clone does not have it yet.
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, datasetText(dataset));
console.log(
  `Wrote ${dataset.activities.length} activities, ${dataset.indicators.length} indicators to ${out}`,
);
