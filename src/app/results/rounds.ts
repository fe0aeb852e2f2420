/**
 * A reporting round's figures: its period as the engine reads it, the checks a submission must
 * pass, and its brief — computed the same way by the API (when a round is submitted and when it
 * is approved, to freeze the brief) and by the app (the submit form, the difference between an
 * approved brief and the live figures).
 */
import type { IsoDate } from '../domain/dates';
import type { Problem } from '../domain/problems';
import type { Narrative } from '../domain/schema';
import { brief, precedingPeriod, type Brief, type BriefInput, type ReportInterval } from './brief';
import { evaluateView } from './contribution';
import type { EvaluationContext, IndicatorResult, ReportedValue } from './indicators';
import { halfPeriod, type Period, yearPeriod } from './periods';
import type { QualityIssue } from './quality';

/** A round's period (`2026-H1`, `2026`) as the engine reads it. */
export function roundPeriod(key: string, firstMonth = 1): Period {
  const year = Number(key.slice(0, 4));
  const half = /-H([12])$/.exec(key)?.[1];
  return half ? halfPeriod(year, Number(half) as 1 | 2, firstMonth) : yearPeriod(year, firstMonth);
}

/** The brief of a round: its period against the one of the same length before it. */
export function roundInterval(key: string, firstMonth = 1): ReportInterval {
  const current = roundPeriod(key, firstMonth);
  return { current, previous: precedingPeriod(current), comparison: 'same-length' };
}

export function roundBrief(input: BriefInput, key: string, ctx: EvaluationContext): Brief {
  return brief(input, roundInterval(key, ctx.firstMonth ?? 1), ctx);
}

export interface SubmissionInput {
  round: { period: string; end: IsoDate };
  /** Every indicator of the framework for the round's period (period 0). */
  results: readonly IndicatorResult[];
  narratives: readonly Narrative[];
  actuals: readonly ReportedValue[];
  /** Data-quality problems of the activities ending in the period. */
  quality: readonly QualityIssue[];
  coverNote: string | null;
  today: IsoDate;
}

/** The indicators' results for a round's period, for its submission checks. */
export function roundResults(
  input: BriefInput,
  key: string,
  ctx: EvaluationContext,
): IndicatorResult[] {
  return evaluateView(input, [roundPeriod(key, ctx.firstMonth ?? 1)], ctx);
}

/**
 * What stops a submission (field `checks`): the period has not ended; an indicator off track or
 * at risk without a narrative for the period; a reported indicator with a target for the period
 * but no value dated in it;
 * data-quality problems of the period without a cover note saying why it is submitted anyway.
 */
export function submissionProblems(input: SubmissionInput): Problem[] {
  const { round, results } = input;
  const period = roundPeriod(round.period);
  const problems: Problem[] = [];
  if (round.end >= input.today)
    problems.push({ field: 'checks', code: 'period-running', params: { end: round.end } });
  for (const { indicator, periods } of results) {
    const status = periods[0]?.status;
    if (
      (status === 'off-track' || status === 'at-risk') &&
      !input.narratives.some((n) => n.indicator === indicator.id && n.period === round.period)
    )
      problems.push({
        field: 'checks',
        code: 'narrative-missing',
        params: { indicator: indicator.code },
      });
    const start = periods[0]?.period.start ?? period.start;
    const end = periods[0]?.period.end ?? period.end;
    // A reported indicator due in the period (it has a target for it) needs a value dated in it.
    if (
      indicator.measure.kind === 'reported' &&
      periods[0]?.target != null &&
      !input.actuals.some((a) => a.indicator === indicator.id && a.date >= start && a.date <= end)
    )
      problems.push({
        field: 'checks',
        code: 'actuals-missing',
        params: { indicator: indicator.code },
      });
  }
  const ids = new Set(input.quality.map((q) => q.id));
  if (ids.size && !input.coverNote?.trim())
    problems.push({ field: 'checks', code: 'quality-open', params: { count: ids.size } });
  return problems;
}
