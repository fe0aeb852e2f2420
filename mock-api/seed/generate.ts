/**
 * Writes the demonstration data set. Same options, same bytes: rerunning never changes it.
 *   npm run seed                                  → mock-api/db.seed.json (committed)
 *   npm run seed -- --activities 50000 --out mock-api/data/large.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, generateDataset } from './generator';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: String(DEFAULT_OPTIONS.activities) },
    seed: { type: 'string', default: String(DEFAULT_OPTIONS.seed) },
    out: { type: 'string', default: 'mock-api/db.seed.json' },
  },
});

const dataset = generateDataset({
  ...DEFAULT_OPTIONS,
  activities: Number(values.activities),
  seed: Number(values.seed),
});
const out = resolve(values.out!);
// The working-data folder is git-ignored, so a fresh clone does not have it yet.
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset, null, 1) + '\n');
console.log(
  `Wrote ${dataset.activities.length} activities, ${dataset.indicators.length} indicators to ${out}`,
);
