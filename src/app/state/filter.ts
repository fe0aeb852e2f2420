/**
 * The global filter lives in the URL (query parameters), read through router-store, so any
 * view can be shared as a link and survives a reload.
 */
import { Params } from '@angular/router';
import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector, createSelectorFactory, resultMemoize } from '@ngrx/store';
import type { ActivityFilter } from '../domain/schema';
import { ACTIVITY_TYPES, ActivityType } from '../domain/vocabulary';
import { isIsoDate } from '../domain/dates';
import { Period, resolvePreset } from '../results/periods';
import { referenceFeature } from './reference';

export interface GlobalFilter {
  /** A period preset (see resolvePreset): `this-year`, `since:mc-7`, `year:2019`, `custom`… */
  period: string;
  from: string | null;
  to: string | null;
  workingGroups: string[];
  members: string[];
  types: ActivityType[];
}

export const DEFAULT_PERIOD = 'this-year';

function list(value: unknown): string[] {
  if (typeof value !== 'string' || !value) return [];
  return value.split(',').filter(Boolean);
}

function date(value: unknown): string | null {
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

export function filterFromParams(params: Params): GlobalFilter {
  const period = params['period'];
  return {
    period: typeof period === 'string' && period ? period : DEFAULT_PERIOD,
    from: date(params['from']),
    to: date(params['to']),
    workingGroups: list(params['wg']),
    members: list(params['member']),
    types: list(params['type']).filter((t): t is ActivityType =>
      (ACTIVITY_TYPES as readonly string[]).includes(t),
    ),
  };
}

/** Query parameters for a filter change; defaults and empties are removed from the URL. */
export function paramsFromFilter(change: Partial<GlobalFilter>): Params {
  const params: Params = {};
  if ('period' in change)
    params['period'] = change.period === DEFAULT_PERIOD ? null : change.period;
  if ('from' in change) params['from'] = change.from || null;
  if ('to' in change) params['to'] = change.to || null;
  if ('workingGroups' in change) params['wg'] = change.workingGroups?.join(',') || null;
  if ('members' in change) params['member'] = change.members?.join(',') || null;
  if ('types' in change) params['type'] = change.types?.join(',') || null;
  return params;
}

export const { selectQueryParams, selectUrl } = getRouterSelectors();

export const selectGlobalFilter = createSelector(selectQueryParams, (params) =>
  filterFromParams(params ?? {}),
);

/** The activity dimensions of the global filter, as an engine filter (every status). */
// Keeps the same object while only the period changes, so activity filtering is not redone.
export const selectGlobalActivityFilter = createSelectorFactory<object, ActivityFilter>(
  (projector) => resultMemoize(projector, sameActivityFilter),
)(selectGlobalFilter, (f: GlobalFilter): ActivityFilter => ({
  types: f.types,
  workingGroups: f.workingGroups,
  members: f.members,
}));

function sameActivityFilter(a: ActivityFilter, b: ActivityFilter): boolean {
  const same = (x?: readonly string[], y?: readonly string[]) =>
    (x ?? []).join(',') === (y ?? []).join(',');
  return (
    same(a.types, b.types) && same(a.workingGroups, b.workingGroups) && same(a.members, b.members)
  );
}

export interface SelectedPeriod {
  period: Period | null;
  /** The URL asked for a period that cannot be resolved (unknown meeting, incomplete range). */
  invalid: boolean;
}

export const selectSelectedPeriod = createSelector(
  selectGlobalFilter,
  referenceFeature.selectSettings,
  referenceFeature.selectCurrentFramework,
  referenceFeature.selectMeetings,
  referenceFeature.selectToday,
  (filter, settings, framework, meetings, today): SelectedPeriod => {
    if (!settings) return { period: null, invalid: false };
    const period = resolvePreset(filter.period, {
      today,
      firstMonth: settings.yearStartMonth,
      framework,
      meetings,
      from: filter.from,
      to: filter.to,
    });
    return { period, invalid: period === null };
  },
);
