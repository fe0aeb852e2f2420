/**
 * Selectors that turn state into results by calling the engine. Every figure on screen comes
 * from here; components never compute results.
 */
import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';
import type { Activity } from '../core/schema';
import { maxDate, minDate } from '../results/dates';
import { bySex } from '../results/disaggregate';
import {
  compileFilter,
  DEFAULT_STATUSES,
  filterActivities,
  rangeOf,
  sortByEndDate,
} from '../results/filter';
import type { ReferenceIds } from '../core/rules';
import { deliveryOverTime, headline, statusByGroup, statusMix } from '../results/headline';
import {
  contributingActivities,
  countedActivities,
  EvaluationContext,
  evaluateIndicators,
  frameworkIndicators,
  IndicatorResult,
} from '../results/indicators';
import { MeasureContext } from '../results/measures';
import { frameworkPeriod, periodsBetween } from '../results/periods';
import { checkActivities, QualityReference } from '../results/quality';
import { DEFAULT_THRESHOLDS, StatusThresholds } from '../results/status';
import { activitiesFeature } from './activities';
import { selectGlobalActivityFilter, selectQueryParams, selectSelectedPeriod } from './filter';
import { referenceFeature } from './reference';

export const selectMeasureContext = createSelector(
  referenceFeature.selectMembers,
  (members): MeasureContext => ({
    memberStates: new Set(
      members.filter((m) => m.kind === 'state' && m.status === 'member').map((m) => m.code),
    ),
  }),
);

/** Activities passing the global filter (type, working group, member), every status, by end date. */
export const selectFilteredActivities = createSelector(
  activitiesFeature.selectAll,
  selectGlobalActivityFilter,
  (activities, filter) => sortByEndDate(filterActivities(activities, filter)),
);

/** Filtered activities that end within the selected period. */
export const selectPeriodActivities = createSelector(
  selectFilteredActivities,
  selectSelectedPeriod,
  (sorted, { period }) => {
    if (!period) return [];
    const [from, to] = rangeOf(sorted, period.start, period.end);
    return sorted.slice(from, to);
  },
);

export const selectQualityReference = createSelector(
  referenceFeature.selectData,
  referenceFeature.selectToday,
  (data, today): QualityReference | null =>
    data && {
      memberCodes: new Set(data.members.map((m) => m.code)),
      goalIds: new Set(data.goals.map((g) => g.id)),
      purposeIds: new Set(data.purposes.map((p) => p.id)),
      functionIds: new Set(data.functions.map((f) => f.id)),
      workingGroupIds: new Set(data.workingGroups.map((w) => w.id)),
      today,
    },
);

/** Every rule violation among the loaded activities. */
export const selectQualityIssues = createSelector(
  activitiesFeature.selectAll,
  selectQualityReference,
  (activities, ref) => (ref ? checkActivities(activities, ref) : []),
);

/** Records the API sent that failed the schema and were set aside. */
export const selectRejectedRecords = createSelector(
  referenceFeature.selectRejected,
  activitiesFeature.selectRejected,
  (a, b) => [...a, ...b],
);

/**
 * Whether figures can be computed: the framework and the activity records have both arrived
 * (records kept from an earlier load count while a reload is under way). Until then every
 * figure is unknown, never zero, so the views below show no figures at all.
 */
export const selectFiguresReady = createSelector(
  referenceFeature.selectData,
  activitiesFeature.selectStatus,
  activitiesFeature.selectTotal,
  (data, status, total) => data !== null && (status === 'loaded' || total > 0),
);

/** Loading and error status of everything the dashboard needs, for banners. */
export const selectLoadState = createSelector(
  referenceFeature.selectStatus,
  referenceFeature.selectError,
  activitiesFeature.selectStatus,
  activitiesFeature.selectError,
  selectFiguresReady,
  activitiesFeature.selectTotal,
  (refStatus, refError, actStatus, actError, ready, total) => ({
    loading: refStatus === 'loading' || actStatus === 'loading',
    error: refError ?? actError,
    hasData: ready,
    activityCount: total,
  }),
);

export const selectThresholds = createSelector(
  referenceFeature.selectSettings,
  (settings): StatusThresholds =>
    settings
      ? { onTrack: settings.onTrackThreshold, atRisk: settings.atRiskThreshold }
      : DEFAULT_THRESHOLDS,
);

export const selectEvaluationContext = createSelector(
  selectMeasureContext,
  referenceFeature.selectToday,
  referenceFeature.selectCurrentFramework,
  selectThresholds,
  (measure, today, framework, thresholds): EvaluationContext => ({
    ...measure,
    today,
    frameworkStart: framework?.start ?? '1900-01-01',
    thresholds,
  }),
);

/**
 * The indicators of the framework being reported on: every status count ("12 of 21 on
 * track"), the IPTT and the goal pages use these, never another framework's.
 */
export const selectFrameworkIndicators = createSelector(
  referenceFeature.selectIndicators,
  referenceFeature.selectCurrentFramework,
  (indicators, framework) => frameworkIndicators(indicators, framework?.id ?? null),
);

