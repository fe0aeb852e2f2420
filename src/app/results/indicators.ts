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
import { assess, Assessment, AssessmentInput, Status, StatusThresholds } from './status';
import type { Contribution } from './contribution';

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

/**
 * Where a figure would lie if the records that lack a classification were classified: `low` is
 * the figure (only the records that certainly count), `high` counts every record that could
 * belong too. When the two ends give different statuses the status is 'depends'.
 */
export interface FigureBounds {
  high: Figure;
  /** Records that could belong: classifying them decides the figure. */
  undecided: number;
  lowStatus: Status;
  highStatus: Status;
}

export interface IndicatorPeriodResult extends Assessment {
  period: Period;
  actual: Figure;
  target: number | null;
  /** True while the period has started but not ended on `today`. */
  running: boolean;
  /** Non-empty when activities lacking a classification could belong to the figure. */
  unclassified: Unclassified[];
  /**
   * For a count, sum or distinct indicator that selects by classification, when records of
   * the period lack one and could belong; null otherwise.
   */
  bounds: FigureBounds | null;
  /**
   * In a view narrowed by working group, member or type: the slice's contribution to the RSO's
   * figure, and whose status `status` is (see contribution.ts). Absent for the RSO as a whole.
   */
  contribution?: Contribution;
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
 * per-period measure (count, sum, reported flow) sums each year's target pro-rated by the days
 * of the range in that year; anything else (a level, a stock, a cumulative or distinct count)
 * takes the target of the year the range ends in. A year without a target leaves the range
 * without one.
 */
export function targetFor(indicator: Indicator, period: Period, firstMonth = 1): number | null {
  if (period.granularity === 'framework') return indicator.frameworkTarget;
  const stored = storedTarget(indicator, period.key);
  if (stored !== null || (period.granularity !== 'custom' && period.granularity !== 'since'))
    return stored;
  const first = yearStartingBefore(period.start, firstMonth);
  const last = yearStartingBefore(period.end, firstMonth);
  // Distinct counts do not add up across years (7 working groups a year are 7 over three).
  const summable =
    isAdditive(indicator.measure) &&
    indicator.measure.kind !== 'distinct' &&
    indicator.cumulation === 'period';
  if (!summable) return storedTarget(indicator, yearPeriod(last, firstMonth).key);
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
 * sorted by end date (see indicatorActivities) and `actuals` its reported actuals; `widened`,
 * for an indicator that selects by classification, the records that count or could count
 * (see CountedActivities.widened).
 */
export function evaluateIndicator(
  indicator: Indicator,
  periods: readonly Period[],
  counted: readonly Activity[],
  actuals: readonly ReportedValue[],
  ctx: EvaluationContext,
  unclassified: readonly UnclassifiedList[] = [],
  widened: readonly Activity[] | null = null,
): IndicatorResult {
  const reported = indicator.measure.kind === 'reported';
  // Additive measures accrue over a period; stock values (latest) and levels are expected in
  // full from the period's start.
  const paced = isAdditive(indicator.measure) && indicator.cumulation !== 'latest';
  const bounded = widened !== null && hasBounds(indicator.measure);
  let months: MonthPartials | null = null;
  const results = periods.map((asked): IndicatorPeriodResult => {
    const period = insideFramework(asked, ctx.frameworkStart);
    const start = figureStart(indicator, period, ctx.frameworkStart);
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
    const notStarted = ctx.today < period.start;
    // Nothing can have been delivered in a period that has not started.
    if (notStarted) actual = { value: null, records: 0, known: 0, unknown: 0 };
    const target = targetFor(indicator, period, ctx.firstMonth);
    const input: AssessmentInput = {
      actual: actual.value,
      target,
      baseline: indicator.baseline.value,
      direction: indicator.direction,
      paced,
      pathStart: start,
      period,
      today: ctx.today,
      thresholds: ctx.thresholds,
    };
    const assessment = assess(input);
    let bounds: FigureBounds | null = null;
    if (bounded && !notStarted) {
      const [from, to] = rangeOf(widened, start, period.end);
      const [countedFrom, countedTo] = rangeOf(counted, start, period.end);
      const undecided = to - from - (countedTo - countedFrom);
      if (undecided > 0) {
        const high = computeMeasure(widened, indicator.measure, ctx, from, to);
        const highStatus = assess({ ...input, actual: high.value }).status;
        bounds = { high, undecided, lowStatus: assessment.status, highStatus };
      }
    }
    return {
      period,
      actual,
      target,
      running: ctx.today >= period.start && ctx.today < period.end,
      unclassified: notStarted ? [] : countUnclassified(unclassified, start, period.end),
      ...assessment,
      bounds,
      // Missing classification never reads as a verdict: where classifying the undecided
      // records could change the status, it depends on them.
      status: bounds && bounds.highStatus !== bounds.lowStatus ? 'depends' : assessment.status,
    };
  });
  return { indicator, periods: results };
}

/**
 * A range that is not a standard period (since a meeting, between meetings, custom) and starts
 * before the framework reported on is assessed over its part inside the framework: the
 * framework's targets say nothing about the time before it. The result's period says which
 * dates the figure covers. Standard periods (a year, a half-year) are kept as they are.
 */
export function insideFramework(period: Period, frameworkStart: IsoDate): Period {
  const range = period.granularity === 'custom' || period.granularity === 'since';
  return range && period.start < frameworkStart && period.end >= frameworkStart
    ? { ...period, start: frameworkStart }
    : period;
}

/** Measures whose figure can only grow with more records: count, sum and distinct. */
function hasBounds(measure: Indicator['measure']): boolean {
  return measure.kind === 'count' || measure.kind === 'sum' || measure.kind === 'distinct';
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

/**
 * Where an indicator's figure for a period starts counting: cumulative indicators from the
 * framework start; a period that began earlier (e.g. "since the 6th Ministerial Conference")
 * keeps its own start.
 */
export function figureStart(
  indicator: Indicator,
  period: Period,
  frameworkStart: IsoDate,
): IsoDate {
  return indicator.cumulation === 'cumulative'
    ? minStart(frameworkStart, period.start)
    : period.start;
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
  /**
   * For an indicator that selects by classification: the records it counts and those that
   * could count, sorted by end date — a record could count when, for every classification the
   * filter names, it matches or has none recorded (one with another value recorded never
   * does). Null for an indicator that does not select by classification.
   */
  widened(indicator: Indicator): readonly Activity[] | null;
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
      reported ? null : counted.widened(indicator),
    );
  });
}

