/** Progress toward a target and the RAG status that follows from it. */
import { daysInclusive, IsoDate } from '../domain/dates';
import type { Period } from './periods';

/**
 * 'depends': records lacking a classification the indicator selects by could move it across a
 * threshold — the status depends on missing data (see FigureBounds), never a verdict.
 */
export type Status =
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'depends'
  | 'no-data'
  | 'not-yet-due'
  | 'no-target'
  | 'no-baseline';

export const STATUSES: readonly Status[] = [
  'on-track',
  'at-risk',
  'off-track',
  'depends',
  'no-data',
  'no-target',
  'no-baseline',
  'not-yet-due',
];

export interface StatusThresholds {
  /** Share of what was expected by today at or above which an indicator is on track (0.9). */
  onTrack: number;
  /** Share at or above which it is at risk rather than off track (0.6). */
  atRisk: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { onTrack: 0.9, atRisk: 0.6 };

/** Share of the period elapsed by `today` (days, both ends included): 0 before it starts, 1 once it has ended. */
export function elapsedShare(start: IsoDate, end: IsoDate, today: IsoDate): number {
  if (today < start) return 0;
  if (today >= end) return 1;
  return daysInclusive(start, today) / daysInclusive(start, end);
}

/**
 * Share of the way from start to target that `actual` has come. Increasing indicators start
 * from zero; decreasing ones from their baseline, and without a baseline there is no way to
 * measure the way (null, never an invented figure). A decreasing indicator whose baseline is
 * already its target is held there: met while it stays at or below it. Null without a usable
 * target.
 */
export function progressToward(
  actual: number,
  target: number,
  direction: 'increase' | 'decrease',
  baseline: number | null,
): number | null {
  if (direction === 'increase') return target > 0 ? actual / target : null;
  if (baseline === null) return null;
  if (baseline === target) return actual <= target ? 1 : 0;
  return (baseline - actual) / (baseline - target);
}

export interface Assessment {
  /** Share of the target achieved (1 = met); null without a target or a value. */
  progress: number | null;
  /** Share of the target that should have been achieved by today. */
  expectedProgress: number;
  /** The value expected by today on a straight path to the target; null without a target. */
  expected: number | null;
  /** progress ÷ expectedProgress: what the status thresholds compare. */
  score: number | null;
  status: Status;
  /**
   * The progress at which the status changes — at risk from `atRisk`, on track from `onTrack`
   * (the thresholds × what was expected by today) — so a figure is never shown rounded across
   * one. Null where nothing was expected yet.
   */
  bands: { atRisk: number; onTrack: number } | null;
}

export interface AssessmentInput {
  actual: number | null;
  target: number | null;
  baseline: number | null;
  direction: 'increase' | 'decrease';
  /** Additive measures are pro-rated over a running period; levels (ratios, means) are not. */
  paced: boolean;
  /** The range over which the target accrues (the period, or framework start → period end). */
  pathStart: IsoDate;
  period: Period;
  today: IsoDate;
  thresholds: StatusThresholds;
}

export function assess(input: AssessmentInput): Assessment {
  const { actual, target, baseline, direction, period, today, thresholds } = input;
  const started = today >= period.start;
  // Before a period starts nothing is expected; levels and stock values are expected in full
  // once it has; additive measures accrue over the days of their path.
  const share = !started ? 0 : input.paced ? elapsedShare(input.pathStart, period.end, today) : 1;
  // Decreasing indicators travel from their baseline: without one there is no path.
  const pathOrigin = direction === 'decrease' ? baseline : 0;
  const expected =
    !started || target === null || pathOrigin === null
      ? null
      : pathOrigin + (target - pathOrigin) * share;
  const progress =
    actual === null || target === null ? null : progressToward(actual, target, direction, baseline);
  const bands =
    share > 0 ? { atRisk: thresholds.atRisk * share, onTrack: thresholds.onTrack * share } : null;
  const base = { progress, expectedProgress: share, expected, bands };

  if (!started) return { ...base, score: null, status: 'not-yet-due' };
  // A decreasing indicator's target of 0 (zero incidents) is a real target.
  if (target === null || (direction === 'increase' && target <= 0))
    return { ...base, score: null, status: 'no-target' };
  if (direction === 'decrease' && baseline === null)
    return { ...base, score: null, status: 'no-baseline' };
  if (actual === null || progress === null) return { ...base, score: null, status: 'no-data' };
  const score = share > 0 ? progress / share : null;
  if (score === null) return { ...base, score, status: 'not-yet-due' };
  const status: Status =
    score >= thresholds.onTrack ? 'on-track' : score >= thresholds.atRisk ? 'at-risk' : 'off-track';
  return { ...base, score, status };
}
