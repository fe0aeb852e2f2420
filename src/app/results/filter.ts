/** Which activities count: an indicator's filter and the dashboard's global filter. */
import type { Activity, ActivityFilter, ActivityStatus } from '../core/schema';

/** Indicators count completed activities unless their filter says otherwise. */
export const DEFAULT_STATUSES: readonly ActivityStatus[] = ['completed'];

function anyOf<T>(wanted: readonly T[] | undefined, actual: readonly T[]): boolean {
  if (!wanted || wanted.length === 0) return true;
  for (const value of actual) if (wanted.includes(value)) return true;
  return false;
}

function oneOf<T>(wanted: readonly T[] | undefined, actual: T): boolean {
  return !wanted || wanted.length === 0 || wanted.includes(actual);
}

/**
 * True when the activity passes every list of the filter. Statuses default to completed
 * only when `defaultStatuses` is given (indicators); the global filter shows every status.
 */
export function matchesFilter(
  activity: Activity,
  filter: ActivityFilter | undefined,
  defaultStatuses?: readonly ActivityStatus[],
): boolean {
  const statuses = filter?.statuses?.length ? filter.statuses : defaultStatuses;
  if (!oneOf(statuses, activity.status)) return false;
  if (!filter) return true;
  return (
    oneOf(filter.types, activity.type) &&
    oneOf(filter.modalities, activity.modality) &&
    anyOf(filter.goals, activity.goals) &&
    anyOf(filter.purposes, activity.purposes) &&
    anyOf(filter.functions, activity.functions) &&
    anyOf(filter.workingGroups, activity.workingGroups) &&
    (!filter.members?.length || activity.members.some((m) => filter.members!.includes(m.code)))
  );
}

export function filterActivities(
  activities: readonly Activity[],
  filter: ActivityFilter | undefined,
  defaultStatuses?: readonly ActivityStatus[],
): Activity[] {
  return activities.filter((a) => matchesFilter(a, filter, defaultStatuses));
}

/** Activities sorted by end date: the order every range look-up relies on. */
export function sortByEndDate(activities: readonly Activity[]): Activity[] {
  return [...activities].sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
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
