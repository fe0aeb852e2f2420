/**
 * The Annual Report on the implementation of the framework and the Annual Work Plan for one
 * work-plan year: summary, delivery against the plan, the year's IPTT, progress by goal with
 * the narratives, working groups served, member states and participation by sex, caveats.
 * Built from the brief of the year (live, or as an approved round froze it) and the work plan's
 * implementation; a pure function of them.
 */
import { formatAmount, formatValue } from '../../../core/format';
import {
  formatIsoDate,
  formatRange,
  ITEM_STATE_LABELS,
  NOT_RECORDED,
  periodLabel,
  STATUS_LABELS,
} from '../../../core/labels';
import type { WorkingGroup } from '../../../domain/schema';
import type { Brief } from '../../../results/brief';
import { byMember, bySex } from '../../../results/disaggregate';
import { ITEM_STATES, type Implementation, type Rate } from '../../../results/workplan';
import { ipttRows, sortRows } from '../../indicators/iptt';
import { briefView, type BriefContext } from '../brief.view';
import { list, paragraph, table, type Block, type ReportDocument } from './document';

export interface Approval {
  by: string;
  /** ISO timestamp of the approval. */
  at: string;
  meeting: string | null;
}

export interface AnnualReportInput {
  frameworkName: string;
  /** The brief of the work-plan year against the year before. */
  brief: Brief;
  context: BriefContext;
  /** The year's work plan as implemented; null when none was recorded. */
  plan: Implementation | null;
  currency: string | null | undefined;
  workingGroups: readonly WorkingGroup[];
  /** Set when the figures are an approved round's snapshot. */
  approval: Approval | null;
}

/** Listed by name up to this many; beyond, "and n more". */
const LISTED = 12;

function rateText(r: Rate): string {
  return r.rate === null
    ? $localize`nothing due`
    : $localize`${r.delivered}:delivered: of ${r.due}:due: (${formatValue(Math.round(r.rate * 1000) / 10, '%')}:rate:)`;
}

function namesWithMore(names: readonly string[]): string {
  return names.length <= LISTED
    ? names.join(', ')
    : $localize`${names.slice(0, LISTED).join(', ')}:names: and ${names.length - LISTED}:more: more`;
}

function summary(input: AnnualReportInput, view: ReturnType<typeof briefView>): Block[] {
  const { brief: b, plan } = input;
  const [delivered, participants, women, members] = view.headline;
  const year = view.title;
  const status = b.current.status;
  return [
    paragraph(
      $localize`Activities completed in ${year}:year:: ${delivered!.now}:activities:, with ${participants!.now}:participants: participants from ${members!.now}:members: member states; women were ${women!.now}:women: of the participants whose sex was recorded.`,
    ),
    paragraph(
      plan
        ? plan.overall.rate === null
          ? $localize`No item of the Annual Work Plan was due yet: ${plan.items.length}:items: items are planned.`
          : $localize`Annual Work Plan: ${rateText(plan.overall)}:rate: items due delivered; delayed: ${plan.counts.delayed}:delayed:; cancelled: ${plan.counts.cancelled}:cancelled:.`
        : $localize`No Annual Work Plan was recorded for ${year}:year:.`,
    ),
    paragraph(
      $localize`${status['on-track']}:onTrack: of the ${b.indicators}:indicators: indicators are on track for the year, ${status['at-risk']}:atRisk: at risk and ${status['off-track']}:offTrack: off track; ${status.depends}:depends: depend on missing data.`,
    ),
    table(
      $localize`Headline figures`,
      [
        $localize`Figure`,
        year,
        $localize`Year before`,
        $localize`:difference from the interval before|:Change`,
        $localize`Target`,
        $localize`% met`,
      ],
      view.headline.map((f) => [f.label, f.now, f.before, f.change, f.target, f.met]),
      [1, 2, 3, 4, 5],
    ),
  ];
}

