/**
 * The one-page Monthly Report: the month's delivered activities with their participants and
 * member states, the largest of them, what the work plan has due the next month, and delays.
 * A pure function of the records.
 */
import { coverageNote, formatValue } from '../../../core/format';
import {
  ACTIVITY_TYPE_LABELS,
  formatIsoDate,
  ITEM_STATE_LABELS,
  periodLabel,
} from '../../../core/labels';
import { addDays } from '../../../domain/dates';
import type { Activity, Member } from '../../../domain/schema';
import { bySex } from '../../../results/disaggregate';
import { DEFAULT_STATUSES, filterActivities, rangeOf } from '../../../results/filter';
import { headline } from '../../../results/headline';
import type { MeasureContext } from '../../../results/measures';
import { monthPeriod, type Period } from '../../../results/periods';
import type { Implementation } from '../../../results/workplan';
import { paragraph, table, type ReportDocument } from './document';

export interface MonthlyReportInput {
  month: Period;
  /** Every activity, sorted by end date. */
  activities: readonly Activity[];
  ctx: MeasureContext;
  members: readonly Member[];
  /** The items of the work plans that cover the month and the next, with their states today. */
  items: Implementation['items'];
  today: string;
  demoData: boolean;
}

/** The table of delivered activities keeps to one page: the largest this many. */
const ROWS = 12;
const LARGEST = 3;

export function monthlyReport(input: MonthlyReportInput): ReportDocument {
  const { month, ctx } = input;
  const completed = filterActivities(input.activities, undefined, DEFAULT_STATUSES);
  const [from, to] = rangeOf(completed, month.start, month.end);
  const delivered = [...completed.slice(from, to)].sort(
    (a, b) =>
      (b.participants.total ?? -1) - (a.participants.total ?? -1) ||
      (a.endDate < b.endDate ? -1 : 1),
  );
  const figures = headline(delivered, ctx);
  const sex = bySex(delivered);
  const name = (code: string) => input.members.find((m) => m.code === code)?.name ?? code;
  const label = periodLabel(month);
  const after = addDays(month.end, 1);
  const next = monthPeriod(Number(after.slice(0, 4)), Number(after.slice(5, 7)));
  const dueNext = input.items.filter(
    ({ item, state }) =>
      item.plannedEnd >= next.start &&
      item.plannedEnd <= next.end &&
      state !== 'delivered' &&
      state !== 'cancelled',
  );
  const delayed = input.items.filter(({ state }) => state === 'delayed');
  const largest = delivered.filter((a) => (a.participants.total ?? 0) > 0).slice(0, LARGEST);
  const notes = [
    coverageNote(figures.participants, $localize`Participants`),
    sex.female.unknown > 0
      ? $localize`Sex recorded for ${sex.female.known}:known: of ${sex.female.records}:records: activities`
      : null,
  ].filter((n) => n !== null);

  return {
    title: $localize`Monthly Report, ${label}:month:`,
    subtitle: $localize`Activities delivered, and the work plan's next steps and delays`,
    meta: [
      $localize`Prepared on ${formatIsoDate(input.today)}:date:`,
      ...(input.demoData ? [$localize`Demonstration data, not official RSO statistics`] : []),
    ],
    sections: [
      {
        heading: $localize`The month in figures`,
        blocks: [
          paragraph(
            delivered.length
              ? $localize`Activities completed in ${label}:month:: ${delivered.length}:count:. Participants: ${formatValue(figures.participants.value)}:participants: (women ${formatValue(sex.female.value)}:women:, men ${formatValue(sex.male.value)}:men:). Member states taking part: ${formatValue(figures.memberStates.value)}:members:.`
              : $localize`No activity was completed in ${label}:month:.`,
          ),
          ...notes.map((n) => paragraph(n, true)),
        ],
      },
      {
        heading: $localize`Activities delivered`,
        blocks: delivered.length
          ? [
              table(
                $localize`Activities completed in the month, the largest first`,
                [
                  $localize`Activity`,
                  $localize`Ended`,
                  $localize`Type`,
                  $localize`Participants`,
                  $localize`Member states`,
                ],
                delivered.slice(0, ROWS).map((a) => [
                  a.title,
                  formatIsoDate(a.endDate),
                  a.type ? ACTIVITY_TYPE_LABELS[a.type] : '—',
                  formatValue(a.participants.total),
                  a.members
                    .filter((m) => ctx.memberStates.has(m.code))
                    .map((m) => name(m.code))
                    .join(', ') || '—',
                ]),
                [3],
              ),
              ...(delivered.length > ROWS
                ? [
                    paragraph(
                      $localize`The ${ROWS}:shown: largest of ${delivered.length}:count: are listed; the Activities screen has them all.`,
                      true,
                    ),
                  ]
                : []),
              ...(largest.length
                ? [
                    paragraph(
                      $localize`The largest: ${largest
                        .map((a) => `${a.title} (${formatValue(a.participants.total)})`)
                        .join('; ')}:list:.`,
                    ),
                  ]
                : []),
            ]
          : [paragraph($localize`None.`)],
      },
      {
        heading: $localize`Due next month in the work plan`,
        blocks: dueNext.length
          ? [
              table(
                $localize`Work-plan items due next month`,
                [$localize`Item`, $localize`Planned end`, $localize`:work-plan item|:State`],
                dueNext.map(({ item, state }) => [
                  item.title,
                  formatIsoDate(item.plannedEnd),
                  ITEM_STATE_LABELS[state],
                ]),
              ),
            ]
          : [paragraph($localize`No work-plan item is due next month.`)],
      },
      {
        heading: $localize`Delays`,
        blocks: delayed.length
          ? [
              table(
                $localize`Work-plan items past their planned end, not delivered`,
                [$localize`Item`, $localize`Planned end`, $localize`Delivered by`],
                delayed.map(({ item, activities }) => [
                  item.title,
                  formatIsoDate(item.plannedEnd),
                  activities.map((a) => a.title).join('; ') || $localize`no activity linked`,
                ]),
              ),
            ]
          : [paragraph($localize`No work-plan item is delayed.`)],
      },
    ],
    fileName: `rso-monthly-report-${month.start.slice(0, 7)}`,
  };
}
