/**
 * Targets belong to the RSO as a whole. A view narrowed by working group, member or activity
 * type shows each indicator's contribution — the slice's figure beside the RSO's, and its share
 * where shares add up — and never judges the slice against a whole-RSO target: the status shown
 * is the RSO's, said to be the RSO's, unless one working group has set a target of its own for
 * the period (group targets), which is then the only thing the group is judged against.
 */
import type { IsoDate } from '../domain/dates';
import type { Activity, ActivityFilter, Indicator } from '../domain/schema';
import type { Figure } from './figure';
import { compileFilter, filterActivities, rangeOf } from './filter';
import {
  countedActivities,
  CountedActivities,
  EvaluationContext,
  evaluateIndicators,
  figureStart,
  IndicatorData,
  IndicatorPeriodResult,
  IndicatorResult,
  reachOf,
} from './indicators';
import type { Period } from './periods';

/** What narrows a view to part of the RSO: the global filter's lists. */
export type Slice = Pick<ActivityFilter, 'types' | 'workingGroups' | 'members'>;

export interface Contribution {
  /** The RSO's own result for the same period: its figure, target and status. */
  rso: IndicatorPeriodResult;
  /**
   * 'share': a count, sum or distinct count the slice's figure is part of; 'beside': a ratio or
   * mean, only comparable side by side (a share of a percentage means nothing); 'whole':
   * reported for the RSO as a whole, with no figure of the slice's own.
   */
  kind: 'share' | 'beside' | 'whole';
  /** The slice's figure ÷ the RSO's, for kind 'share' when both are known and the RSO's is not 0. */
  share: number | null;
  /**
   * Records the RSO's figure counts that could belong to the slice but lack what the slice is
   * chosen by (no working group, no member list, no type): the slice's figure is a lower bound
   * by up to this many records.
   */
  unplaced: number;
  /** Whose status the result carries: the RSO's, or the group's against its own target. */
  judgedBy: 'rso' | 'group';
  /** The working group judged against its own target (judgedBy 'group'). */
  group: string | null;
}

const listed = (list?: readonly string[]) => (list?.length ?? 0) > 0;

/** True when the filter narrows the view to part of the RSO. */
export function isNarrowed(slice: Slice | null | undefined): slice is Slice {
  return !!slice && (listed(slice.types) || listed(slice.workingGroups) || listed(slice.members));
}

/**
 * The one working group whose own targets can judge the slice: a filter that names exactly one
 * group and nothing else (a group's activities in one country are not what its target is for).
 */
export function sliceGroup(slice: Slice | null | undefined): string | null {
  if (!slice || listed(slice.types) || listed(slice.members)) return null;
  return slice.workingGroups?.length === 1 ? slice.workingGroups[0] : null;
}

/** The indicator as a working group is judged on it: its own targets in place of the RSO's. */
export function withGroupTargets(indicator: Indicator, group: string): Indicator {
  return {
    ...indicator,
    targets: (indicator.groupTargets ?? [])
      .filter((t) => t.workingGroup === group)
      .map(({ period, value }) => ({ period, value })),
    frameworkTarget: null,
  };
}

/** Reported actuals are the RSO's; counts and sums add up across slices; the rest do not. */
export function contributionKind(indicator: Indicator): Contribution['kind'] {
  const kind = indicator.measure.kind;
  if (kind === 'reported') return 'whole';
  return kind === 'count' || kind === 'sum' || kind === 'distinct' ? 'share' : 'beside';
}

const NO_FIGURE: Figure = { value: null, records: 0, known: 0, unknown: 0 };

/**
 * The records an indicator's RSO figure counts that the slice cannot place: for every list the
 * slice names, they either match it or have nothing recorded, and for at least one they have
 * nothing recorded.
 */
export function unplacedCounter(
  rsoCounted: CountedActivities,
  slice: Slice,
  frameworkStart: IsoDate,
): (indicator: Indicator, period: Period) => number {
  const matches = compileFilter(slice);
  const unknown: ((a: Activity) => boolean)[] = [];
  const couldMatch: ((a: Activity) => boolean)[] = [];
  const dimension = (
    wanted: readonly string[] | undefined,
    missing: (a: Activity) => boolean,
    match: (a: Activity) => boolean,
  ) => {
    if (!listed(wanted)) return;
    unknown.push(missing);
    couldMatch.push((a) => missing(a) || match(a));
  };
  dimension(
    slice.types,
    (a) => a.type === null,
    (a) => slice.types!.includes(a.type!),
  );
  dimension(
    slice.workingGroups,
    (a) => a.workingGroups.length === 0,
    (a) => a.workingGroups.some((g) => slice.workingGroups!.includes(g)),
  );
  dimension(
    slice.members,
    (a) => a.members.length === 0,
    (a) => a.members.some((m) => slice.members!.includes(m.code)),
  );
  return (indicator, period) => {
    if (indicator.measure.kind === 'reported') return 0;
    const list = rsoCounted(indicator);
    const [from, to] = rangeOf(list, figureStart(indicator, period, frameworkStart), period.end);
    let n = 0;
    for (let k = from; k < to; k++) {
      const a = list[k];
      if (!matches(a) && couldMatch.every((c) => c(a)) && unknown.some((u) => u(a))) n++;
    }
    return n;
  };
}

