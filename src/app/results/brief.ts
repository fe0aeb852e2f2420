/**
 * The co-chairs' brief: what was achieved in an interval — since a meeting, between two
 * meetings, or any period — against the interval before it. Built from the same functions as
 * the overview and the IPTT, so the same period gives the same figures.
 */
import { addDays, daysInclusive, IsoDate } from '../domain/dates';
import type { Activity } from '../domain/schema';
import { evaluateView, ViewData } from './contribution';
import { DEFAULT_STATUSES, filterActivities, rangeOf } from './filter';
import {
  Headline,
  headline,
  GroupStatus,
  StatusCounts,
  statusByGroup,
  statusMix,
} from './headline';
import { EvaluationContext, IndicatorResult } from './indicators';
import { customPeriod, MeetingAnchor, Period } from './periods';

/**
 * What an interval is compared with: the interval of the same length just before it (the
 * default: like for like), or the interval between the meetings before it (lengths differ, so
 * the brief states both and gives per-month figures).
 */
export type Comparison = 'same-length' | 'previous-meeting';

export interface ReportInterval {
  current: Period;
  previous: Period;
  comparison: Comparison;
}

const byDate = (meetings: readonly MeetingAnchor[]) =>
  [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The interval of the same length that ends the day before `period` starts. */
export function precedingPeriod(period: Period): Period {
  const end = addDays(period.start, -1);
  return customPeriod(addDays(end, 1 - daysInclusive(period.start, period.end)), end);
}

/** From the day after `from` to the day of `to` (a meeting's own day belongs to what led up to it). */
function betweenPeriod(from: MeetingAnchor, to: MeetingAnchor): Period {
  return {
    key: `between:${from.id}..${to.id}`,
    name: { kind: 'between', from: from.shortName, to: to.shortName },
    granularity: 'custom',
    start: addDays(from.date, 1),
    end: to.date,
  };
}

/**
 * What `current` is compared with: the interval of the same length just before it, or (asked
 * for) the interval leading up to `meeting` from the meeting before it, where there is one.
 */
function compared(
  meetings: MeetingAnchor[],
  meeting: MeetingAnchor,
  current: Period,
  comparison: Comparison,
): Pick<ReportInterval, 'previous' | 'comparison'> {
  const before = meetings.filter((m) => m.date < meeting.date).at(-1);
  return comparison === 'previous-meeting' && before
    ? { previous: betweenPeriod(before, meeting), comparison }
    : { previous: precedingPeriod(current), comparison: 'same-length' };
}

/** Since a meeting (up to today), against the interval before it (see Comparison). */
export function sinceMeetingInterval(
  meetings: readonly MeetingAnchor[],
  id: string,
  today: IsoDate,
  comparison: Comparison = 'same-length',
): ReportInterval | null {
  const sorted = byDate(meetings);
  const meeting = sorted.find((m) => m.id === id);
  if (!meeting || meeting.date >= today) return null;
  const current: Period = {
    key: `since:${meeting.id}`,
    name: { kind: 'since', meeting: meeting.shortName },
    granularity: 'since',
    start: addDays(meeting.date, 1),
    end: today,
  };
  return { current, ...compared(sorted, meeting, current, comparison) };
}

/** Between two meetings, against the interval before it (see Comparison). */
export function betweenMeetingsInterval(
  meetings: readonly MeetingAnchor[],
  fromId: string,
  toId: string,
  comparison: Comparison = 'same-length',
): ReportInterval | null {
  const sorted = byDate(meetings);
  const from = sorted.find((m) => m.id === fromId);
  const to = sorted.find((m) => m.id === toId);
  if (!from || !to || from.date >= to.date) return null;
  const current = betweenPeriod(from, to);
  return { current, ...compared(sorted, from, current, comparison) };
}

/** The latest meeting before today: the default "since". */
export function latestMeeting(meetings: readonly MeetingAnchor[], today: IsoDate) {
  return (
    byDate(meetings)
      .filter((m) => m.date < today)
      .at(-1) ?? null
  );
}

export interface BriefFigures {
  headline: Headline;
  status: StatusCounts;
}

export interface Brief {
  interval: ReportInterval;
  current: BriefFigures;
  previous: BriefFigures;
  /** Indicators of the framework reported on. */
  indicators: number;
  byGoal: GroupStatus[];
  /** Indicator results for the current interval (period 0) and the previous one (period 1). */
  results: IndicatorResult[];
  /** Completed activities of the interval, the largest (by known participants) first. */
  largest: Activity[];
  /** Member states that took part in the interval and in no completed activity before it. */
  firstReached: string[];
  /** Completed activities of the interval (for caveats and drill-down). */
  completed: readonly Activity[];
  /** The first day any activity of the RSO's records covers; null without records. */
  recordsBegin: IsoDate | null;
}

/** The earliest start date of the records: before it, no figure can be known. */
function earliestStart(activities: readonly Activity[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const a of activities) {
    const start = a.startDate ?? a.endDate;
    if (first === null || start < first) first = start;
  }
  return first;
}

export interface BriefInput extends ViewData {
  goalIds: readonly string[];
}

export function brief(input: BriefInput, interval: ReportInterval, ctx: EvaluationContext): Brief {
  const completed = filterActivities(input.activities, undefined, DEFAULT_STATUSES);
  const inRange = (p: Period) => {
    const [from, to] = rangeOf(completed, p.start, p.end);
    return completed.slice(from, to);
  };
  const now = inRange(interval.current);
  const before = inRange(interval.previous);
  const results = evaluateView(input, [interval.current, interval.previous], ctx);
  const reachedBefore = new Set<string>();
  const [, firstOfInterval] = rangeOf(completed, '0000-00-00', addDays(interval.current.start, -1));
  for (let i = 0; i < firstOfInterval; i++)
    for (const m of completed[i]!.members) reachedBefore.add(m.code);
  const firstReached = new Set<string>();
  for (const a of now)
    for (const m of a.members)
      if (ctx.memberStates.has(m.code) && !reachedBefore.has(m.code)) firstReached.add(m.code);
  return {
    interval,
    current: { headline: headline(now, ctx), status: statusMix(results, 0) },
    previous: { headline: headline(before, ctx), status: statusMix(results, 1) },
    indicators: results.length,
    byGoal: statusByGroup(results, input.goalIds, 'goals', 0),
    results,
    largest: [...now]
      .filter((a) => (a.participants.total ?? 0) > 0)
      .sort(
        (a, b) => b.participants.total! - a.participants.total! || (a.endDate < b.endDate ? 1 : -1),
      )
      .slice(0, 5),
    firstReached: [...firstReached].sort(),
    completed: now,
    recordsBegin: earliestStart(input.all ?? input.activities),
  };
}
