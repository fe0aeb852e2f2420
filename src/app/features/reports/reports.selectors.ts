/** The co-chairs' brief: which interval (from the URL), and its figures. */
import { createSelector } from '@ngrx/store';
import {
  betweenMeetingsInterval,
  brief,
  type Comparison,
  latestMeeting,
  precedingPeriod,
  ReportInterval,
  sinceMeetingInterval,
} from '../../results/brief';
import {
  selectEvaluationContext,
  selectIndicatorInputs,
  selectMeasureContext,
} from '../../state/context';
import { selectQueryParams, selectSelectedPeriod } from '../../state/filter';
import { selectFiguresReady } from '../../state/load';
import { selectQualityIssues } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { briefView } from './brief.view';

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

/** The brief in words, for the page, the presentation and the slides alike. */
export const selectBriefView = createSelector(selectBrief, selectBriefContext, (b, ctx) =>
  b ? briefView(b, ctx) : null,
);
