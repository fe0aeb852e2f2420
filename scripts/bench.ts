/**
 * Benchmark of the results engine (a script that prints figures, never a timed test):
 *   npm run bench
 * For 1 000, 10 000 and 100 000 generated activities it prints the time to compute every
 * indicator for every period of the framework, the time of one filter change, the time of one
 * plain loop over the same records (the floor), the ratio engine ÷ floor, and the heap used.
 */
import { generateDataset, DEFAULT_OPTIONS } from '../mock-api/seed/generator';
import type { Activity } from '../src/app/domain/schema';
import {
  countedActivities,
  evaluateIndicators,
  EvaluationContext,
} from '../src/app/results/indicators';
import { filterActivities, sortByEndDate } from '../src/app/results/filter';
import { frameworkPeriod, periodsBetween, yearPeriod } from '../src/app/results/periods';
import { DEFAULT_THRESHOLDS } from '../src/app/results/status';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The floor: one plain loop over the records, reading one field of each. */
function plainLoop(activities: readonly Activity[]): number {
  let sum = 0;
  for (const a of activities) sum += a.participants.total ?? 0;
  return sum;
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rows: string[] = [];
for (const n of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
  const generated = generateDataset({ ...DEFAULT_OPTIONS, activities: n });
  // The dashboard sorts the records once when they load (a memoised selector); filters keep the order.
  const sortMs = time(3, () => sortByEndDate([...generated.activities].reverse()));
  const data = { ...generated, activities: sortByEndDate(generated.activities) };
  const framework = data.frameworks[0];
  const periods = [
    ...(['year', 'half', 'quarter', 'month'] as const).flatMap((g) =>
      periodsBetween(g, framework.start, framework.end),
    ),
    frameworkPeriod(framework),
  ];
  const ctx: EvaluationContext = {
    today: DEFAULT_OPTIONS.today,
    frameworkStart: framework.start,
    thresholds: DEFAULT_THRESHOLDS,
    memberStates: new Set(
      data.members.filter((m) => m.kind === 'state' && m.status === 'member').map((m) => m.code),
    ),
  };
  const runs = n >= 100_000 ? 5 : 15;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const all = time(runs, () => evaluateIndicators({ ...data }, periods, ctx));
  // A filter change as the dashboard does it: refilter the records, then evaluate the
  // selected period and the framework's years (the views on screen).
  const visible = [
    yearPeriod(2019),
    yearPeriod(2018),
    yearPeriod(2020),
    frameworkPeriod(framework),
  ];
  const filterChange = time(runs, () =>
    evaluateIndicators(
      {
        ...data,
        activities: filterActivities(data.activities, { types: ['training', 'workshop'] }),
      },
      visible,
      ctx,
    ),
  );
  // A period change as the dashboard does it: the per-indicator lists are kept (they do not
  // depend on the period); one period is evaluated.
  const counted = countedActivities(data.activities);
  const periodChange = time(runs, () =>
    evaluateIndicators({ ...data }, [yearPeriod(2019)], ctx, counted),
  );
  const floor = time(runs * 4, () => plainLoop(data.activities));
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
  const totalHeapMb = process.memoryUsage().heapUsed / 1_048_576;
  rows.push(
    [
      n.toLocaleString('en'),
      `${data.indicators.length}×${periods.length}`,
      sortMs.toFixed(1),
      all.toFixed(1),
      filterChange.toFixed(1),
      periodChange.toFixed(1),
      floor.toFixed(2),
      (all / floor).toFixed(0),
      `${totalHeapMb.toFixed(0)} (${heapMb >= 0 ? '+' : ''}${heapMb.toFixed(0)})`,
    ].join(' | '),
  );
}
console.log(
  'activities | indicators×periods | sort on load ms | all indicators ms | filter change ms | period change ms | plain loop ms | engine÷floor | heap MB (during)',
);
for (const r of rows) console.log(r);
