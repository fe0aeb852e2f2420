/** The activity list's and the activity page's view models. */
import { createSelector } from '@ngrx/store';
import type { Activity } from '../../domain/schema';
import { compileFilter, DEFAULT_STATUSES } from '../../results/filter';
import { contributingActivities } from '../../results/indicators';
import {
  selectEvaluationContext,
  selectFilteredActivities,
  selectPeriodActivities,
  selectRouteActivity,
} from '../../state/context';
import { selectQualityIssues } from '../../state/quality';
import { selectQueryParams, selectSelectedPeriod } from '../../state/filter';
import { referenceFeature } from '../../state/reference';

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
    // The list shows the newest first: its own view of the records, reversed here only.
    return { drill, indicator, activities: [...list].reverse() };
  },
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
