/** The alignment pages' view models: the matrices and gaps, and one working group's page. */
import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';
import {
  ALIGNMENT_MEASURES,
  AlignmentMeasure,
  alignmentGaps,
  Axis,
  groupByAxes,
  measureGrouping,
  NOT_RECORDED_KEY,
} from '../../results/alignment';
import { precedingPeriod } from '../../results/brief';
import { bySex } from '../../results/disaggregate';
import { rangeOf } from '../../results/filter';
import { headline } from '../../results/headline';
import { distinctValues } from '../../results/measures';
import {
  selectFilteredActivities,
  selectMeasureContext,
  selectPeriodCompleted,
  selectPeriodResults,
} from '../../state/context';
import { selectGlobalFilter, selectQueryParams, selectSelectedPeriod } from '../../state/filter';
import { selectFiguresReady } from '../../state/load';
import { activitiesFeature } from '../../state/activities';
import { referenceFeature } from '../../state/reference';

export const selectAlignmentMeasure = createSelector(
  selectQueryParams,
  (params): AlignmentMeasure =>
    (ALIGNMENT_MEASURES as readonly string[]).includes(params?.['measure'])
      ? (params['measure'] as AlignmentMeasure)
      : 'activities',
);

/** The goal axis: the goals on record, in order. */
const selectGoalAxis = createSelector(referenceFeature.selectGoals, (goals): Axis => ({
  dimension: 'goal',
  keys: goals.map((g) => g.id),
}));

/**
 * Working groups as columns: all of them, or only those the global filter names — not the
 * other groups the same activities serve.
 */
const selectGroupAxis = createSelector(
  referenceFeature.selectWorkingGroups,
  selectGlobalFilter,
  (groups, filter): Axis =>
    filter.workingGroups.length
      ? { dimension: 'workingGroup', keys: filter.workingGroups, only: true }
      : { dimension: 'workingGroup', keys: groups.map((g) => g.id) },
);

const selectPurposeAxis = createSelector(referenceFeature.selectPurposes, (purposes): Axis => ({
  dimension: 'purpose',
  keys: purposes.map((p) => p.id),
}));

// The period's completed activities sorted into the matrices' cells: kept while only the
// measure changes, so a switch of measure only measures them again.
const selectByGroup = createSelector(
  selectPeriodCompleted,
  selectGoalAxis,
  selectGroupAxis,
  groupByAxes,
);
const selectByPurpose = createSelector(
  selectPeriodCompleted,
  selectGoalAxis,
  selectPurposeAxis,
  groupByAxes,
);

/** Goals a working group has not served in the period: empty cells by activity count. */
const selectGaps = createSelector(
  selectByGroup,
  selectGoalAxis,
  selectGroupAxis,
  selectFilteredActivities,
  selectSelectedPeriod,
  (byGroup, goals, groups, history, { period }) =>
    period ? alignmentGaps(byGroup, goals.keys, groups.keys, history, period) : [],
);

/**
 * Completed activities of the period by goal × working group and goal × core purpose under the
 * chosen measure, and the gaps: goals a working group has not served in the period.
 */
export const selectAlignment = createSelector(
  selectByGroup,
  selectByPurpose,
  selectGaps,
  selectAlignmentMeasure,
  selectMeasureContext,
  selectSelectedPeriod,
  selectFiguresReady,
  (byGroup, byPurpose, gaps, measure, ctx, { period }, ready) => {
    if (!ready || !period) return null;
    return {
      period,
      measure,
      byGroup: measureGrouping(byGroup, measure, ctx),
      byPurpose: measureGrouping(byPurpose, measure, ctx),
      gaps,
      // Activities that no working group's column holds: said once, above the gaps.
      noGroup: byGroup.byColumn[byGroup.columns.indexOf(NOT_RECORDED_KEY)]?.length ?? 0,
    };
  },
);

export type AlignmentModel = NonNullable<ReturnType<typeof selectAlignment>>;

export const selectRouteGroup = getRouterSelectors().selectRouteParam('wg');

/**
 * One working group's page: the group, and whether the global filter has caught up with the
 * route (the page keeps it on this group). Until it has, any figure would be another
 * selection's, so the figures (selectGroupFigures) are read only once it has.
 */
export const selectGroupSync = createSelector(
  selectRouteGroup,
  referenceFeature.selectWorkingGroups,
  selectGlobalFilter,
  selectSelectedPeriod,
  selectFiguresReady,
  (id, groups, filter, { period }, ready) => {
    const group = groups.find((g) => g.id === id) ?? null;
    const synced =
      ready &&
      !!period &&
      !!group &&
      filter.workingGroups.length === 1 &&
      filter.workingGroups[0] === group.id;
    return { group, ready, synced };
  },
);

/**
 * The group page's figures under the current filter: those of the overview for the same
 * filter — the period's completed activities, the indicators' status, participation and the
 * change against the interval before. Read only when selectGroupSync says the filter is the
 * group's: the page arrives with the previous filter (often none), and computing every
 * indicator for all activities just to discard it was the costliest part of opening the page.
 */
export const selectGroupFigures = createSelector(
  selectPeriodCompleted,
  selectFilteredActivities,
  selectPeriodResults,
  selectMeasureContext,
  selectSelectedPeriod,
  selectGaps,
  activitiesFeature.selectAll,
  (completed, filtered, results, ctx, { period }, gaps, all) => {
    if (!period) return null;
    // The RSO's completed activities of the period with no working group recorded: any of
    // them may be this group's, so its figures are at least what they show.
    const [first, last] = rangeOf(all, period.start, period.end);
    let noGroup = 0;
    for (let i = first; i < last; i++)
      if (all[i]!.status === 'completed' && all[i]!.workingGroups.length === 0) noGroup++;
    const previous = precedingPeriod(period);
    const [from, to] = rangeOf(filtered, previous.start, previous.end);
    const before = filtered.slice(from, to).filter((a) => a.status === 'completed');
    return {
      period,
      previous,
      completed,
      now: headline(completed, ctx),
      before: headline(before, ctx),
      sex: bySex(completed),
      reached: distinctValues(completed, 'memberStates', ctx),
      /** Completed activities with no member list: a state "not reached" may have taken part. */
      noMemberList: completed.filter((a) => a.members.length === 0).length,
      noGroup,
      results,
      gaps,
    };
  },
);

export type GroupFigures = NonNullable<ReturnType<typeof selectGroupFigures>>;
