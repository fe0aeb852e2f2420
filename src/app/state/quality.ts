/** The ids records may refer to, and every rule violation among the loaded activities. */
import { createSelector } from '@ngrx/store';
import type { ReferenceIds } from '../domain/rules';
import { checkActivities, QualityReference } from '../results/quality';
import { activitiesFeature } from './activities';
import { referenceFeature } from './reference';

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
    frameworkSpans: new Map(data?.frameworks.map((f) => [f.id, { start: f.start, end: f.end }])),
    firstMonth: data?.settings.yearStartMonth ?? 1,
  }),
);

export const selectQualityReference = createSelector(
  referenceFeature.selectData,
  selectReferenceIds,
  referenceFeature.selectToday,
  (data, refs, today): QualityReference | null => data && { refs, today },
);

/** Every rule violation among the loaded activities. */
export const selectQualityIssues = createSelector(
  activitiesFeature.selectAll,
  selectQualityReference,
  (activities, ref) => (ref ? checkActivities(activities, ref) : []),
);
