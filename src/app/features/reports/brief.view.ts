/**
 * The brief in words: the figures of the interval beside the previous interval's, goals with
 * their names, highlights, risks with their narratives, and the caveats. A pure function of
 * the brief's figures, shared by the page, the presentation and the slides.
 */
import {
  ComparedFigure,
  comparedFigure as figure,
  formatChange as change,
} from '../../core/change';
import { coverageNote, formatProgress, formatValue } from '../../core/format';
import { daysInclusive, periodKeySpan } from '../../domain/dates';
import {
  BASIS,
  boundsNote,
  contributionText,
  formatIsoDate,
  formatRange,
  periodLabel,
  STATUS_LABELS,
} from '../../core/labels';
import type { Goal, Indicator, Member, Narrative } from '../../domain/schema';
import type { Brief } from '../../results/brief';
import type { Classification } from '../../results/indicators';
import type { Status } from '../../results/status';

type HeadlineKey = NonNullable<Indicator['headline']>;

export interface BriefContext {
  goals: readonly Goal[];
  members: readonly Member[];
  narratives: readonly Narrative[];
  demoData: boolean;
  today: string;
  flagged: ReadonlySet<string>;
  memberStatesTotal: number;
  /** The first month of the work-plan year, for narratives' period keys. */
  firstMonth?: number;
  /** The start of the framework reported on: before it there are no targets. */
  frameworkStart?: string;
}

/** What the brief lists, worst first: a status that depends on missing data is not a verdict. */
const RISKS: readonly Status[] = ['off-track', 'at-risk', 'depends'];

const UNCLASSIFIED: readonly [Classification, string][] = [
  ['goals', $localize`strategic goal`],
  ['purposes', $localize`core purpose`],
  ['workingGroups', $localize`working group`],
];