/**
 * The slice's results as the view shows them: the slice's figure with no whole-RSO target,
 * progress or verdict of its own; the RSO's status (judgedBy 'rso'); or, for a period where
 * the group has a target, the group's full result against it (judgedBy 'group').
 */
export function contributions(
  own: readonly IndicatorResult[],
  rso: readonly IndicatorResult[],
  grouped: readonly IndicatorResult[] | null,
  group: string | null,
  unplaced: (indicator: Indicator, period: Period) => number,
): IndicatorResult[] {
  return own.map((result, i) => {
    const kind = contributionKind(result.indicator);
    return {
      indicator: result.indicator,
      periods: result.periods.map((p, j): IndicatorPeriodResult => {
        const whole = rso[i].periods[j];
        const mine = kind === 'whole' ? NO_FIGURE : p.actual;
        const contribution: Contribution = {
          rso: whole,
          kind,
          share:
            kind === 'share' && mine.value !== null && whole.actual.value
              ? mine.value / whole.actual.value
              : null,
          // Only a part of a sum can be a lower bound; a ratio or mean could move either way.
          unplaced: kind === 'share' ? unplaced(result.indicator, p.period) : 0,
          judgedBy: 'rso',
          group: null,
        };
        const judged = grouped?.[i].periods[j];
        if (judged && judged.target !== null && kind !== 'whole')
          return { ...judged, contribution: { ...contribution, judgedBy: 'group', group } };
        return {
          ...p,
          actual: mine,
          target: null,
          expected: null,
          progress: null,
          score: null,
          bands: null,
          bounds: null,
          unclassified: kind === 'whole' ? [] : p.unclassified,
          status: whole.status,
          contribution,
        };
      }),
    };
  });
}

/** What a view's indicator figures are computed from, with the filter that narrows it. */
export interface ViewData extends IndicatorData {
  /** Every activity of the RSO, any status, when `activities` are those a filter keeps. */
  all?: readonly Activity[];
  /** The global filter's lists; without them (or with none set) the view is the RSO as a whole. */
  slice?: Slice | null;
}

/**
 * Every indicator for every period as a view shows it: the RSO's results, or, narrowed, the
 * slice's contribution (see contributions). `counted` (the filtered records') and `rsoCounted`
 * (all records') may be kept by the caller across calls.
 */
export function evaluateView(
  data: ViewData,
  periods: readonly Period[],
  ctx: EvaluationContext,
  counted?: CountedActivities,
  rsoCounted?: CountedActivities,
): IndicatorResult[] {
  if (!isNarrowed(data.slice) || !data.all) return evaluateIndicators(data, periods, ctx, counted);
  const { slice, all } = data;
  const allCounted =
    rsoCounted ?? countedActivities(all, reachOf(periods, data.indicators, ctx.frameworkStart));
  const rso = evaluateIndicators({ ...data, activities: all }, periods, ctx, allCounted);
  const own = evaluateIndicators(data, periods, ctx, counted);
  const group = sliceGroup(slice);
  const targeted = group
    ? data.indicators.some((i) => i.groupTargets?.some((t) => t.workingGroup === group))
    : false;
  const grouped = targeted
    ? evaluateIndicators(
        { ...data, indicators: data.indicators.map((i) => withGroupTargets(i, group!)) },
        periods,
        ctx,
        counted,
      )
    : null;
  return contributions(
    own,
    rso,
    grouped,
    group,
    unplacedCounter(allCounted, slice, ctx.frameworkStart),
  );
}

/** The activities the slice keeps, for callers that hold all of them. */
export function sliceActivities(
  all: readonly Activity[],
  slice: Slice | null,
): readonly Activity[] {
  return isNarrowed(slice) ? filterActivities(all, slice) : all;
}

/**
 * The RSO's own results behind a view's results: under a filter, what each contribution was
 * measured against; for the RSO as a whole, the results themselves. Status counts in a
 * narrowed view ("7 of 21 on track") are the RSO's and come from these.
 */
export function rsoResults(results: readonly IndicatorResult[]): readonly IndicatorResult[] {
  if (!results.some((r) => r.periods.some((p) => p.contribution))) return results;
  return results.map((r) => ({
    indicator: r.indicator,
    periods: r.periods.map((p) => p.contribution?.rso ?? p),
  }));
}

/** Results judged against a working group's own targets, for its own status counts. */
export function groupJudged(
  results: readonly IndicatorResult[],
  periodIndex = 0,
): IndicatorResult[] {
  return results.filter((r) => r.periods[periodIndex]?.contribution?.judgedBy === 'group');
}
