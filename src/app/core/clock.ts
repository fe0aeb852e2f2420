import { InjectionToken } from '@angular/core';
import { isoFromParts, IsoDate } from '../domain/dates';

/** Today's date on the user's own calendar (local date parts, never UTC). */
export function localToday(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Where the app reads "today" from: replaceable in tests, so figures do not depend on the run date. */
export const TODAY = new InjectionToken<() => IsoDate>('TODAY', {
  providedIn: 'root',
  factory: () => () => localToday(),
});
