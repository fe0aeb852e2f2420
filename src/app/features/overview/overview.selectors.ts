/** The overview's view model: headline figures, delivery over time, participants by sex, status. */
import { createSelector } from '@ngrx/store';
import { bySex } from '../../results/disaggregate';
import { deliveryOverTime, headline, statusByGroup, statusMix } from '../../results/headline';
import { selectFiguresReady } from '../../state/load';
import {
  selectFirstMonth,
  selectMeasureContext,
  selectPeriodCompleted,
  selectPeriodResults,
  selectSlice,
} from '../../state/context';
import { groupJudged, rsoResults } from '../../results/contribution';
import { selectSelectedPeriod } from '../../state/filter';
import { referenceFeature } from '../../state/reference';

export const selectOverview = createSelector(
  selectPeriodCompleted,
  selectMeasureContext,
  selectPeriodResults,
  selectSelectedPeriod,
  selectFirstMonth,
  referenceFeature.selectGoals,
  selectSlice,
  selectFiguresReady,
  (completed, ctx, judged, { period }, firstMonth, goals, slice, ready) => {
    if (!period || !ready) return null;
    // Status counts are the RSO's even under a filter: a part is not judged by whole-RSO targets.
    const results = rsoResults(judged);
    const own = slice ? groupJudged(judged) : [];
    return {
      narrowed: slice !== null,
      /** Indicators a filtered working group has targets of its own for, and their status. */
      groupMix: own.length ? { counts: statusMix(own), indicators: own.length } : null,
      period,
      headline: headline(completed, ctx),
      memberStatesTotal: ctx.memberStates.size,
      delivery: deliveryOverTime(completed, period, firstMonth),
      sex: bySex(completed),
      statusMix: statusMix(results),
      indicators: results.length,
      byGoal: statusByGroup(
        results,
        goals.map((g) => g.id),
        'goals',
      ),
    };
  },
);
