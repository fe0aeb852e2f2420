/** Which activities count: an indicator's filter and the dashboard's global filter. */
import type { Activity, ActivityFilter, ActivityStatus } from '../domain/schema';

/** Indicators count completed activities unless their filter says otherwise. */
export const DEFAULT_STATUSES: readonly ActivityStatus[] = ['completed'];

type Check = (a: Activity) => boolean;

function anyOf(wanted: readonly string[], pick: (a: Activity) => readonly string[]): Check {
  const set = new Set(wanted);
  return (a) => {
    for (const v of pick(a)) if (set.has(v)) return true;
    return false;
  };
}

function oneOf(wanted: readonly string[], pick: (a: Activity) => string | null): Check {
  const set = new Set<string | null>(wanted);
  // An unknown value (null) is never one of the wanted ones: unknown status is not completed.
  return (a) => set.has(pick(a));
}

/**
 * Compiles a filter into one predicate: only the lists that are set are checked, each through
 * a Set. Statuses default to `defaultStatuses` when given (indicators count completed
 * activities); without it (the global filter) every status passes.
 */
export function compileFilter(
  filter: ActivityFilter | undefined,
  defaultStatuses?: readonly ActivityStatus[],
): Check {
  const checks: Check[] = [];
  const statuses = filter?.statuses?.length ? filter.statuses : defaultStatuses;
  if (statuses?.length) checks.push(oneOf(statuses, (a) => a.status));
  if (filter?.types?.length) checks.push(oneOf(filter.types, (a) => a.type));
  if (filter?.modalities?.length) checks.push(oneOf(filter.modalities, (a) => a.modality));
  if (filter?.goals?.length) checks.push(anyOf(filter.goals, (a) => a.goals));
  if (filter?.purposes?.length) checks.push(anyOf(filter.purposes, (a) => a.purposes));
  if (filter?.functions?.length) checks.push(anyOf(filter.functions, (a) => a.functions));
  if (filter?.workingGroups?.length)
    checks.push(anyOf(filter.workingGroups, (a) => a.workingGroups));
  if (filter?.members?.length)
    checks.push(anyOf(filter.members, (a) => a.members.map((m) => m.code)));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0];
  return (a) => checks.every((check) => check(a));
}

/** True when the activity passes every list of the filter (see compileFilter). */
export function matchesFilter(
  activity: Activity,
  filter: ActivityFilter | undefined,
  defaultStatuses?: readonly ActivityStatus[],
): boolean {
  return compileFilter(filter, defaultStatuses)(activity);
}

export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter | undefined,
  defaultStatuses?: readonly ActivityStatus[],
): readonly Activity[] {
  const check = compileFilter(filter, defaultStatuses);
  return activities.filter(check);
}

/**
 * Activities sorted by end date: the order every range look-up relies on. A list already in
 * that order (filtering keeps order) is returned as it is, so callers can sort once upstream.
 */
export function sortByEndDate(activities: readonly Activity[]): readonly Activity[] {
  let sorted = true;
  for (let i = 1; i < activities.length && sorted; i++)
    sorted = activities[i - 1].endDate <= activities[i].endDate;
  if (sorted) return activities;
  return [...activities].sort((a, b) =>
    a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0,
  );
}

/** Index of the first activity (sorted by end date) whose end date is ≥ `date`. */
export function lowerBound(sorted: readonly Activity[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].endDate < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of sorted activities ending within [start, end]. */
export function rangeOf(sorted: readonly Activity[], start: string, end: string): [number, number] {
  return [lowerBound(sorted, start), lowerBound(sorted, nextDayKey(end))];
}

/** A key just above `date` for string comparison (avoids date arithmetic in the hot path). */
function nextDayKey(date: string): string {
  return date + '\uffff';
}
