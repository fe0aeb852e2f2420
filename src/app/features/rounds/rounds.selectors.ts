/** The reporting rounds screen: every round of the framework reported on, and what each needs. */
import { createSelector } from '@ngrx/store';
import { roundPeriods } from '../../domain/rounds';
import type { Round, RoundState } from '../../domain/schema';
import { rangeOf } from '../../results/filter';
import { roundPeriod, roundResults } from '../../results/rounds';
import type { SubmissionInput } from '../../results/rounds';
import { activitiesFeature } from '../../state/activities';
import {
  selectEvaluationContext,
  selectFirstMonth,
  selectFrameworkIndicators,
} from '../../state/context';
import { selectQualityIssues } from '../../state/quality';
import { referenceFeature } from '../../state/reference';

export interface RoundRow {
  id: string;
  /** The period's key (`2026-H1`, `2026`). */
  period: string;
  start: string;
  end: string;
  state: RoundState;
  /** The stored round; null while the period has never been submitted. */
  round: Round | null;
  /** The period has not ended: it cannot be submitted yet. */
  running: boolean;
}

/** Each half-year and work-plan year of the framework reported on, latest first. */
export const selectRoundRows = createSelector(
  referenceFeature.selectCurrentFramework,
  referenceFeature.selectRounds,
  referenceFeature.selectToday,
  selectFirstMonth,
  (framework, rounds, today, firstMonth): RoundRow[] =>
    framework
      ? roundPeriods(framework, today, firstMonth).map((slot) => {
          const round = rounds.find((r) => r.id === slot.id) ?? null;
          return {
            ...slot,
            // A stored round keeps the dates it was submitted with.
            start: round?.start ?? slot.start,
            end: round?.end ?? slot.end,
            state: round?.state ?? 'open',
            round,
            running: slot.end >= today,
          };
        })
      : [],
);

/** What a round's submission is checked against, as the API checks it (results/rounds.ts). */
export const selectSubmissionInputs = createSelector(
  selectFrameworkIndicators,
  activitiesFeature.selectAll,
  referenceFeature.selectActuals,
  referenceFeature.selectNarratives,
  selectQualityIssues,
  selectEvaluationContext,
  referenceFeature.selectToday,
  (indicators, activities, actuals, narratives, issues, ctx, today) =>
    (row: RoundRow): Omit<SubmissionInput, 'coverNote'> => {
      const [from, to] = rangeOf(activities, row.start, row.end);
      const ending = new Set(activities.slice(from, to).map((a) => a.id));
      // The whole RSO, whatever the filter: a round reports on all of it.
      const input = { indicators, activities, all: activities, actuals, slice: null, goalIds: [] };
      return {
        round: { period: row.period, end: row.end },
        results: roundResults(input, row.period, ctx),
        narratives,
        actuals,
        quality: issues.filter((i) => ending.has(i.id)),
        today,
      };
    },
);

/** A round's period as the engine reads it, for its label. */
export const selectRoundPeriodOf = createSelector(
  selectFirstMonth,
  (firstMonth) => (key: string) => roundPeriod(key, firstMonth),
);
