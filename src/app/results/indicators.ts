/**
 * Indicator results: for each indicator and period, the actual (with coverage), the target,
 * what was expected by today, progress and status.
 */
import type { Activity, ActivityFilter, Actual, Indicator } from '../domain/schema';

/** What the engine reads of a reported actual: the value, its date and its indicator. */
export type ReportedValue = Pick<Actual, 'id' | 'indicator' | 'date' | 'value'>;
import { daysInclusive, IsoDate } from '../domain/dates';
import { Figure } from './figure';
import { DEFAULT_STATUSES, filterActivities, rangeOf, sortByEndDate } from './filter';
import { canAccumulate, computeMeasure, isAdditive, MeasureContext } from './measures';
import { figureFromMonths, isWholeMonths, monthPartials, MonthPartials } from './monthly';
import { type Period, yearPeriod, yearStartingBefore } from './periods';
import { assess, Assessment, StatusThresholds } from './status';

/** The classifications an indicator's filter can select activities by. */
export const CLASSIFICATIONS = ['goals', 'purposes', 'functions', 'workingGroups'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * Activities of the period that the indicator would count but cannot place, because they lack
 * a classification its filter selects by: the figure may be low by up to their number.
 */
export interface Unclassified {
  field: Classification;
  count: number;
}

export interface IndicatorPeriodResult extends Assessment {
  period: Period;
  actual: Figure;
  target: number | null;
  /** True while the period has started but not ended on `today`. */
  running: boolean;
  /** Non-empty when activities lacking a classification could belong to the figure. */
  unclassified: Unclassified[];
}

export interface IndicatorResult {
  indicator: Indicator;
  periods: IndicatorPeriodResult[];
}

export interface EvaluationContext extends MeasureContext {
  today: IsoDate;
  /** Start of the framework: where cumulative indicators start counting. */
  frameworkStart: IsoDate;
  /** The month work-plan years start in (targets are stored per work-plan year). */
  firstMonth?: number;
  thresholds: StatusThresholds;
}

/** The indicators of one framework: status counts never mix frameworks. */
export function frameworkIndicators(
  indicators: readonly Indicator[],
  frameworkId: string | null,
): readonly Indicator[] {
  return frameworkId === null ? [] : indicators.filter((i) => i.framework === frameworkId);
}

/** The target stored for a period key, or null. */
function storedTarget(indicator: Indicator, key: string): number | null {
  return indicator.targets.find((t) => t.period === key)?.value ?? null;
}

/**
 * The target for a period: the framework target for the whole framework; the target stored
 * under the period's key; and for a range that is not a standard period ("since a meeting",
 * between two meetings, a custom range), one derived from the yearly targets — an additive
 * per-period measure sums each year's target pro-rated by the days of the range in that year,
 * anything else (a level, a stock, a cumulative count) takes the target of the year the range
 * ends in. A year without a target leaves the range without one.
 */
export function targetFor(indicator: Indicator, period: Period, firstMonth = 1): number | null {
  if (period.granularity === 'framework') return indicator.frameworkTarget;
  const stored = storedTarget(indicator, period.key);
  if (stored !== null || (period.granularity !== 'custom' && period.granularity !== 'since'))
    return stored;
  const first = yearStartingBefore(period.start, firstMonth);
  const last = yearStartingBefore(period.end, firstMonth);
  if (!isAdditive(indicator.measure) || indicator.cumulation !== 'period')
    return storedTarget(indicator, yearPeriod(last, firstMonth).key);
  let total = 0;
  for (let y = first; y <= last; y++) {
    const year = yearPeriod(y, firstMonth);
    const target = storedTarget(indicator, year.key);
    if (target === null) return null;
    const from = year.start < period.start ? period.start : year.start;
    const to = year.end > period.end ? period.end : year.end;
    total += (target * daysInclusive(from, to)) / daysInclusive(year.start, year.end);
  }
  return total;
}

/** The activities an indicator counts, sorted by end date, given the globally filtered ones. */
export function indicatorActivities(
  indicator: Indicator,
  activitiesByEnd: readonly Activity[],
): readonly Activity[] {
  return filterActivities(activitiesByEnd, indicator.filter, DEFAULT_STATUSES);
}

/** Reported actuals of one indicator as a figure for [start, end]. */
export function reportedFigure(
  actuals: readonly ReportedValue[],
  cumulation: Indicator['cumulation'],
  start: IsoDate,
  end: IsoDate,
): Figure {
  if (cumulation === 'latest') {
    let latest: ReportedValue | null = null;
    for (const a of actuals) if (a.date <= end && (!latest || a.date >= latest.date)) latest = a;
    return latest
      ? { value: latest.value, records: 1, known: 1, unknown: 0 }
      : { value: null, records: 0, known: 0, unknown: 0 };
  }
  let sum = 0;
  let n = 0;
  for (const a of actuals) {
    if (a.date < start || a.date > end) continue;
    sum += a.value;
    n++;
  }
  return { value: n > 0 ? sum : null, records: n, known: n, unknown: 0 };
}

/**
 * Evaluates one indicator for every period. `counted` must be the indicator's activities
 * sorted by end date (see indicatorActivities) and `actuals` its reported actuals.
 */
export function evaluateIndicator(
  indicator: Indicator,
  periods: readonly Period[],
  counted: readonly Activity[],
  actuals: readonly ReportedValue[],
  ctx: EvaluationContext,
  unclassified: readonly UnclassifiedList[] = [],
): IndicatorResult {
  const reported = indicator.measure.kind === 'reported';
  // Additive measures accrue over a period; stock values (latest) and levels are expected in
  // full from the period's start.
  const paced = isAdditive(indicator.measure) && indicator.cumulation !== 'latest';
  let months: MonthPartials | null = null;
  const results = periods.map((period): IndicatorPeriodResult => {
    // Cumulative indicators count from the framework start; a period that began earlier
    // (e.g. "since the 6th Ministerial Conference") keeps its own start.
    const start =
      indicator.cumulation === 'cumulative'
        ? minStart(ctx.frameworkStart, period.start)
        : period.start;
    let actual: Figure;
    if (reported) {
      actual = reportedFigure(actuals, indicator.cumulation, start, period.end);
    } else if (
      periods.length > 2 &&
      canAccumulate(indicator.measure) &&
      isWholeMonths(start, period.end)
    ) {
      months ??= monthPartials(counted, indicator.measure, ctx);
      actual = figureFromMonths(months, indicator.measure, start, period.end);
    } else {
      const [from, to] = rangeOf(counted, start, period.end);
      actual = computeMeasure(counted, indicator.measure, ctx, from, to);
    }
    // Nothing can have been delivered in a period that has not started.
    if (ctx.today < period.start) actual = { value: null, records: 0, known: 0, unknown: 0 };
    const target = targetFor(indicator, period, ctx.firstMonth);
    const assessment = assess({
      actual: actual.value,
      target,
      baseline: indicator.baseline.value,
      direction: indicator.direction,
      paced,
      pathStart: start,
      period,
      today: ctx.today,
      thresholds: ctx.thresholds,
    });
    return {
      period,
      actual,
      target,
      running: ctx.today >= period.start && ctx.today < period.end,
      unclassified:
        ctx.today < period.start ? [] : countUnclassified(unclassified, start, period.end),
      ...assessment,
    };
  });
  return { indicator, periods: results };
}

function countUnclassified(
  lists: readonly UnclassifiedList[],
  start: IsoDate,
  end: IsoDate,
): Unclassified[] {
  const found: Unclassified[] = [];
  for (const { field, activities } of lists) {
    const [from, to] = rangeOf(activities, start, end);
    if (to > from) found.push({ field, count: to - from });
  }
  return found;
}

function minStart(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export interface IndicatorData {
  indicators: readonly Indicator[];
  /** Activities after the global filter (any status, any order). */
  activities: readonly Activity[];
  actuals: readonly ReportedValue[];
}

/** Activities, sorted by end date, that lack one classification an indicator selects by. */
export interface UnclassifiedList {
  field: Classification;
  activities: readonly Activity[];
}

/**
 * Which activities an indicator counts, sorted by end date; and, for an indicator that selects
 * by classification, those it would count but cannot place for want of one.
 */
export type CountedActivities = ((indicator: Indicator) => readonly Activity[]) & {
  unclassified(indicator: Indicator): readonly UnclassifiedList[];
};

/**
 * Every indicator for every period, computed once per input. `counted` may be given when the
 * caller keeps the per-indicator lists across calls (they do not depend on the period).
 */
export function evaluateIndicators(
  data: IndicatorData,
  periods: readonly Period[],
  ctx: EvaluationContext,
  counted: CountedActivities = countedActivities(
    data.activities,
    reachOf(periods, data.indicators, ctx.frameworkStart),
  ),
): IndicatorResult[] {
  const actualsByIndicator = groupActuals(data.actuals);
  return data.indicators.map((indicator) => {
    const reported = indicator.measure.kind === 'reported';
    return evaluateIndicator(
      indicator,
      periods,
      reported ? [] : counted(indicator),
      actualsByIndicator.get(indicator.id) ?? [],
      ctx,
      reported ? [] : counted.unclassified(indicator),
    );
  });
}

/** The dates any of the periods can reach (back to the framework start for cumulative indicators). */
function reachOf(
  periods: readonly Period[],
  indicators: readonly Indicator[],
  frameworkStart: IsoDate,
): [IsoDate, IsoDate] {
  let first = indicators.some((i) => i.cumulation === 'cumulative') ? frameworkStart : '9999-12-31';
  let last = '0000-00-00';
  for (const p of periods) {
    if (p.start < first) first = p.start;
    if (p.end > last) last = p.end;
  }
  return [first, last];
}

/**
 * A look-up of the activities each indicator counts, sorted by end date: the completed ones
 * are picked out once, and indicators with the same filter share one list. With `reach`, only
 * activities ending within it are considered.
 */
export function countedActivities(
  activities: readonly Activity[],
  reach?: [IsoDate, IsoDate],
): CountedActivities {
  const byEnd = sortByEndDate(activities);
  let inReach = byEnd;
  if (reach) {
    const [from, to] = rangeOf(byEnd, reach[0], reach[1]);
    inReach = byEnd.slice(from, to);
  }
  const completed = filterActivities(inReach, undefined, DEFAULT_STATUSES);
  const shared = new Map<string, readonly Activity[]>();
  const select = (filter: ActivityFilter | undefined): readonly Activity[] => {
    if (!filter || Object.values(filter).every((v) => !v?.length)) return completed;
    const key = JSON.stringify(filter);
    let list = shared.get(key);
    if (!list) {
      list = filter.statuses?.length
        ? filterActivities(inReach, filter)
        : filterActivities(completed, filter);
      shared.set(key, list);
    }
    return list;
  };
  const unclassifiedShared = new Map<string, readonly UnclassifiedList[]>();
  const unclassified = (indicator: Indicator): readonly UnclassifiedList[] => {
    const filter = indicator.filter;
    const fields = CLASSIFICATIONS.filter((f) => filter?.[f]?.length);
    if (!filter || fields.length === 0) return [];
    const key = JSON.stringify(filter);
    let lists = unclassifiedShared.get(key);
    if (!lists) {
      // What the filter would select if classification were not asked for.
      const rest = { ...filter };
      for (const f of CLASSIFICATIONS) delete rest[f];
      const candidates = select(rest);
      lists = fields.map((field) => ({
        field,
        activities: candidates.filter((a) => a[field].length === 0),
      }));
      unclassifiedShared.set(key, lists);
    }
    return lists;
  };
  return Object.assign((indicator: Indicator) => select(indicator.filter), { unclassified });
}

export function groupActuals(actuals: readonly ReportedValue[]): Map<string, ReportedValue[]> {
  const map = new Map<string, ReportedValue[]>();
  for (const a of actuals) {
    const list = map.get(a.indicator);
    if (list) list.push(a);
    else map.set(a.indicator, [a]);
  }
  return map;
}

/** The activities behind one indicator's figure for a period (for drill-down). */
export function contributingActivities(
  indicator: Indicator,
  period: Period,
  activities: readonly Activity[],
  frameworkStart: IsoDate,
): Activity[] {
  if (indicator.measure.kind === 'reported') return [];
  const counted = indicatorActivities(indicator, sortByEndDate(activities));
  const start =
    indicator.cumulation === 'cumulative' ? minStart(frameworkStart, period.start) : period.start;
  const [from, to] = rangeOf(counted, start, period.end);
  return counted.slice(from, to);
}
