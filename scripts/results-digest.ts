/** Prints a hash of every indicator result for the seed data set: equal hashes, equal numbers. */
import '@angular/localize/init';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { periodLabel } from '../src/app/core/labels';
import type { Activity, Actual, Indicator, Member } from '../src/app/domain/schema';
import { DEFAULT_THRESHOLDS, evaluateIndicators, periodsBetween } from '../src/app/results';

const db = JSON.parse(readFileSync('mock-api/db.seed.json', 'utf8')) as {
  activities: Activity[];
  indicators: Indicator[];
  actuals: Actual[];
  members: Member[];
};
const periods = (['year', 'half', 'quarter', 'month'] as const).flatMap((g) =>
  periodsBetween(g, '2016-01-01', '2026-12-31'),
);
const results = evaluateIndicators(db, periods, {
  today: '2026-11-24',
  frameworkStart: '2018-01-01',
  thresholds: DEFAULT_THRESHOLDS,
  memberStates: new Set(
    db.members.filter((m) => m.kind === 'state' && m.status === 'member').map((m) => m.code),
  ),
});
// Periods are hashed with their label, as the screens show them; the indicator without its
// version, which says how often the record was saved, not what it computes.
const shown = results.map((r) => ({
  ...r,
  indicator: { ...r.indicator, version: undefined },
  periods: r.periods.map(({ period, ...rest }) => ({
    period: {
      key: period.key,
      label: periodLabel(period),
      granularity: period.granularity,
      start: period.start,
      end: period.end,
    },
    ...rest,
  })),
}));
console.log(createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 16));
