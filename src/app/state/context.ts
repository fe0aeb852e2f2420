/**
 * The shared context every screen's figures are computed in: the records after the global
 * filter, the selected period, the framework and its indicators, thresholds, readiness and
 * load state. Each screen's own view models are in its folder (features/<area>/*.selectors.ts).
 */
import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';
import { filterActivities, rangeOf } from '../results/filter';
import { evaluateView, isNarrowed, Slice } from '../results/contribution';
import {
  countedActivities,
  EvaluationContext,
  frameworkIndicators,
  IndicatorResult,
} from '../results/indicators';
import { MeasureContext } from '../results/measures';
import { DEFAULT_THRESHOLDS, StatusThresholds } from '../results/status';
import { activitiesFeature } from './activities';
import { selectGlobalActivityFilter, selectSelectedPeriod } from './filter';
import { referenceFeature } from './reference';

export const selectMeasureContext = createSelector(
  referenceFeature.selectMembers,
  (members): MeasureContext => ({
    memberStates: new Set(
      members.filter((m) => m.kind === 'state' && m.status === 'member').map((m) => m.code),
    ),
  }),
);

/**
 * Activities passing the global filter (type, working group, member), every status, oldest
 * first by end date: the store keeps them in that order, and filtering keeps it.
 */
export const selectFilteredActivities = createSelector(
  activitiesFeature.selectAll,
  selectGlobalActivityFilter,
  (activities, filter) => filterActivities(activities, filter),
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

export const selectThresholds = createSelector(
  referenceFeature.selectSettings,
  (settings): StatusThresholds =>
    settings
      ? { onTrack: settings.onTrackThreshold, atRisk: settings.atRiskThreshold }
      : DEFAULT_THRESHOLDS,
);

/** The first month of the work-plan year (January unless settings say otherwise). */
export const selectFirstMonth = createSelector(
  referenceFeature.selectSettings,
  (settings) => settings?.yearStartMonth ?? 1,
);

export const selectEvaluationContext = createSelector(
  selectMeasureContext,
  referenceFeature.selectToday,
  referenceFeature.selectCurrentFramework,
  selectThresholds,
  selectFirstMonth,
  (measure, today, framework, thresholds, firstMonth): EvaluationContext => ({
    ...measure,
    today,
    frameworkStart: framework?.start ?? '1900-01-01',
    thresholds,
    firstMonth,
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

/**
 * What indicator results are computed from: the framework's indicators, the filtered records,
 * all records and the filter (a narrowed view shows contributions), the actuals.
 */
export const selectIndicatorInputs = createSelector(
  selectFrameworkIndicators,
  selectFilteredActivities,
  activitiesFeature.selectAll,
  referenceFeature.selectActuals,
  selectGlobalActivityFilter,
  (indicators, activities, all, actuals, filter) => ({
    indicators,
    activities,
    all,
    actuals,
    slice: isNarrowed(filter) ? filter : null,
  }),
);

/** The activities each indicator counts for the RSO as a whole, whatever the filter. */
const selectRsoCountedActivities = createSelector(
  selectFrameworkIndicators,
  activitiesFeature.selectAll,
  (_indicators, activities) => countedActivities(activities),
);

/** The global filter's lists when they narrow the view to part of the RSO; null for the whole RSO. */
export const selectSlice = createSelector(selectGlobalActivityFilter, (filter): Slice | null =>
  isNarrowed(filter) ? filter : null,
);

/**
 * Every indicator for the selected period: the RSO's results, or under a filter the slice's
 * contribution with the RSO's status (or the group's against a target of its own).
 */
export const selectPeriodResults = createSelector(
  selectIndicatorInputs,
  selectSelectedPeriod,
  selectEvaluationContext,
  selectCountedActivities,
  selectRsoCountedActivities,
  (inputs, { period }, ctx, counted, rsoCounted): IndicatorResult[] =>
    period ? evaluateView(inputs, [period], ctx, counted, rsoCounted) : [],
);

export const selectMemberStateCount = createSelector(
  selectMeasureContext,
  (ctx) => ctx.memberStates.size,
);

const { selectRouteParam } = getRouterSelectors();
export const selectRouteId = selectRouteParam('id');

export const selectRouteActivity = createSelector(
  selectRouteId,
  activitiesFeature.selectEntities,
  (id, entities) => (id ? (entities[id] ?? null) : null),
);