/** The dates any of the periods can reach (back to the framework start for cumulative indicators). */
export function reachOf(
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
  interface Unplaced {
    lists: readonly UnclassifiedList[];
    widened: readonly Activity[];
  }
  const unplacedShared = new Map<string, Unplaced | null>();
  const unplaced = (indicator: Indicator): Unplaced | null => {
    const filter = indicator.filter;
    const fields = CLASSIFICATIONS.filter((f) => filter?.[f]?.length);
    if (!filter || fields.length === 0) return null;
    const key = JSON.stringify(filter);
    let found = unplacedShared.get(key);
    if (found === undefined) {
      // What the filter would select if classification were not asked for.
      const rest = { ...filter };
      for (const f of CLASSIFICATIONS) delete rest[f];
      const candidates = select(rest);
      const checks = fields.map((field) => {
        const wanted = new Set(filter[field]);
        return (a: Activity) => a[field].length === 0 || a[field].some((v) => wanted.has(v));
      });
      found = {
        lists: fields.map((field) => ({
          field,
          activities: candidates.filter((a) => a[field].length === 0),
        })),
        widened: candidates.filter((a) => checks.every((check) => check(a))),
      };
      unplacedShared.set(key, found);
    }
    return found;
  };
  return Object.assign((indicator: Indicator) => select(indicator.filter), {
    unclassified: (indicator: Indicator) => unplaced(indicator)?.lists ?? [],
    widened: (indicator: Indicator) => unplaced(indicator)?.widened ?? null,
  });
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
  const start = figureStart(indicator, period, frameworkStart);
  const [from, to] = rangeOf(counted, start, period.end);
  return counted.slice(from, to);
}