function delivery(input: AnnualReportInput, year: string): Block[] {
  const { plan, currency } = input;
  if (!plan) return [paragraph($localize`No Annual Work Plan was recorded for ${year}:year:.`)];
  const goalName = (id: string) => {
    const goal = input.context.goals.find((g) => g.id === id);
    return goal ? `${goal.code} ${goal.title}` : id;
  };
  const unplanned = plan.unplanned.map((a) => a.title);
  return [
    paragraph(
      $localize`Implementation rate (delivered ÷ due): ${rateText(plan.overall)}:rate:. An item is delivered once every activity linked to it is completed; it is due once delivered or past its planned end; cancelled items are never due.`,
    ),
    table(
      $localize`Work-plan items by state`,
      [$localize`:work-plan item|:State`, $localize`Items`],
      ITEM_STATES.map((s) => [ITEM_STATE_LABELS[s], String(plan.counts[s])]),
      [1],
    ),
    ...(plan.byGoal.length
      ? [
          table(
            $localize`Delivered ÷ due by strategic goal`,
            [$localize`Goal`, $localize`Delivered`, $localize`Due`, $localize`Rate`],
            plan.byGoal.map((g) => [
              goalName(g.id),
              String(g.delivered),
              String(g.due),
              g.rate === null ? '—' : formatValue(Math.round(g.rate * 1000) / 10, '%'),
            ]),
            [1, 2, 3],
          ),
        ]
      : []),
    table(
      $localize`Work-plan items`,
      [
        $localize`Item`,
        $localize`Planned end`,
        $localize`:work-plan item|:State`,
        $localize`Delivered by`,
        $localize`Budget`,
      ],
      plan.items.map(({ item, state, activities }) => [
        item.title,
        formatIsoDate(item.plannedEnd),
        ITEM_STATE_LABELS[state],
        activities.map((a) => a.title).join('; ') || '—',
        item.budget === null
          ? '—'
          : formatAmount({ value: item.budget, records: 1, known: 1, unknown: 0 }, currency),
      ]),
      [4],
    ),
    paragraph(
      unplanned.length
        ? $localize`Delivered outside the plan: ${unplanned.length}:count: activities — ${namesWithMore(unplanned)}:names:.`
        : $localize`Every activity completed in the year delivered an item of the plan.`,
    ),
    paragraph(
      $localize`Budget planned: ${formatAmount(plan.planned, currency)}:planned:. Spent by the activities that delivered items: ${formatAmount(plan.spent, currency)}:spent:.`,
    ),
  ];
}

function indicators(input: AnnualReportInput): Block[] {
  const rows = sortRows(
    ipttRows(
      input.brief.results.map((r) => ({ indicator: r.indicator, periods: r.periods.slice(0, 1) })),
      input.context.narratives,
      input.context.today,
    ),
    'code',
    'asc',
  );
  const notes = rows.flatMap((r) => {
    const c = r.cells[0]!;
    const said = [r.basis, c.coverage, c.range].filter((n) => n !== null);
    return said.length ? [`${r.code}: ${said.join('. ')}`] : [];
  });
  return [
    table(
      $localize`Indicator Performance Tracking Table for the year`,
      [
        $localize`Code`,
        $localize`Indicator`,
        $localize`Baseline`,
        $localize`Target`,
        $localize`Actual`,
        $localize`% met`,
        $localize`Status`,
      ],
      rows.map((r) => {
        const c = r.cells[0]!;
        const unit = r.unit === '%' ? ' %' : '';
        return [
          r.code,
          r.name,
          r.baseline === '—' ? r.baseline : r.baseline + unit,
          c.target === '—' ? c.target : c.target + unit,
          c.actual === '—' ? c.actual : c.actual + unit,
          c.met,
          STATUS_LABELS[c.status],
        ];
      }),
      [2, 3, 4, 5],
    ),
    ...(notes.length ? [paragraph($localize`Notes on the figures:`, true), list(notes)] : []),
  ];
}

function goals(view: ReturnType<typeof briefView>): Block[] {
  return [
    table(
      $localize`Indicators by strategic goal and status`,
      [
        $localize`Goal`,
        $localize`On track`,
        $localize`At risk`,
        $localize`Off track`,
        $localize`Depends on missing data`,
        $localize`No status yet`,
      ],
      view.goals.map((g) => [
        `${g.code} ${g.title}`,
        String(g.onTrack),
        String(g.atRisk),
        String(g.offTrack),
        String(g.depends),
        String(g.other),
      ]),
      [1, 2, 3, 4, 5],
    ),
    ...(view.risks.length
      ? [
          paragraph(
            $localize`Indicators off track, at risk or depending on missing data, with their narratives:`,
          ),
          list(
            view.risks.map(
              (r) =>
                `${r.code} ${r.name} — ${r.statusLabel}: ${r.actual} / ${r.target} (${r.met}). ${
                  r.narrative ?? $localize`No narrative has been written for the year.`
                }`,
            ),
          ),
        ]
      : [paragraph($localize`No indicator is off track, at risk or depending on missing data.`)]),
  ];
}