/** Completed activities ending in the selected period (global filter applied). */
export const selectPeriodCompleted = createSelector(selectPeriodActivities, (list) =>
  list.filter((a) => a.status === 'completed'),
);

/**
 * The activities each indicator counts, for the current global filter. They do not depend on
 * the period, so a period change only slices these lists.
 */
export const selectCountedActivities = createSelector(
  selectFrameworkIndicators,
  selectFilteredActivities,
  (_indicators, activities) => countedActivities(activities),
);

/** Every indicator for the selected period. */
export const selectPeriodResults = createSelector(
  selectFrameworkIndicators,
  selectFilteredActivities,
  referenceFeature.selectActuals,
  selectSelectedPeriod,
  selectEvaluationContext,
  selectCountedActivities,
  (indicators, activities, actuals, { period }, ctx, counted): IndicatorResult[] =>
    period ? evaluateIndicators({ indicators, activities, actuals }, [period], ctx, counted) : [],
);

export const selectMemberStateCount = createSelector(
  selectMeasureContext,
  (ctx) => ctx.memberStates.size,
);

export const selectOverview = createSelector(
  selectPeriodCompleted,
  selectMeasureContext,
  selectPeriodResults,
  selectSelectedPeriod,
  referenceFeature.selectSettings,
  referenceFeature.selectGoals,
  selectFiguresReady,
  (completed, ctx, results, { period }, settings, goals, ready) => {
    if (!period || !ready) return null;
    const mix = statusMix(results);
    return {
      period,
      headline: headline(completed, ctx),
      memberStatesTotal: ctx.memberStates.size,
      delivery: deliveryOverTime(completed, period, settings?.yearStartMonth ?? 1),
      sex: bySex(completed),
      statusMix: mix,
      indicators: results.length,
      byGoal: statusByGroup(
        results,
        goals.map((g) => g.id),
        'goals',
      ),
    };
  },
);

export type Granularity = 'year' | 'half' | 'quarter';
const GRANULARITIES: readonly Granularity[] = ['year', 'half', 'quarter'];

export const selectIpttGranularity = createSelector(selectQueryParams, (params): Granularity => {
  const g = params?.['g'];
  return GRANULARITIES.includes(g) ? g : 'year';
});

/** The IPTT: every indicator for each period of the chosen granularity within the selected period, then the whole framework. */
export const selectIptt = createSelector(
  selectFrameworkIndicators,
  selectFilteredActivities,
  referenceFeature.selectActuals,
  selectSelectedPeriod,
  selectIpttGranularity,
  referenceFeature.selectCurrentFramework,
  referenceFeature.selectSettings,
  selectEvaluationContext,
  selectFiguresReady,
  (indicators, activities, actuals, { period }, granularity, framework, settings, ctx, ready) => {
    if (!period || !framework || !ready) return null;
    const periods = [
      ...periodsBetween(granularity, period.start, period.end, settings?.yearStartMonth ?? 1),
      frameworkPeriod(framework),
    ];
    return {
      periods,
      results: evaluateIndicators({ indicators, activities, actuals }, periods, ctx),
    };
  },
);

const { selectRouteParam } = getRouterSelectors();
export const selectRouteId = selectRouteParam('id');

/** One indicator: its result for the selected period, its yearly trend against targets, narratives and activities. */
export const selectIndicatorDetail = createSelector(
  selectRouteId,
  referenceFeature.selectIndicators,
  selectFilteredActivities,
  referenceFeature.selectActuals,
  referenceFeature.selectNarratives,
  selectSelectedPeriod,
  referenceFeature.selectCurrentFramework,
  referenceFeature.selectSettings,
  selectEvaluationContext,
  selectFiguresReady,
  (
    id,
    indicators,
    activities,
    actuals,
    narratives,
    { period },
    framework,
    settings,
    ctx,
    ready,
  ) => {
    if (!ready) return null;
    const indicator = indicators.find((i) => i.id === id);
    if (!indicator || !period || !framework)
      return indicator === undefined && indicators.length ? { missing: true as const } : null;
    const firstMonth = settings?.yearStartMonth ?? 1;
    const targetYears = indicator.targets
      .filter((t) => /^\d{4}$/.test(t.period))
      .map((t) => t.period)
      .sort();
    const trendStart = minDate(
      framework.start,
      `${targetYears[0] ?? framework.start.slice(0, 4)}-01-01`,
    );
    const trendEnd = maxDate(framework.end, `${targetYears.at(-1) ?? ctx.today.slice(0, 4)}-12-31`);
    const trend = periodsBetween('year', trendStart, trendEnd, firstMonth);
    const [current] = evaluateIndicators(
      { indicators: [indicator], activities, actuals },
      [period, frameworkPeriod(framework)],
      ctx,
    );
    const [yearly] = evaluateIndicators(
      { indicators: [indicator], activities, actuals },
      trend,
      ctx,
    );
    return {
      missing: false as const,
      indicator,
      current: current.periods[0],
      framework: current.periods[1],
      trend: yearly.periods,
      narratives: narratives
        .filter((n) => n.indicator === indicator.id)
        .sort((a, b) => (a.period < b.period ? 1 : -1)),
      activities: contributingActivities(indicator, period, activities, ctx.frameworkStart),
    };
  },
);

