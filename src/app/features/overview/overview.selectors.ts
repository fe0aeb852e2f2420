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
} from '../../state/context';
import { selectSelectedPeriod } from '../../state/filter';
import { referenceFeature } from '../../state/reference';

export const selectOverview = createSelector(
  selectPeriodCompleted,
  selectMeasureContext,
  selectPeriodResults,
  selectSelectedPeriod,
  selectFirstMonth,
  referenceFeature.selectGoals,
  selectFiguresReady,
  (completed, ctx, results, { period }, firstMonth, goals, ready) => {
    if (!period || !ready) return null;
    return {
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