function workingGroups(input: AnnualReportInput): Block[] {
  const completed = input.brief.completed;
  const rows = [
    ...input.workingGroups.map((g) => ({ name: g.name, id: g.id })),
    { name: NOT_RECORDED, id: null },
  ].flatMap(({ name, id }) => {
    const served = completed.filter((a) =>
      id === null ? a.workingGroups.length === 0 : a.workingGroups.includes(id),
    );
    if (!served.length) return [];
    const known = served.filter((a) => a.participants.total !== null);
    const participants = known.reduce((sum, a) => sum + a.participants.total!, 0);
    return [
      [
        name,
        String(served.length),
        known.length
          ? known.length < served.length
            ? $localize`${formatValue(participants)}:n: (known for ${known.length}:known: of ${served.length}:records:)`
            : formatValue(participants)
          : '—',
      ],
    ];
  });
  return rows.length
    ? [
        table(
          $localize`Activities delivered for each working group`,
          [$localize`Working group`, $localize`Activities delivered`, $localize`Participants`],
          rows,
          [1, 2],
        ),
        paragraph(
          $localize`An activity serving several working groups counts once for each.`,
          true,
        ),
      ]
    : [paragraph($localize`No activity was delivered in the year.`)];
}

function membersAndSex(input: AnnualReportInput, view: ReturnType<typeof briefView>): Block[] {
  const { context } = input;
  const name = (code: string) => context.members.find((m) => m.code === code)?.name ?? code;
  const reached = byMember(input.brief.completed).filter((m) =>
    context.members.some((x) => x.code === m.code && x.kind === 'state'),
  );
  const sex = bySex(input.brief.completed);
  return [
    paragraph(
      reached.length
        ? $localize`Member states that took part (${view.headline[3]!.now}:count:): ${reached
            .map((m) => name(m.code))
            .sort()
            .join(', ')}:names:.`
        : $localize`No member state took part in an activity completed in the year.`,
    ),
    ...(view.firstReached.length
      ? [
          paragraph(
            $localize`Taking part for the first time: ${view.firstReached.join(', ')}:names:.`,
          ),
        ]
      : []),
    table(
      $localize`Participants by sex`,
      [$localize`Women`, $localize`Men`, $localize`Sex not recorded`, $localize`Women's share`],
      [
        [
          formatValue(sex.female.value),
          formatValue(sex.male.value),
          formatValue(sex.notRecorded),
          sex.femaleShare === null
            ? '—'
            : formatValue(Math.round(sex.femaleShare * 1000) / 10, '%'),
        ],
      ],
      [0, 1, 2, 3],
    ),
  ];
}

function caveats(input: AnnualReportInput, view: ReturnType<typeof briefView>): string[] {
  const plan = input.plan;
  return [
    ...view.caveats,
    ...(plan && plan.spent.unknown > 0
      ? [
          $localize`The cost of ${plan.spent.unknown}:unknown: of the ${plan.spent.records}:records: activities that delivered items is not recorded: the amount spent is a floor.`,
        ]
      : []),
    input.approval
      ? $localize`These figures are those of the approved round, frozen on approval; corrections made since are not in them.`
      : $localize`These figures are live: they change as records are corrected, until the year's reporting round is approved.`,
  ];
}

export function annualReport(input: AnnualReportInput): ReportDocument {
  const view = briefView(input.brief, input.context);
  const { start, end } = input.brief.interval.current;
  const year = periodLabel(input.brief.interval.current);
  const approval = input.approval;
  return {
    title: $localize`Annual Report ${year}:year:`,
    subtitle: $localize`Implementation of the ${input.frameworkName}:framework: and the Annual Work Plan, ${formatRange(start, end)}:dates:`,
    meta: [
      approval
        ? $localize`Approved by ${approval.by}:who: on ${formatIsoDate(approval.at.slice(0, 10))}:date:${approval.meeting ? ` (${approval.meeting})` : ''}:meeting:; figures as of ${view.prepared}:today:`
        : $localize`Live figures prepared on ${view.prepared}:date:, not yet approved`,
      ...(view.demoData ? [$localize`Demonstration data, not official RSO statistics`] : []),
    ],
    sections: [
      { heading: $localize`Summary`, blocks: summary(input, view) },
      { heading: $localize`Delivery against the Annual Work Plan`, blocks: delivery(input, year) },
      { heading: $localize`Results against the indicators`, blocks: indicators(input) },
      { heading: $localize`Progress by strategic goal`, blocks: goals(view) },
      { heading: $localize`Working groups served`, blocks: workingGroups(input) },
      {
        heading: $localize`Member states reached and participation by sex`,
        blocks: membersAndSex(input, view),
      },
      { heading: $localize`Caveats`, blocks: [list(caveats(input, view))] },
    ],
    fileName: `rso-annual-report-${start.slice(0, 4)}${approval ? '-approved' : ''}`,
  };
}
