/** The activity list's and the activity page's view models. */
import type { Params } from '@angular/router';
import { createSelector } from '@ngrx/store';
import type { Activity } from '../../domain/schema';
import { compileFilter, DEFAULT_STATUSES } from '../../results/filter';
import { contributingActivities } from '../../results/indicators';
import {
  selectEvaluationContext,
  selectFilteredActivities,
  selectFrameworkIndicators,
  selectPeriodActivities,
  selectRouteActivity,
} from '../../state/context';
import { selectQualityIssues } from '../../state/quality';
import { selectQueryParams, selectSelectedPeriod } from '../../state/filter';
import { referenceFeature } from '../../state/reference';

/** Drill-down filters an activity list can carry on top of the global filter. */
export interface ActivityDrill {
  status: string | null;
  /** A goal id, or NOT_RECORDED_PARAM for activities that record none. */
  goal: string | null;
  purpose: string | null;
  /** A working group (the alignment matrix's column; the global filter is separate). */
  group: string | null;
  indicator: string | null;
}

/**
 * The drill-down value for "not recorded": `~` cannot be part of a record id, so it never
 * clashes with one, and stays readable in a URL.
 */
export const NOT_RECORDED_PARAM = '~';

const param = (params: Params | undefined, name: string) =>
  typeof params?.[name] === 'string' && params[name] ? (params[name] as string) : null;

export const selectActivityDrill = createSelector(selectQueryParams, (params): ActivityDrill => ({
  status: param(params, 'status'),
  goal: param(params, 'goal'),
  purpose: param(params, 'purpose'),
  group: param(params, 'group'),
  indicator: param(params, 'indicator'),
}));

/** Keeps the activities classified under `wanted`, or those with none recorded. */
function classifiedAs(
  list: readonly Activity[],
  wanted: string | null,
  pick: (a: Activity) => readonly string[],
): readonly Activity[] {
  if (!wanted) return list;
  if (wanted === NOT_RECORDED_PARAM) return list.filter((a) => pick(a).length === 0);
  return list.filter((a) => pick(a).includes(wanted));
}

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
    list = classifiedAs(list, drill.goal, (a) => a.goals);
    list = classifiedAs(list, drill.purpose, (a) => a.purposes);
    list = classifiedAs(list, drill.group, (a) => a.workingGroups);
    // The list shows the newest first: its own view of the records, reversed here only.
    return { drill, indicator, activities: [...list].reverse() };
  },
);

/**
 * One activity with the indicators of the reported framework it counts toward (those whose
 * filter it passes).
 */
export const selectActivityDetail = createSelector(
  selectRouteActivity,
  selectFrameworkIndicators,
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
