/**
 * Selectors that turn state into results by calling the engine. Every figure on screen comes
 * from here; components never compute results.
 */
import { createSelector } from '@ngrx/store';
import { filterActivities, rangeOf, sortByEndDate } from '../results/filter';
import { MeasureContext } from '../results/measures';
import { checkActivities, QualityReference } from '../results/quality';
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

/** Loading and error status of everything the dashboard needs, for banners. */
export const selectLoadState = createSelector(
  referenceFeature.selectStatus,
  referenceFeature.selectError,
  activitiesFeature.selectStatus,
  activitiesFeature.selectError,
  referenceFeature.selectData,
  activitiesFeature.selectTotal,
  (refStatus, refError, actStatus, actError, data, total) => ({
    loading: refStatus === 'loading' || actStatus === 'loading',
    error: refError ?? actError,
    hasData: data !== null,
    activityCount: total,
  }),
);
