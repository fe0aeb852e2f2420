/**
 * Month partials: one accumulator per calendar month of an indicator's activities. Every
 * standard period (month, quarter, half, year, framework) is a run of whole months, so its
 * figure is a merge of a few partials instead of a scan of its records.
 */
import type { Activity, Measure } from '../domain/schema';
import { addDays } from '../domain/dates';
import { Figure } from './figure';
import { Accumulator, accumulate, finish, merge, MeasureContext, newAccumulator } from './measures';

export interface MonthPartials {
  /** `YYYY-MM`, ascending, only months with activities. */
  months: string[];
  partials: Accumulator[];
}

/** Builds month partials from activities sorted by end date. */
export function monthPartials(
  sorted: readonly Activity[],
  measure: Measure,
  ctx: MeasureContext,
): MonthPartials {
  const months: string[] = [];
  const partials: Accumulator[] = [];
  // Runs of records ending in the same month, each added to its month's totals in one go.
  for (let from = 0; from < sorted.length;) {
    const month = sorted[from].endDate.slice(0, 7);
    let to = from + 1;
    while (to < sorted.length && sorted[to].endDate.startsWith(month)) to++;
    const partial = newAccumulator(measure);
    accumulate(partial, sorted, measure, ctx, from, to);
    months.push(month);
    partials.push(partial);
    from = to;
  }
  return { months, partials };
}

/** True when [start, end] is a run of whole calendar months. */
export function isWholeMonths(start: string, end: string): boolean {
  return start.endsWith('-01') && addDays(end, 1).endsWith('-01');
}

function firstAtOrAfter(months: readonly string[], month: string): number {
  let lo = 0;
  let hi = months.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (months[mid] < month) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The figure for whole months [start, end] (see isWholeMonths). */
export function figureFromMonths(
  index: MonthPartials,
  measure: Measure,
  start: string,
  end: string,
): Figure {
  const from = firstAtOrAfter(index.months, start.slice(0, 7));
  const to = firstAtOrAfter(index.months, addDays(end, 1).slice(0, 7));
  const acc = newAccumulator(measure);
  for (let i = from; i < to; i++) merge(acc, index.partials[i]);
  return finish(acc, measure);
}
