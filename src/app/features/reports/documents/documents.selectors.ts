/** The Annual and Monthly Reports: which year or month (from the URL), and the documents. */
import { createSelector } from '@ngrx/store';
import { periodKeySpan } from '../../../domain/dates';
import type { Brief } from '../../../results/brief';
import { roundBrief } from '../../../results/rounds';
import { monthPeriod, periodContaining } from '../../../results/periods';
import { implementation } from '../../../results/workplan';
import { activitiesFeature } from '../../../state/activities';
import {
  selectEvaluationContext,
  selectFirstMonth,
  selectFrameworkIndicators,
  selectMeasureContext,
} from '../../../state/context';
import { selectQueryParams } from '../../../state/filter';
import { selectFiguresReady } from '../../../state/load';
import { referenceFeature } from '../../../state/reference';
import {
  selectWorkPlan,
  selectWorkPlanSpan,
  selectWorkPlanYear,
} from '../../workplan/workplan.selectors';
import type { BriefContext } from '../brief.view';
import {
  selectApprovals,
  selectApprovedBrief,
  selectApprovedId,
  selectBriefContext,
} from '../reports.selectors';
import { annualReport } from './annual-report';
import { monthlyReport } from './monthly-report';

/** The approvals of the chosen year's round: an annual report can be made from any of them. */
export const selectYearApprovals = createSelector(
  selectApprovals,
  selectWorkPlanYear,
  (approvals, year) => approvals.filter((a) => a.period === year),
);

/** The year's brief for the whole RSO, whatever the screen's filter: as a round computes it. */
const selectLiveYearBrief = createSelector(
  selectFrameworkIndicators,
  activitiesFeature.selectAll,
  referenceFeature.selectActuals,
  referenceFeature.selectGoals,
  selectWorkPlanYear,
  selectEvaluationContext,
  selectFiguresReady,
  (indicators, all, actuals, goals, year, ctx, ready): Brief | null =>
    ready
      ? roundBrief(
          {
            indicators,
            activities: all,
            all,
            actuals,
            slice: null,
            goalIds: goals.map((g) => g.id),
          },
          year,
          ctx,
        )
      : null,
);

export const selectAnnualReport = createSelector(
  selectApprovedId,
  selectApprovedBrief,
  selectLiveYearBrief,
  selectBriefContext,
  selectWorkPlan,
  activitiesFeature.selectAll,
  selectWorkPlanSpan,
  referenceFeature.selectToday,
  referenceFeature.selectSettings,
  referenceFeature.selectWorkingGroups,
  referenceFeature.selectFrameworks,
  selectYearApprovals,
  (
    approvedId,
    approved,
    live,
    liveContext,
    plan,
    activities,
    span,
    today,
    settings,
    workingGroups,
    frameworks,
    approvals,
  ) => {
    if (approvedId && !approved) return null;
    const brief = approved ? (approved.brief as unknown as Brief) : live;
    if (!brief) return null;
    const frozen = approved?.context as unknown as
      (Omit<BriefContext, 'flagged'> & { flagged: string[] }) | undefined;
    const context: BriefContext = frozen
      ? { ...frozen, flagged: new Set(frozen.flagged) }
      : liveContext;
    // An approved year's plan is held by its round; its states are read on the approval's day.
    const asOf = approved?.today ?? today;
    const approval = approved ? approvals.find((a) => a.id === approved.id) : null;
    const frameworkId = approved?.framework ?? settings?.currentFramework;
    return annualReport({
      frameworkName: frameworks.find((f) => f.id === frameworkId)?.name ?? '',
      brief,
      context,
      plan: plan ? implementation(plan.items, activities, span, asOf) : null,
      currency: settings?.currency,
      workingGroups,
      approval: approved
        ? { by: approved.approvedBy, at: approved.approvedAt, meeting: approval?.meeting ?? null }
        : null,
    });
  },
);

/** `month=2026-11`; by default the last month that has ended. */
export const selectReportMonth = createSelector(
  selectQueryParams,
  referenceFeature.selectToday,
  (params, today) => {
    const asked = /^(\d{4})-(\d{2})$/.exec(String(params?.['month'] ?? ''));
    if (asked && Number(asked[2]) >= 1 && Number(asked[2]) <= 12)
      return monthPeriod(Number(asked[1]), Number(asked[2]));
    const current = periodContaining('month', today, 1);
    const year = Number(current.start.slice(0, 4));
    const month = Number(current.start.slice(5, 7));
    return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  },
);

export const selectMonthlyReport = createSelector(
  selectReportMonth,
  activitiesFeature.selectAll,
  selectMeasureContext,
  referenceFeature.selectMembers,
  referenceFeature.selectWorkPlans,
  referenceFeature.selectCurrentFramework,
  referenceFeature.selectToday,
  referenceFeature.selectSettings,
  selectFirstMonth,
  selectFiguresReady,
  (month, activities, ctx, members, plans, framework, today, settings, firstMonth, ready) => {
    if (!ready) return null;
    const items = plans
      .filter((p) => p.framework === framework?.id)
      .flatMap((p) => {
        const year = periodKeySpan(p.year, firstMonth);
        return year ? implementation(p.items, activities, year, today).items : [];
      });
    return monthlyReport({
      month,
      activities,
      ctx,
      members,
      items,
      today,
      demoData: settings?.demoData ?? false,
    });
  },
);
