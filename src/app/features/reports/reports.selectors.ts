/** The co-chairs' brief: which interval (from the URL), and its figures. */
import { createSelector } from '@ngrx/store';
import type { ApprovedBrief } from '../../domain/schema';
import { activitiesFeature } from '../../state/activities';
import { approvedBriefsFeature } from '../../state/rounds';
import {
  betweenMeetingsInterval,
  type Brief,
  brief,
  type Comparison,
  latestMeeting,
  precedingPeriod,
  ReportInterval,
  sinceMeetingInterval,
} from '../../results/brief';
import {
  selectEvaluationContext,
  selectFrameworkIndicators,
  selectIndicatorInputs,
  selectMeasureContext,
} from '../../state/context';
import { selectQueryParams, selectSelectedPeriod } from '../../state/filter';
import { selectFiguresReady } from '../../state/load';
import { selectQualityIssues } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { briefChanges } from './brief-changes';
import { briefView, type BriefContext } from './brief.view';

/** `brief=since:<meeting>`, `brief=between:<meeting>:<meeting>` or `brief=period` (the filter's). */
export type BriefChoice =
  | { kind: 'since'; meeting: string }
  | { kind: 'between'; from: string; to: string }
  | { kind: 'period' };

export function briefParam(choice: BriefChoice): string {
  return choice.kind === 'since'
    ? `since:${choice.meeting}`
    : choice.kind === 'between'
      ? `between:${choice.from}:${choice.to}`
      : 'period';
}

/** The interval chosen in the URL; by default since the latest meeting. */
export const selectBriefChoice = createSelector(
  selectQueryParams,
  referenceFeature.selectMeetings,
  referenceFeature.selectToday,
  (params, meetings, today): BriefChoice | null => {
    const [kind, a, b] = String(params?.['brief'] ?? '').split(':');
    if (kind === 'since' && a) return { kind, meeting: a };
    if (kind === 'between' && a && b) return { kind, from: a, to: b };
    if (kind === 'period') return { kind };
    const latest = latestMeeting(meetings, today);
    return latest ? { kind: 'since', meeting: latest.id } : { kind: 'period' };
  },
);

/** `compare=meeting` compares with the interval between the meetings before; else like for like. */
export const selectComparison = createSelector(selectQueryParams, (params): Comparison =>
  params?.['compare'] === 'meeting' ? 'previous-meeting' : 'same-length',
);

export const selectReportInterval = createSelector(
  selectBriefChoice,
  referenceFeature.selectMeetings,
  referenceFeature.selectToday,
  selectSelectedPeriod,
  selectComparison,
  (choice, meetings, today, { period }, comparison): ReportInterval | null => {
    if (!choice) return null;
    if (choice.kind === 'since')
      return sinceMeetingInterval(meetings, choice.meeting, today, comparison);
    if (choice.kind === 'between')
      return betweenMeetingsInterval(meetings, choice.from, choice.to, comparison);
    return period
      ? { current: period, previous: precedingPeriod(period), comparison: 'same-length' }
      : null;
  },
);

export const selectBrief = createSelector(
  selectReportInterval,
  selectIndicatorInputs,
  referenceFeature.selectGoals,
  selectEvaluationContext,
  selectFiguresReady,
  (interval, inputs, goals, ctx, ready) =>
    interval && ready ? brief({ ...inputs, goalIds: goals.map((g) => g.id) }, interval, ctx) : null,
);

/** Everything the brief shows besides its figures: names, narratives, caveats. */
export const selectBriefContext = createSelector(
  referenceFeature.selectGoals,
  referenceFeature.selectMembers,
  referenceFeature.selectNarratives,
  referenceFeature.selectSettings,
  referenceFeature.selectToday,
  selectQualityIssues,
  selectMeasureContext,
  referenceFeature.selectCurrentFramework,
  (goals, members, narratives, settings, today, issues, ctx, framework) => ({
    goals,
    members,
    narratives,
    demoData: settings?.demoData ?? false,
    today,
    flagged: new Set(issues.map((i) => i.id)),
    memberStatesTotal: ctx.memberStates.size,
    firstMonth: settings?.yearStartMonth ?? 1,
    frameworkStart: framework?.start,
  }),
);

/** The live brief in words. */
const selectLiveBriefView = createSelector(selectBrief, selectBriefContext, (b, ctx) =>
  b ? briefView(b, ctx) : null,
);

/** `approved=<brief id>`: the brief as a co-chair approved it, not the live one. */
export const selectApprovedId = createSelector(selectQueryParams, (params) =>
  typeof params?.['approved'] === 'string' ? params['approved'] : null,
);

export const selectApprovedBrief = createSelector(
  selectApprovedId,
  approvedBriefsFeature.selectBriefs,
  (id, briefs) => (id ? (briefs[id] ?? null) : null),
);

export const selectApprovedError = createSelector(
  selectApprovedId,
  approvedBriefsFeature.selectErrors,
  (id, errors) => (id ? (errors[id] ?? null) : null),
);

/** Every approval of every round, latest first: what /reports lists as approved briefs. */
export const selectApprovals = createSelector(
  referenceFeature.selectRounds,
  referenceFeature.selectMeetings,
  (rounds, meetings) =>
    rounds
      .flatMap((r) =>
        r.approvals.map((a) => ({
          id: a.brief,
          period: r.period,
          at: a.at,
          by: a.by,
          meeting: meetings.find((m) => m.id === a.meeting)?.name ?? null,
        })),
      )
      .sort((a, b) => (a.at < b.at ? 1 : -1)),
);

/** What an approved brief is shown with: its own frozen context, not today's. */
function approvedView(approved: ApprovedBrief) {
  const context = approved.context as unknown as Omit<BriefContext, 'flagged'> & {
    flagged: string[];
  };
  return briefView(approved.brief as unknown as Brief, {
    ...context,
    flagged: new Set(context.flagged),
  });
}

/** The brief in words, for the page, the presentation and the slides alike: approved or live. */
export const selectBriefView = createSelector(
  selectApprovedId,
  selectApprovedBrief,
  selectLiveBriefView,
  (id, approved, live) => (id ? approved && approvedView(approved) : live),
);

/** The interval the brief shown covers. */
export const selectShownInterval = createSelector(
  selectApprovedId,
  selectApprovedBrief,
  selectBrief,
  (id, approved, live) =>
    id
      ? ((approved?.brief as unknown as Brief | undefined)?.interval ?? null)
      : (live?.interval ?? null),
);

/**
 * What differs between an approved brief and the same interval computed from the records as
 * they are now: each headline figure and each indicator's figure or status that moved.
 */
export const selectApprovedChanges = createSelector(
  selectApprovedBrief,
  selectFrameworkIndicators,
  activitiesFeature.selectAll,
  referenceFeature.selectActuals,
  referenceFeature.selectGoals,
  selectEvaluationContext,
  selectFiguresReady,
  (approved, indicators, activities, actuals, goals, ctx, ready) => {
    if (!approved || !ready) return null;
    const frozen = approved.brief as unknown as Brief;
    const live = brief(
      {
        indicators,
        activities,
        all: activities,
        actuals,
        slice: null,
        goalIds: goals.map((g) => g.id),
      },
      frozen.interval,
      ctx,
    );
    return briefChanges(frozen, live);
  },
);
