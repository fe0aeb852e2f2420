/**
 * Benchmark of the results engine (a script that prints figures, never a timed test):
 *   npm run bench
 * For 1 000, 10 000 and 100 000 generated activities it prints the time to compute every
 * indicator for every period of the framework, the time of one filter change and of one period
 * change, the floor — the least work that produces the same figures — the ratio engine ÷ floor,
 * and the heap used.
 */
import { generateDataset, DEFAULT_OPTIONS } from '../mock-api/seed/generator';
import type { Activity, Indicator } from '../src/app/domain/schema';
import { compileFilter, DEFAULT_STATUSES } from '../src/app/results/filter';
import type { Figure } from '../src/app/results/figure';
import {
  accumulate,
  canAccumulate,
  finish,
  MeasureContext,
  newAccumulator,
} from '../src/app/results/measures';
import type { Period } from '../src/app/results/periods';
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

/**
 * The floor: the least work that produces the same figures. One pass over the records, adding
 * each to every indicator × period bucket it belongs to — the indicator's filter passes and the
 * record ends in the period, found by binary search per granularity — with the engine's own
 * accumulators, then each bucket finished. (Ratios of ratios, which cannot accumulate, and
 * reported indicators are left out of both sides of the comparison below.)
 */
function bucketFloor(
  activities: readonly Activity[],
  indicators: readonly Indicator[],
  periods: readonly Period[],
  ctx: MeasureContext,
): (Figure | null)[][] {
  const byGranularity = new Map<string, { period: Period; index: number }[]>();
  periods.forEach((period, index) => {
    const list = byGranularity.get(period.granularity) ?? [];
    list.push({ period, index });
    byGranularity.set(period.granularity, list);
  });
  const groups = [...byGranularity.values()].map((list) =>
    list.sort((a, b) => (a.period.start < b.period.start ? -1 : 1)),
  );
  const checks = indicators.map((i) => compileFilter(i.filter, DEFAULT_STATUSES));
  const live = indicators.map((i) => canAccumulate(i.measure));
  const buckets = indicators.map((i) => periods.map(() => newAccumulator(i.measure)));
  const hits: number[] = [];
  for (let r = 0; r < activities.length; r++) {
    const end = activities[r]!.endDate;
    hits.length = 0;
    for (const group of groups) {
      let lo = 0;
      let hi = group.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (group[mid]!.period.start <= end) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found >= 0 && group[found]!.period.end >= end) hits.push(group[found]!.index);
    }
    if (!hits.length) continue;
    for (let k = 0; k < indicators.length; k++) {
      if (!live[k] || !checks[k]!(activities[r]!)) continue;
      const measure = indicators[k]!.measure;
      for (const b of hits) accumulate(buckets[k]![b]!, activities, measure, ctx, r, r + 1);
    }
  }
  return buckets.map((row, k) =>
    live[k] ? row.map((acc) => finish(acc, indicators[k]!.measure)) : row.map(() => null),
  );
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
  const floor = time(runs, () => bucketFloor(data.activities, data.indicators, periods, ctx));
  // The floor must give the engine's figures, or the ratio means nothing: compare every
  // per-period (not cumulative) indicator computed from activities.
  const engine = evaluateIndicators({ ...data }, periods, ctx);
  const floored = bucketFloor(data.activities, data.indicators, periods, ctx);
  let compared = 0;
  let agree = 0;
  data.indicators.forEach((indicator, k) => {
    if (indicator.cumulation !== 'period' || indicator.measure.kind === 'reported') return;
    periods.forEach((_, p) => {
      const mine = floored[k]![p];
      if (!mine) return;
      compared++;
      const theirs = engine[k]!.periods[p]!.actual;
      if (
        Math.abs((mine.value ?? NaN) - (theirs.value ?? NaN)) < 1e-9 ||
        (mine.value === null && theirs.value === null)
      )
        agree++;
    });
  });
  if (agree !== compared)
    throw new Error(`The floor disagrees with the engine: ${agree} of ${compared} figures equal.`);
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
      floor.toFixed(1),
      (all / floor).toFixed(1),
      `${agree}/${compared}`,
      `${totalHeapMb.toFixed(0)} (${heapMb >= 0 ? '+' : ''}${heapMb.toFixed(0)})`,
    ].join(' | '),
  );
}
console.log(
  'activities | indicators×periods | sort on load ms | all indicators ms | filter change ms | period change ms | floor ms | engine÷floor | floor = engine | heap MB (during)',
);
for (const r of rows) console.log(r);
