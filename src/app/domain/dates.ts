/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without local time: every conversion goes
 * through UTC day numbers, so results are identical in every time zone.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  const date = new Date(day * MS_PER_DAY);
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** First day of the month `months` after the month of (year, month). Month is 1-based. */
export function monthStart(year: number, month: number): IsoDate {
  const zeroBased = year * 12 + (month - 1);
  return isoFromParts(Math.floor(zeroBased / 12), (zeroBased % 12) + 1, 1);
}

/** Number of days from `start` to `end`, both included. */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** True for a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && fromDayNumber(dayNumber(value)) === value;
}

/** The `months` months starting at (year, month); months past 12 roll into later years. */
export function monthSpan(
  year: number,
  month: number,
  months: number,
): { start: IsoDate; end: IsoDate } {
  return { start: monthStart(year, month), end: addDays(monthStart(year, month + months), -1) };
}

/**
 * The dates of a stored period key — `2019` (work-plan year), `2019-H1`, `2019-Q3` (halves and
 * quarters of it) or `2019-07` (a calendar month) — for years starting in `firstMonth`; null
 * for anything else.
 */
export function periodKeySpan(
  key: string,
  firstMonth = 1,
): { start: IsoDate; end: IsoDate } | null {
  const m = /^(\d{4})(?:-H([12])|-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return monthSpan(year, firstMonth + (Number(m[2]) - 1) * 6, 6);
  if (m[3]) return monthSpan(year, firstMonth + (Number(m[3]) - 1) * 3, 3);
  if (m[4]) return monthSpan(year, Number(m[4]), 1);
  return monthSpan(year, firstMonth, 12);
}
