/** The overview's figures: headline numbers, delivery over time and status summaries. */
import type { Activity, ActivityType } from '../domain/schema';
import { Figure } from './figure';
import { computeMeasure, MeasureContext } from './measures';
import { periodsBetween, Period } from './periods';
import { rangeOf, sortByEndDate } from './filter';
import type { IndicatorResult } from './indicators';
import { daysInclusive } from '../domain/dates';
import { Status, STATUSES } from './status';

export interface Headline {
  /** Completed activities ending in the period. */
  delivered: Figure;
  /** Participants in them (unknown totals left out, and counted as coverage). */
  participants: Figure;
  /** Women as a % of participants whose sex is recorded (ratio of sums). */
  womenShare: Figure;
  /** Distinct member states that took part. */
  memberStates: Figure;
}

const WOMEN_SHARE = {
  kind: 'ratio',
  numerator: { kind: 'sum', field: 'participants.female' },
  denominator: { kind: 'sum', field: 'participants.sexKnown' },
  scale: 100,
} as const;

/** Headline figures over completed activities (pass the activities of one period). */
export function headline(completed: readonly Activity[], ctx: MeasureContext): Headline {
  return {
    delivered: computeMeasure(completed, { kind: 'count' }, ctx),
    participants: computeMeasure(completed, { kind: 'sum', field: 'participants.total' }, ctx),
    womenShare: computeMeasure(completed, WOMEN_SHARE, ctx),
    memberStates: computeMeasure(completed, { kind: 'distinct', field: 'memberStates' }, ctx),
  };
}

/** The granularity that gives a readable number of bars for a period. */
export function bucketGranularity(period: Period): 'month' | 'quarter' | 'year' {
  const days = daysInclusive(period.start, period.end);
  return days <= 400 ? 'month' : days <= 366 * 4 ? 'quarter' : 'year';
}

export interface DeliveryBucket {
  period: Period;
  /** The part of the bucket inside the selected period (the first and last may be cut). */
  range: { start: string; end: string };
  /** Completed activities per type ending in the bucket. */
  byType: Partial<Record<ActivityType, number>>;
  /** Those whose type is not recorded: counted in the total, never dropped. */
  typeNotRecorded: number;
  total: number;
}

/** Completed activities per bucket and type, for a stacked chart. */
export function deliveryOverTime(
  completed: readonly Activity[],
  period: Period,
  firstMonth = 1,
): DeliveryBucket[] {
  const sorted = sortByEndDate(completed);
  return periodsBetween(bucketGranularity(period), period.start, period.end, firstMonth).map(
    (bucket) => {
      const range = {
        start: bucket.start < period.start ? period.start : bucket.start,
        end: bucket.end > period.end ? period.end : bucket.end,
      };
      const [from, to] = rangeOf(sorted, range.start, range.end);
      const byType: Partial<Record<ActivityType, number>> = {};
      let typeNotRecorded = 0;
      for (let i = from; i < to; i++) {
        const type = sorted[i].type;
        if (type === null) typeNotRecorded++;
        else byType[type] = (byType[type] ?? 0) + 1;
      }
      return { period: bucket, range, byType, typeNotRecorded, total: to - from };
    },
  );
}

export type StatusCounts = Record<Status, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** How many indicators are in each status, for the first period of each result. */
export function statusMix(results: readonly IndicatorResult[], periodIndex = 0): StatusCounts {
  const counts = emptyStatusCounts();
  for (const r of results) {
    const p = r.periods[periodIndex];
    if (p) counts[p.status]++;
  }
  return counts;
}

export interface GroupStatus {
  id: string;
  counts: StatusCounts;
  indicators: number;
}

/** Status counts of the indicators that measure each goal (or purpose). */
export function statusByGroup(
  results: readonly IndicatorResult[],
  groupIds: readonly string[],
  key: 'goals' | 'purposes',
  periodIndex = 0,
): GroupStatus[] {
  return groupIds.map((id) => {
    const mine = results.filter((r) => r.indicator[key].includes(id));
    return { id, counts: statusMix(mine, periodIndex), indicators: mine.length };
  });
}
