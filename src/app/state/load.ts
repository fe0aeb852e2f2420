/** Whether the data is in, loading or failed, and what was set aside: for banners and pages. */
import { createSelector } from '@ngrx/store';
import { activitiesFeature } from './activities';
import { referenceFeature } from './reference';

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
