/** The Indicator Performance Tracking Table as rows and cells: one model for the screen and the exports. */
import { formatProgress, formatValue } from '../../core/format';
import {
  BASIS,
  boundsNote,
  classificationNote,
  contributionText,
  periodLabel,
  STATUS_LABELS,
  statusOwner,
} from '../../core/labels';
import type { Contribution } from '../../results/contribution';
import type { Narrative } from '../../domain/schema';
import type { IndicatorResult } from '../../results/indicators';
import type { Period } from '../../results/periods';
import type { Status } from '../../results/status';
import { numberCell, type Cell } from '../../shared/export';

export type IpttSort = 'code' | 'name' | 'progress';

export interface IpttCell {
  target: string;
  actual: string;
  /** The figures as numbers, for the exports (null: unknown, or no target). */
  values: { target: number | null; actual: number | null; met: number | null };
  /** Set when some records lacked the value: the figure is built on partial data. */
  coverage: string | null;
  met: string;
  status: Status;
  /** In a filtered view: the part's contribution in words, and whose status `status` is. */
  contribution: string | null;
  judged: Contribution | undefined;
  /** For a status that depends on missing data: its range and what decides it. */
  range: string | null;
  /** The narrative for this indicator and period, if one was written. */
  narrative: string | null;
  /** A closed period off track or at risk with no narrative: an explanation is owed. */
  explain: boolean;
}

export interface IpttRow {
  id: string;
  code: string;
  name: string;
  unit: string;
  /** How the actual accrues, when not per period: "cumulative since the framework start". */
  basis: string | null;
  baseline: string;
  baselineValue: number | null;
  cells: IpttCell[];
  /** Progress in the last period shown before the framework column, for sorting. */
  sortProgress: number;
}

const VARIANCE: readonly Status[] = ['off-track', 'at-risk'];

export function ipttRows(
  results: readonly IndicatorResult[],
  narratives: readonly Pick<Narrative, 'indicator' | 'period' | 'text'>[] = [],
  today = '',
): IpttRow[] {
  const narrativeOf = new Map(narratives.map((n) => [`${n.indicator}|${n.period}`, n.text]));
  return results.map(({ indicator, periods }) => ({
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    basis: BASIS[indicator.cumulation],
    baseline: formatValue(indicator.baseline.value),
    baselineValue: indicator.baseline.value,
    cells: periods.map((p) => ({
      target: formatValue(p.target),
      actual: formatValue(p.actual.value),
      values: {
        target: p.target,
        actual: p.actual.value,
        met: p.progress === null ? null : p.progress * 100,
      },
      coverage:
        [
          p.actual.unknown > 0
            ? $localize`value known for ${p.actual.known}:known: of ${p.actual.records}:records: records`
            : null,
          classificationNote(p.unclassified),
        ]
          .filter((note) => note !== null)
          .join('. ') || null,
      met: formatProgress(p.progress, p.bands),
      status: p.status,
      contribution: contributionText(p, indicator.unit === '%' ? '%' : ''),
      judged: p.contribution,
      range: boundsNote(p),
      narrative: narrativeOf.get(`${indicator.id}|${p.period.key}`) ?? null,
      explain:
        !narrativeOf.has(`${indicator.id}|${p.period.key}`) &&
        p.period.granularity !== 'framework' &&
        !!today &&
        p.period.end < today &&
        VARIANCE.includes(p.status),
    })),
    sortProgress: periods.at(-2)?.progress ?? periods.at(-1)?.progress ?? -Infinity,
  }));
}

const CODE_ORDER = (code: string) =>
  code
    .split('.')
    .map((n) => n.padStart(4, '0'))
    .join('.');

export function sortRows(
  rows: readonly IpttRow[],
  by: IpttSort,
  direction: 'asc' | 'desc',
): IpttRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const key = (r: IpttRow): string | number =>
    by === 'code' ? CODE_ORDER(r.code) : by === 'name' ? r.name.toLowerCase() : r.sortProgress;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}

/**
 * The table as shown, with two header rows, for CSV and XLSX: figures as numbers (a dash on
 * screen is an empty cell), and what the screen says beside them — partial data, missing
 * classification, the range of a status that depends on it, how the figure accrues — in a
 * last column of notes.
 */
export function ipttTable(rows: readonly IpttRow[], periods: readonly Period[]): Cell[][] {
  const head1: Cell[] = ['', '', '', ''];
  const head2: Cell[] = [
    $localize`Code`,
    $localize`Indicator`,
    $localize`Unit`,
    $localize`Baseline`,
  ];
  for (const p of periods) {
    head1.push(periodLabel(p), '', '', '');
    head2.push($localize`Target`, $localize`Actual`, $localize`% met`, $localize`Status`);
  }
  head1.push('');
  head2.push($localize`Notes`);
  const body = rows.map((r) => [
    r.code,
    r.name,
    r.unit,
    numberCell(r.baselineValue),
    ...r.cells.flatMap((c) => [
      numberCell(c.values.target),
      numberCell(c.values.actual),
      numberCell(c.values.met, '%'),
      statusOwner(c.judged)
        ? `${statusOwner(c.judged)!.short}: ${STATUS_LABELS[c.status]}`
        : STATUS_LABELS[c.status],
    ]),
    [
      r.basis,
      ...r.cells.flatMap((c, i) =>
        [c.contribution, c.coverage, c.range]
          .filter((n) => n !== null)
          .map((n) => `${periodLabel(periods[i]!)}: ${n}`),
      ),
    ]
      .filter((n) => n !== null)
      .join('. '),
  ]);
  return [head1, head2, ...body];
}
