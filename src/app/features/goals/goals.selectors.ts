/** The goals and purposes pages' view models. */
import { createSelector } from '@ngrx/store';
import { statusByGroup, statusMix } from '../../results/headline';
import { selectFiguresReady } from '../../state/load';
import { rsoResults } from '../../results/contribution';
import {
  selectPeriodCompleted,
  selectPeriodResults,
  selectRouteId,
  selectSlice,
} from '../../state/context';
import { referenceFeature } from '../../state/reference';

/** A goal or purpose (by route id): its indicators for the selected period and the activities that contributed. */
export const selectGoalDetail = createSelector(
  selectRouteId,
  referenceFeature.selectGoals,
  referenceFeature.selectPurposes,
  selectPeriodResults,
  selectPeriodCompleted,
  referenceFeature.selectNarratives,
  selectSlice,
  selectFiguresReady,
  (id, goals, purposes, results, completed, narratives, slice, ready) => {
    if (!ready) return null;
    const goal = goals.find((g) => g.id === id);
    const purpose = purposes.find((p) => p.id === id);
    const item = goal ?? purpose;
    if (!item) return goals.length ? { missing: true as const } : null;
    const key = goal ? ('goals' as const) : ('purposes' as const);
    const mine = results.filter((r) => r.indicator[key].includes(item.id));
    return {
      missing: false as const,
      kind: goal ? ('goal' as const) : ('purpose' as const),
      item,
      results: mine,
      narrowed: slice !== null,
      counts: statusMix(rsoResults(mine)),
      activities: completed.filter((a) => a[key].includes(item.id)),
      narratives: narratives.filter((n) => n.goal === item.id),
    };
  },
);

/** Goals and purposes with the status of their indicators and the activities behind them, for the list page. */
export const selectGoalsOverview = createSelector(
  referenceFeature.selectGoals,
  referenceFeature.selectPurposes,
  selectPeriodResults,
  selectPeriodCompleted,
  selectSlice,
  selectFiguresReady,
  (goals, purposes, judged, completed, slice, ready) => {
    if (!ready) return null;
    // Under a filter the counts are the RSO's: a part is not judged against the RSO's targets.
    const results = rsoResults(judged);
    const row =
      (key: 'goals' | 'purposes') => (item: { id: string; code: string; title: string }) => {
        const [status] = statusByGroup(results, [item.id], key);
        return {
          ...item,
          status,
          activities: completed.filter((a) => a[key].includes(item.id)).length,
        };
      };
    return {
      narrowed: slice !== null,
      goals: goals.map(row('goals')),
      purposes: purposes.map(row('purposes')),
    };
  },
);
