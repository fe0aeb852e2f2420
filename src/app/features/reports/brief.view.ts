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
import { coverageNote, formatValue } from '../../core/format';
import {
  boundsNote,
  contributionText,
  formatIsoDate,
  formatRange,
  periodLabel,
  STATUS_LABELS,
} from '../../core/labels';
import type { Goal, Member, Narrative } from '../../domain/schema';
import type { Brief } from '../../results/brief';
import type { Classification } from '../../results/indicators';
import type { Status } from '../../results/status';

export interface BriefContext {
  goals: readonly Goal[];
  members: readonly Member[];
  narratives: readonly Narrative[];
  demoData: boolean;
  today: string;
  flagged: ReadonlySet<string>;
  memberStatesTotal: number;
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
  const narrativeFor = (indicator: string) =>
    ctx.narratives
      .filter((n) => n.indicator === indicator && years.has(n.period.slice(0, 4)))
      .sort((x, y) => (x.period < y.period ? 1 : -1))[0] ?? null;
  const flagged = b.completed.filter((a) => ctx.flagged.has(a.id)).length;
  const risks = b.results
    .filter((r) => RISKS.includes(r.periods[0]!.status))
    .sort((x, y) => RISKS.indexOf(x.periods[0]!.status) - RISKS.indexOf(y.periods[0]!.status));
  const depending = risks.filter((r) => r.periods[0]!.status === 'depends').length;

  return {
    title: periodLabel(b.interval.current),
    dates: formatRange(start, end),
    previous: `${periodLabel(b.interval.previous)} · ${formatRange(
      b.interval.previous.start,
      b.interval.previous.end,
    )}`,
    prepared: formatIsoDate(ctx.today),
    demoData: ctx.demoData,
    empty: now.delivered.value === 0,
    headline: [
      figure($localize`Activities delivered`, now.delivered, before.delivered),
      figure($localize`Participants`, now.participants, before.participants),
      figure($localize`Women among participants`, now.womenShare, before.womenShare, '%'),
      {
        ...figure($localize`Member states reached`, now.memberStates, before.memberStates),
        now: $localize`${formatValue(now.memberStates.value)}:n: of ${ctx.memberStatesTotal}:total:`,
      },
      {
        label: $localize`Indicators on track`,
        now: $localize`${current.status['on-track']}:n: of ${b.indicators}:total:`,
        before: $localize`${previous.status['on-track']}:n: of ${b.indicators}:total:`,
        change: change(current.status['on-track'], previous.status['on-track']),
      },
    ] satisfies ComparedFigure[],
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
      narrative: narrativeFor(r.indicator.id)?.text ?? null,
    })),
    // Missing classification comes first: it is what the statuses below depend on.
    caveats: [
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
        ? $localize`${flagged}:count: of the interval's activity records have data-quality warnings (see Data quality).`
        : null,
    ].filter((c) => c !== null),
  };
}

export type BriefView = ReturnType<typeof briefView>;