/** A goal or purpose (by route id): its indicators for the selected period and the activities that contributed. */
export const selectGoalDetail = createSelector(
  selectRouteId,
  referenceFeature.selectGoals,
  referenceFeature.selectPurposes,
  selectPeriodResults,
  selectPeriodCompleted,
  referenceFeature.selectNarratives,
  selectFiguresReady,
  (id, goals, purposes, results, completed, narratives, ready) => {
    if (!ready) return null;
    const goal = goals.find((g) => g.id === id);
    const purpose = purposes.find((p) => p.id === id);
    const item = goal ?? purpose;
    if (!item) return goals.length ? { missing: true as const } : null;
    const key = goal ? ('goals' as const) : ('purposes' as const);
    const mine = results.filter((r) => r.indicator[key].includes(item.id));
    return {
      missing: false as const,
      kind: goal ? ('goal' as const) : ('purpose' as const),
      item,
      results: mine,
      counts: statusMix(mine),
      activities: completed.filter((a) => a[key].includes(item.id)),
      narratives: narratives.filter((n) => n.goal === item.id),
    };
  },
);

/** Goals and purposes with the status of their indicators and the activities behind them, for the list page. */
export const selectGoalsOverview = createSelector(
  referenceFeature.selectGoals,
  referenceFeature.selectPurposes,
  selectPeriodResults,
  selectPeriodCompleted,
  selectFiguresReady,
  (goals, purposes, results, completed, ready) => {
    if (!ready) return null;
    const row =
      (key: 'goals' | 'purposes') => (item: { id: string; code: string; title: string }) => {
        const [status] = statusByGroup(results, [item.id], key);
        return {
          ...item,
          status,
          activities: completed.filter((a) => a[key].includes(item.id)).length,
        };
      };
    return { goals: goals.map(row('goals')), purposes: purposes.map(row('purposes')) };
  },
);

/** Drill-down filters an activity list can carry on top of the global filter. */
export interface ActivityDrill {
  status: string | null;
  goal: string | null;
  purpose: string | null;
  indicator: string | null;
}

export const selectActivityDrill = createSelector(selectQueryParams, (params): ActivityDrill => ({
  status: typeof params?.['status'] === 'string' ? params['status'] : null,
  goal: typeof params?.['goal'] === 'string' ? params['goal'] : null,
  purpose: typeof params?.['purpose'] === 'string' ? params['purpose'] : null,
  indicator: typeof params?.['indicator'] === 'string' ? params['indicator'] : null,
}));

/** The activities of the selected period after the global filter and any drill-down. */
export const selectActivityList = createSelector(
  selectPeriodActivities,
  selectFilteredActivities,
  selectActivityDrill,
  referenceFeature.selectIndicators,
  selectSelectedPeriod,
  selectEvaluationContext,
  (inPeriod, filtered, drill, indicators, { period }, ctx) => {
    const indicator = drill.indicator
      ? (indicators.find((i) => i.id === drill.indicator) ?? null)
      : null;
    let list: readonly Activity[] =
      indicator && period
        ? contributingActivities(indicator, period, filtered, ctx.frameworkStart)
        : inPeriod;
    if (drill.status) list = list.filter((a) => a.status === drill.status);
    if (drill.goal) list = list.filter((a) => a.goals.includes(drill.goal!));
    if (drill.purpose) list = list.filter((a) => a.purposes.includes(drill.purpose!));
    return { drill, indicator, activities: [...list].reverse() };
  },
);

export const selectRouteActivity = createSelector(
  selectRouteId,
  activitiesFeature.selectEntities,
  (id, entities) => (id ? (entities[id] ?? null) : null),
);

/** Ids of everything an activity may refer to, for the form's and the API's reference rules. */
export const selectReferenceIds = createSelector(
  referenceFeature.selectData,
  (data): ReferenceIds => ({
    frameworks: new Set(data?.frameworks.map((f) => f.id)),
    goals: new Set(data?.goals.map((g) => g.id)),
    purposes: new Set(data?.purposes.map((p) => p.id)),
    functions: new Set(data?.functions.map((f) => f.id)),
    workingGroups: new Set(data?.workingGroups.map((w) => w.id)),
    members: new Set(data?.members.map((m) => m.code)),
    indicators: new Set(data?.indicators.map((i) => i.id)),
  }),
);

/** One activity with the indicators it counts toward (those whose filter it passes). */
export const selectActivityDetail = createSelector(
  selectRouteActivity,
  referenceFeature.selectIndicators,
  selectQualityIssues,
  (activity, indicators, issues) =>
    activity && {
      activity,
      indicators: indicators.filter(
        (i) => i.measure.kind !== 'reported' && compileFilter(i.filter, DEFAULT_STATUSES)(activity),
      ),
      issues: issues.filter((q) => q.id === activity.id),
    },
);
