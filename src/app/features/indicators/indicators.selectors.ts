/** The IPTT and the indicator page's view models. */
import { createSelector } from '@ngrx/store';
import { maxDate, minDate } from '../../domain/dates';
import type { Narrative } from '../../domain/schema';
import { evaluateView } from '../../results/contribution';
import { contributingActivities, type IndicatorPeriodResult } from '../../results/indicators';
import { frameworkPeriod, periodsBetween } from '../../results/periods';
import { STATUSES, type Status } from '../../results/status';
import {
  selectEvaluationContext,
  selectFirstMonth,
  selectIndicatorInputs,
  selectPeriodResults,
  selectRouteId,
} from '../../state/context';
import { selectFiguresReady } from '../../state/load';
import { selectQueryParams, selectSelectedPeriod } from '../../state/filter';
import { referenceFeature } from '../../state/reference';

export type Granularity = 'year' | 'half' | 'quarter';
const GRANULARITIES: readonly Granularity[] = ['year', 'half', 'quarter'];

export const selectIpttGranularity = createSelector(selectQueryParams, (params): Granularity => {
  const g = params?.['g'];
  return GRANULARITIES.includes(g) ? g : 'year';
});

/** The IPTT: every indicator for each period of the chosen granularity within the selected period, then the whole framework. */
export const selectIptt = createSelector(
  selectIndicatorInputs,
  selectSelectedPeriod,
  selectIpttGranularity,
  referenceFeature.selectCurrentFramework,
  selectFirstMonth,
  selectEvaluationContext,
  selectFiguresReady,
  (inputs, { period }, granularity, framework, firstMonth, ctx, ready) => {
    if (!period || !framework || !ready) return null;
    const periods = [
      ...periodsBetween(granularity, period.start, period.end, firstMonth),
      frameworkPeriod(framework),
    ];
    return { periods, results: evaluateView(inputs, periods, ctx) };
  },
);

/** A status to show only, from a click-through (e.g. "at risk" on the overview). */
export const selectIpttStatusFilter = createSelector(selectQueryParams, (params): Status | null => {
  const s = params?.['status'];
  return STATUSES.includes(s) ? s : null;
});

/**
 * The IPTT as shown: with a status filter, only the indicators in that status for the selected
 * period (the same results the overview counts).
 */
export const selectIpttView = createSelector(
  selectIptt,
  selectPeriodResults,
  selectIpttStatusFilter,
  (iptt, periodResults, status) => {
    if (!iptt || !status) return iptt && { ...iptt, status };
    const keep = new Set(
      periodResults.filter((r) => r.periods[0]?.status === status).map((r) => r.indicator.id),
    );
    return { ...iptt, status, results: iptt.results.filter((r) => keep.has(r.indicator.id)) };
  },
);

/** One indicator: its result for the selected period, its yearly trend against targets, narratives and activities. */
/** The indicator the route names, from any framework (an old indicator's page still opens). */
const selectRouteIndicator = createSelector(
  selectRouteId,
  referenceFeature.selectIndicators,
  (id, indicators) => ({ indicator: indicators.find((i) => i.id === id), any: indicators.length }),
);

export const selectIndicatorDetail = createSelector(
  selectRouteIndicator,
  selectIndicatorInputs,
  referenceFeature.selectNarratives,
  selectSelectedPeriod,
  referenceFeature.selectCurrentFramework,
  selectFirstMonth,
  selectEvaluationContext,
  selectFiguresReady,
  ({ indicator, any }, inputs, narratives, { period }, framework, firstMonth, ctx, ready) => {
    if (!ready) return null;
    if (!indicator || !period || !framework)
      return indicator === undefined && any ? { missing: true as const } : null;
    const targetYears = indicator.targets
      .filter((t) => /^\d{4}$/.test(t.period))
      .map((t) => t.period)
      .sort();
    const trendStart = minDate(
      framework.start,
      `${targetYears[0] ?? framework.start.slice(0, 4)}-01-01`,
    );
    const trendEnd = maxDate(framework.end, `${targetYears.at(-1) ?? ctx.today.slice(0, 4)}-12-31`);
    const trend = periodsBetween('year', trendStart, trendEnd, firstMonth);
    const { activities, actuals } = inputs;
    const [current] = evaluateView(
      { ...inputs, indicators: [indicator] },
      [period, frameworkPeriod(framework)],
      ctx,
    );
    const [yearly] = evaluateView({ ...inputs, indicators: [indicator] }, trend, ctx);
    const mine = narratives
      .filter((n) => n.indicator === indicator.id)
      .sort((a, b) => (a.period < b.period ? 1 : -1));
    return {
      missing: false as const,
      indicator,
      current: current.periods[0],
      framework: current.periods[1],
      trend: yearly.periods,
      narratives: mine,
      explanationsNeeded: explanationsNeeded(yearly.periods, mine, ctx.today),
      actuals: actuals
        .filter((a) => a.indicator === indicator.id)
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
      activities: contributingActivities(indicator, period, activities, ctx.frameworkStart),
    };
  },
);

const VARIANCE: readonly Status[] = ['off-track', 'at-risk'];

/**
 * Closed periods where the indicator ended off track or at risk with no narrative for that
 * period: the variances a co-manager is asked to explain.
 */
export function explanationsNeeded(
  periods: readonly IndicatorPeriodResult[],
  narratives: readonly Pick<Narrative, 'period'>[],
  today: string,
): IndicatorPeriodResult[] {
  const explained = new Set(narratives.map((n) => n.period));
  return periods.filter(
    (p) => p.period.end < today && VARIANCE.includes(p.status) && !explained.has(p.period.key),
  );
}
