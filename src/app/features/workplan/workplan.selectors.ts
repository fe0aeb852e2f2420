/** The Work plan screen: the year chosen (from the URL), its plan and how it is implemented. */
import { createSelector } from '@ngrx/store';
import { periodKeySpan } from '../../domain/dates';
import { filterActivities, rangeOf } from '../../results/filter';
import { yearStartingBefore } from '../../results/periods';
import { implementation, ITEM_STATES } from '../../results/workplan';
import { activitiesFeature } from '../../state/activities';
import { selectFirstMonth } from '../../state/context';
import { selectQueryParams } from '../../state/filter';
import { referenceFeature } from '../../state/reference';
import { filterItems, type ItemFilter } from './workplan.view';

/** `year=2026`; this work-plan year unless the URL says. */
export const selectWorkPlanYear = createSelector(
  selectQueryParams,
  referenceFeature.selectToday,
  selectFirstMonth,
  (params, today, firstMonth) => {
    const year = params?.['year'];
    return typeof year === 'string' && /^\d{4}$/.test(year)
      ? year
      : String(yearStartingBefore(today, firstMonth));
  },
);

/** The work-plan years of the framework reported on, up to the one after today's. */
export const selectWorkPlanYears = createSelector(
  referenceFeature.selectCurrentFramework,
  referenceFeature.selectToday,
  selectFirstMonth,
  (framework, today, firstMonth) => {
    if (!framework) return [];
    const years: string[] = [];
    const last = Math.min(
      yearStartingBefore(framework.end, firstMonth),
      yearStartingBefore(today, firstMonth) + 1,
    );
    for (let y = yearStartingBefore(framework.start, firstMonth); y <= last; y++)
      years.push(String(y));
    return years.reverse();
  },
);

/** The year's dates. */
export const selectWorkPlanSpan = createSelector(
  selectWorkPlanYear,
  selectFirstMonth,
  (year, firstMonth) => periodKeySpan(year, firstMonth)!,
);

/** The plan of the chosen year for the framework reported on; null before one is made. */
export const selectWorkPlan = createSelector(
  referenceFeature.selectWorkPlans,
  referenceFeature.selectCurrentFramework,
  selectWorkPlanYear,
  (plans, framework, year) =>
    plans.find((p) => p.framework === framework?.id && p.year === year) ?? null,
);

export const selectImplementation = createSelector(
  selectWorkPlan,
  activitiesFeature.selectAll,
  selectWorkPlanSpan,
  referenceFeature.selectToday,
  (plan, activities, span, today) =>
    plan ? implementation(plan.items, activities, span, today) : null,
);

/** The activities of the year (any status, not cancelled) an item can be linked to. */
export const selectLinkableActivities = createSelector(
  activitiesFeature.selectAll,
  selectWorkPlanSpan,
  (activities, span) => {
    const [from, to] = rangeOf(activities, span.start, span.end);
    return filterActivities(activities.slice(from, to), undefined, [
      'planned',
      'ongoing',
      'completed',
    ]);
  },
);

/** `state=delayed&wg=WGTIP&goal=SG1`: what the items table is narrowed to. */
export const selectItemFilter = createSelector(selectQueryParams, (params): ItemFilter => {
  const state = params?.['state'];
  const text = (key: string) =>
    typeof params?.[key] === 'string' && params[key] ? (params[key] as string) : null;
  return {
    state: ITEM_STATES.includes(state) ? state : null,
    group: text('wg'),
    goal: text('goal'),
  };
});

/** The items the table shows: the plan's, narrowed by the filter. */
export const selectShownItems = createSelector(
  selectImplementation,
  selectItemFilter,
  (result, filter) => (result ? filterItems(result.items, filter) : []),
);