export function briefView(b: Brief, ctx: BriefContext) {
  const { current, previous } = b;
  const now = current.headline;
  const before = previous.headline;
  const memberName = (code: string) => ctx.members.find((m) => m.code === code)?.name ?? code;
  const { start, end } = b.interval.current;
  const years = new Set<string>();
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.add(String(y));
  // The narrative for the interval: the latest whose period ends inside it.
  const narrativeFor = (indicator: string) =>
    ctx.narratives
      .filter((n) => {
        if (n.indicator !== indicator) return false;
        const ends = periodKeySpan(n.period, ctx.firstMonth ?? 1)?.end;
        return !!ends && ends >= start && ends <= end;
      })
      .sort((x, y) => (x.period < y.period ? 1 : -1))[0] ?? null;
  const earlier = b.interval.previous;
  // Where the interval starts before the framework, indicators are assessed from its start.
  const assessedFrom = b.results[0]?.periods[0]?.period.start ?? null;
  // Figures before the records begin are unknown, not zero: never "+250" against nothing.
  const noRecordsBefore =
    b.recordsBegin !== null && earlier.start < b.recordsBegin
      ? $localize`no records before ${formatIsoDate(b.recordsBegin)}:date:`
      : null;
  const days = (p: { start: string; end: string }) => daysInclusive(p.start, p.end);
  const unequal = Math.abs(days(b.interval.current) - days(earlier)) > 1;
  const months = (p: { start: string; end: string }) => days(p) / (365.25 / 12);
  const perMonth = (n: number | null, p: { start: string; end: string }) =>
    n === null ? '—' : formatValue(Math.round((n / months(p)) * 10) / 10);
  // A headline figure an indicator measures (the indicator says which) shows its target.
  const measuredBy = (key: HeadlineKey) => {
    const r = b.results.find((x) => x.indicator.headline === key);
    const p = r?.periods[0];
    if (!r || !p) return { target: '—', met: '—', indicator: null };
    const unit = r.indicator.unit === '%' ? '%' : '';
    const basis = BASIS[r.indicator.cumulation];
    return {
      target: formatValue(p.target, unit),
      met: formatProgress(p.progress, p.bands),
      indicator: basis
        ? $localize`indicator ${r.indicator.code}:code:, ${basis}:basis:: ${formatValue(p.actual.value, unit)}:actual:`
        : $localize`indicator ${r.indicator.code}:code:`,
    };
  };
  const compareRow = (row: ComparedFigure, now: number | null, was: number | null) => ({
    ...row,
    ...(noRecordsBefore ? { before: noRecordsBefore, change: '—' } : {}),
    perMonth: unequal
      ? $localize`${perMonth(now, b.interval.current)}:now: / ${noRecordsBefore ? '—' : perMonth(was, earlier)}:before:`
      : null,
  });
  const flagged = b.completed.filter((a) => ctx.flagged.has(a.id)).length;
  const risks = b.results
    .filter((r) => RISKS.includes(r.periods[0]!.status))
    .sort((x, y) => RISKS.indexOf(x.periods[0]!.status) - RISKS.indexOf(y.periods[0]!.status));
  const depending = risks.filter((r) => r.periods[0]!.status === 'depends').length;

  return {
    title: periodLabel(b.interval.current),
    dates: formatRange(start, end),
    // A range of the same length has no name of its own: its dates say it.
    previous:
      b.interval.previous.granularity === 'custom'
        ? formatRange(b.interval.previous.start, b.interval.previous.end)
        : `${periodLabel(b.interval.previous)} · ${formatRange(
            b.interval.previous.start,
            b.interval.previous.end,
          )}`,
    prepared: formatIsoDate(ctx.today),
    demoData: ctx.demoData,
    empty: now.delivered.value === 0,
    /** Unequal lengths are said with both, and the counts are compared per month too. */
    lengths: unequal
      ? $localize`This interval covers ${Math.round(months(b.interval.current))}:now: months (${days(b.interval.current)}:nowDays: days), the one before ${Math.round(months(earlier))}:before: months (${days(earlier)}:beforeDays: days): the lengths differ, so compare the figures per month.`
      : null,
    headline: [
      {
        ...compareRow(
          figure($localize`Activities delivered`, now.delivered, before.delivered),
          now.delivered.value,
          before.delivered.value,
        ),
        ...measuredBy('delivered'),
      },
      {
        ...compareRow(
          figure($localize`Participants`, now.participants, before.participants),
          now.participants.value,
          before.participants.value,
        ),
        ...measuredBy('participants'),
      },
      {
        ...compareRow(
          figure($localize`Women among participants`, now.womenShare, before.womenShare, '%'),
          null,
          null,
        ),
        perMonth: null,
        ...measuredBy('women'),
      },
      {
        ...compareRow(
          figure($localize`Member states reached`, now.memberStates, before.memberStates),
          null,
          null,
        ),
        now: $localize`${formatValue(now.memberStates.value)}:n: of ${ctx.memberStatesTotal}:total:`,
        perMonth: null,
        ...measuredBy('memberStates'),
      },
      {
        label: $localize`Indicators on track`,
        now: $localize`${current.status['on-track']}:n: of ${b.indicators}:total:`,
        // Before the framework began there were no targets to be on track against.
        ...(ctx.frameworkStart && earlier.end < ctx.frameworkStart
          ? { before: $localize`before the framework`, change: '—' }
          : {
              before: $localize`${previous.status['on-track']}:n: of ${b.indicators}:total:`,
              change: change(current.status['on-track'], previous.status['on-track']),
            }),
        perMonth: null,
        target: '—',
        met: '—',
        indicator: null,
      },
    ],
    comparison:
      b.interval.comparison === 'same-length'
        ? $localize`Compared with the interval of the same length just before it, so the figures compare like for like.`
        : $localize`Compared with the interval between the meetings before it, chosen instead of the interval of the same length.`,
    goals: b.byGoal.map((g) => {
      const goal = ctx.goals.find((x) => x.id === g.id);
      return {
        id: g.id,
        code: goal?.code ?? g.id,
        title: goal?.title ?? '',
        indicators: g.indicators,
        onTrack: g.counts['on-track'],
        atRisk: g.counts['at-risk'],
        offTrack: g.counts['off-track'],
        depends: g.counts.depends,
        other:
          g.indicators -
          g.counts['on-track'] -
          g.counts['at-risk'] -
          g.counts['off-track'] -
          g.counts.depends,
      };
    }),
    largest: b.largest.map((a) => ({
      id: a.id,
      title: a.title,
      date: formatIsoDate(a.endDate),
      place: a.location ?? (a.hostCountry ? memberName(a.hostCountry) : '—'),
      participants: formatValue(a.participants.total),
    })),
    firstReached: b.firstReached.map(memberName),
    risks: risks.map((r) => ({
      id: r.indicator.id,
      code: r.indicator.code,
      name: r.indicator.name,
      status: r.periods[0]!.status,
      statusLabel: STATUS_LABELS[r.periods[0]!.status],
      /** Under a filter: whose status it is, and the part's contribution. */
      judged: r.periods[0]!.contribution,
      contribution: contributionText(r.periods[0]!, r.indicator.unit === '%' ? '%' : ''),
      range: boundsNote(r.periods[0]!),
      actual: formatValue(r.periods[0]!.actual.value, r.indicator.unit === '%' ? '%' : ''),
      target: formatValue(r.periods[0]!.target, r.indicator.unit === '%' ? '%' : ''),
      met: formatProgress(r.periods[0]!.progress, r.periods[0]!.bands),
      narrative: narrativeFor(r.indicator.id)?.text ?? null,
    })),
    /** How many of those indicators have no narrative for the interval: said once. */
    unexplained: risks.filter((r) => !narrativeFor(r.indicator.id)).length,
    // Missing classification comes first: it is what the statuses below depend on.
    caveats: [
      assessedFrom && assessedFrom !== start
        ? $localize`Indicator targets, % met and statuses cover ${formatRange(assessedFrom, end)}:dates:, the part of the interval inside the framework reported on; the delivery figures cover the whole interval.`
        : null,
      ...UNCLASSIFIED.map(([field, name]) => {
        const n = b.completed.filter((a) => a[field].length === 0).length;
        return n === 0
          ? null
          : $localize`${n}:count: of the ${b.completed.length}:total: activities delivered in the interval have no ${name}:classification: recorded: indicators that count by it may be low.`;
      }),
      depending > 0
        ? $localize`${depending}:count: indicators depend on that missing data: counted or not, those activities give different statuses, so none is given.`
        : null,
      coverageNote(now.participants, $localize`Participants`),
      now.womenShare.unknown > 0
        ? $localize`Sex recorded for ${now.womenShare.known}:known: of ${now.womenShare.records}:records: activities`
        : null,
      coverageNote(now.memberStates, $localize`Participating members`),
      flagged > 0
        ? $localize`${flagged}:count: of the interval's activity records break a data-quality rule; each counts where its values are usable.`
        : null,
    ].filter((c) => c !== null),
  };
}

export type BriefView = ReturnType<typeof briefView>;
