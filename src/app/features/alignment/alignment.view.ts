/**
 * The alignment pages in words and table rows: matrix cells with their text and the activity
 * list each opens, the gaps, and one working group's figures. Pure functions of the selectors'
 * output, shared by the page, its exports and its tests.
 */
import type { Params } from '@angular/router';
import { comparedFigure, ComparedFigure } from '../../core/change';
import { formatValue } from '../../core/format';
import { BASIS, formatIsoDate, NOT_RECORDED } from '../../core/labels';
import type { Goal, Member, Purpose, WorkingGroup } from '../../domain/schema';
import type { IndicatorPeriodResult } from '../../results/indicators';
import type { Status } from '../../results/status';
import {
  AlignmentGap,
  AlignmentMeasure,
  CrossTab,
  CrossTabCell,
  NOT_RECORDED_KEY,
} from '../../results/alignment';
import { byMember, keysOf } from '../../results/disaggregate';
import type { Cell } from '../../shared/export';
import { NOT_RECORDED_PARAM } from '../activities/activities.selectors';
import type { GroupFigures } from './alignment.selectors';

export interface Label {
  key: string;
  /** A code (SG1, WGTIP) or "Not recorded". */
  short: string;
  name: string;
}

export interface MatrixCell {
  value: number | null;
  text: string;
  empty: boolean;
  /** The activity list behind the cell. */
  query: Params;
  /** What the cell is, for screen readers and the tooltip. */
  description: string;
}

export interface MatrixView {
  /** The heatmap's axis labels: goals and purposes by code and short title, groups by code. */
  rowAxis: string[];
  columnAxis: string[];
  columns: Label[];
  rows: { label: Label; cells: MatrixCell[]; total: string; totalValue: number | null }[];
  totals: string[];
  total: string;
  /** Values per row and column, for the heatmap. */
  values: (number | null)[][];
}

interface Named {
  id: string;
  code: string;
}

/** A lookup from keys to labels; "not recorded" and unknown ids are labelled too. */
export function labeller<T extends Named>(
  records: readonly T[],
  name: (record: T) => string,
): (key: string) => Label {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (key) => {
    if (key === NOT_RECORDED_KEY) return { key, short: NOT_RECORDED, name: NOT_RECORDED };
    const record = byId.get(key);
    return record
      ? { key, short: record.code, name: name(record) }
      : { key, short: key, name: key };
  };
}

export const goalLabels = (goals: readonly Goal[]) => labeller(goals, (g) => g.title);
export const purposeLabels = (purposes: readonly Purpose[]) => labeller(purposes, (p) => p.title);
export const groupLabels = (groups: readonly WorkingGroup[]) => labeller(groups, (g) => g.name);

/** "SG1 Cooperation and capability ag…": the code, then as much of the title as an axis holds. */
export function axisLabel(label: Label, room = 32): string {
  if (label.name === label.short) return label.short;
  const text = `${label.short} ${label.name}`;
  return text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`;
}

/** "WG-TIP Working Group on Trafficking in Persons": both, once where they are the same. */
const fullLabel = (label: Label) =>
  label.name === label.short ? label.short : `${label.short} ${label.name}`;

/**
 * What a cell is, for its tooltip, its link's name and screen readers: the codes first (as the
 * axes show them), the measure with its unit and what was not recorded, then the full names.
 * "SG1 × WG-TIP: at least 38 participants, from 4 activities (participants not recorded for 1)
 * (SG1 Cooperation and capability…; WG-TIP Working Group on Trafficking in Persons)".
 */
export function cellDescription(
  row: Label,
  column: Label,
  cell: CrossTabCell,
  measure: AlignmentMeasure,
): string {
  const names =
    row.name === row.short && column.name === column.short
      ? ''
      : ` (${fullLabel(row)}; ${fullLabel(column)})`;
  if (cell.activities === 0)
    return $localize`${row.short}:row: × ${column.short}:column:: no activities` + names;
  const f = cell.figure;
  const value = formatValue(f.value);
  const figure =
    measure === 'activities'
      ? value
      : f.value === null
        ? $localize`${MEASURE_UNITS[measure]}:unit: not recorded`
        : f.unknown > 0
          ? $localize`at least ${value}:value: ${MEASURE_UNITS[measure]}:unit: (not recorded for ${f.unknown}:unknown: of ${f.records}:records: activities)`
          : `${value} ${MEASURE_UNITS[measure]}`;
  return (
    (cell.activities === 1
      ? $localize`${row.short}:row: × ${column.short}:column:: ${figure}:value:, from 1 activity`
      : $localize`${row.short}:row: × ${column.short}:column:: ${figure}:value:, from ${cell.activities}:count: activities`) +
    names
  );
}

const MEASURE_UNITS: Record<AlignmentMeasure, string> = {
  activities: $localize`activities`,
  participants: $localize`participants`,
  memberStates: $localize`member states`,
};

const drillValue = (key: string) => (key === NOT_RECORDED_KEY ? NOT_RECORDED_PARAM : key);

/**
 * A cross-tab as a matrix of cells. Each cell opens the completed activities of the period
 * under its row's goal and its column's key (`column` names the drill-down: group or purpose).
 */
export function matrixView(
  tab: CrossTab,
  rowLabel: (key: string) => Label,
  columnLabel: (key: string) => Label,
  column: 'group' | 'purpose',
  measure: AlignmentMeasure = 'activities',
): MatrixView {
  const columns = tab.columns.map(columnLabel);
  const rows = tab.rows.map((key, r) => {
    const label = rowLabel(key);
    return {
      label,
      total: formatValue(tab.rowTotals[r].figure.value),
      totalValue: tab.rowTotals[r].figure.value,
      cells: tab.cells[r].map((cell, c): MatrixCell => {
        const text = formatValue(cell.figure.value);
        return {
          value: cell.figure.value,
          text,
          empty: cell.activities === 0,
          query: {
            measure: null,
            status: 'completed',
            goal: drillValue(key),
            [column]: drillValue(tab.columns[c]),
          },
          description: cellDescription(label, columns[c]!, cell, measure),
        };
      }),
    };
  });
  return {
    rowAxis: rows.map((r) => axisLabel(r.label)),
    columnAxis: columns.map((c) => (column === 'purpose' ? axisLabel(c) : c.short)),
    columns,
    rows,
    totals: tab.columnTotals.map((t) => formatValue(t.figure.value)),
    total: formatValue(tab.total.figure.value),
    values: tab.cells.map((row) => row.map((cell) => cell.figure.value)),
  };
}

/** The matrix as spreadsheet rows: exactly the figures shown, unknown left blank. */
export function matrixRows(view: MatrixView, corner: string): Cell[][] {
  const total = $localize`Total (each activity once)`;
  return [
    [
      corner,
      ...view.columns.map((c) => `${c.short} ${c.name === c.short ? '' : c.name}`.trim()),
      total,
    ],
    ...view.rows.map((r) => [
      `${r.label.short} ${r.label.name === r.label.short ? '' : r.label.name}`.trim(),
      ...r.cells.map((c) => c.value),
      r.totalValue,
    ]),
  ];
}

export interface GapView {
  group: Label;
  goals: { label: Label; last: string }[];
}

/** Gaps grouped by working group, in the matrix's column order. */
export function gapsView(
  gaps: readonly AlignmentGap[],
  goal: (key: string) => Label,
  group: (key: string) => Label,
): GapView[] {
  const byGroup = new Map<string, GapView>();
  for (const gap of gaps) {
    let view = byGroup.get(gap.group);
    if (!view) byGroup.set(gap.group, (view = { group: group(gap.group), goals: [] }));
    view.goals.push({
      label: goal(gap.goal),
      last: gap.lastActivity
        ? formatIsoDate(gap.lastActivity)
        : gap.unclassified === 0
          ? $localize`never`
          : gap.unclassified === 1
            ? $localize`unknown: 1 activity of this group has no goal recorded`
            : $localize`unknown: ${gap.unclassified}:count: activities of this group have no goal recorded`,
    });
  }
  return [...byGroup.values()];
}

export interface SubRegionRow {
  subRegion: string;
  states: number;
  reached: number;
  /** Activities with at least one member state of the sub-region. */
  activities: number;
  /** Participants from the sub-region's member states, where counts were recorded. */
  participants: number;
  /** Member entries (activity × state) whose count was recorded, and those whose was not. */
  countKnown: number;
  countUnknown: number;
}

/** One working group's page: change against the interval before, goals, participation. */
export function groupView(
  page: GroupFigures,
  ctx: {
    goals: readonly Goal[];
    purposes: readonly Purpose[];
    members: readonly Member[];
    groups: readonly WorkingGroup[];
  },
) {
  const memberStates = ctx.members.filter((m) => m.kind === 'state' && m.status === 'member');
  const { now, before } = page;
  const headline: ComparedFigure[] = [
    comparedFigure($localize`Activities delivered`, now.delivered, before.delivered),
    comparedFigure($localize`Participants`, now.participants, before.participants),
    comparedFigure($localize`Women among participants`, now.womenShare, before.womenShare, '%'),
    {
      ...comparedFigure($localize`Member states reached`, now.memberStates, before.memberStates),
      now: $localize`${formatValue(now.memberStates.value)}:n: of ${memberStates.length}:total:`,
    },
  ];

  const served = (dimension: 'goal' | 'purpose') => {
    const counts = new Map<string, number>();
    for (const a of page.completed)
      for (const key of new Set(keysOf(a, dimension))) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const goalCounts = served('goal');
  const goalLabel = goalLabels(ctx.goals);
  const goals = [...goalCounts.entries()]
    .sort(
      ([a], [b]) => ctx.goals.findIndex((g) => g.id === a) - ctx.goals.findIndex((g) => g.id === b),
    )
    .map(([id, activities]) => ({ label: goalLabel(id), activities }));
  const purposeLabel = purposeLabels(ctx.purposes);
  const purposes = [...served('purpose').entries()]
    .sort(
      ([a], [b]) =>
        ctx.purposes.findIndex((p) => p.id === a) - ctx.purposes.findIndex((p) => p.id === b),
    )
    .map(([id, activities]) => ({ label: purposeLabel(id), activities }));

  const subRegions = subRegionRows(page, memberStates);
  const notReached = memberStates.filter((m) => !page.reached.has(m.code));
  const participation = new Map(byMember(page.completed).map((p) => [p.code, p]));
  const contributions = contributionRows(page);
  return {
    headline,
    goals,
    goalsTotal: ctx.goals.length,
    contributions,
    unplacedNote: contributions.some((r) => r.note)
      ? $localize`A share marked “at least” could be higher: some of the RSO’s activities behind it have no working group recorded (the number is in each share’s note).`
      : null,
    gaps: gapsView(page.gaps, goalLabel, groupLabels(ctx.groups))[0]?.goals ?? [],
    /** Per member state: its participation, for the map and its table. */
    mapValues: memberStates.map((m): MapValue => {
      const p = participation.get(m.code);
      return {
        code: m.code,
        name: m.name,
        activities: p?.activities ?? 0,
        // A state whose counts were never recorded has an unknown number of participants, not 0.
        participants: !p ? 0 : p.countUnknown === p.activities ? null : p.participants,
        countUnknown: p?.countUnknown ?? 0,
      };
    }),
    notReachedNote:
      page.noMemberList === 0
        ? null
        : page.noMemberList === 1
          ? $localize`Not reached, or not recorded: 1 activity has no member list.`
          : $localize`Not reached, or not recorded: ${page.noMemberList}:count: activities have no member list.`,
    goalsNotRecorded: page.completed.filter((a) => a.goals.length === 0).length,
    purposes,
    subRegions,
    sex: {
      women: formatValue(page.sex.female.value),
      men: formatValue(page.sex.male.value),
      notRecorded: formatValue(page.sex.notRecorded),
      share:
        page.sex.femaleShare === null
          ? '—'
          : formatValue(Math.round(page.sex.femaleShare * 1000) / 10, '%'),
    },
    reached: memberStates.filter((m) => page.reached.has(m.code)),
    notReached,
    memberStates,
  };
}

function subRegionRows(page: GroupFigures, memberStates: readonly Member[]): SubRegionRow[] {
  const regionOf = new Map(memberStates.map((m) => [m.code, m.subRegion]));
  const rows = new Map<string, SubRegionRow>();
  for (const m of memberStates) {
    let row = rows.get(m.subRegion);
    if (!row)
      rows.set(
        m.subRegion,
        (row = {
          subRegion: m.subRegion,
          states: 0,
          reached: 0,
          activities: 0,
          participants: 0,
          countKnown: 0,
          countUnknown: 0,
        }),
      );
    row.states++;
    if (page.reached.has(m.code)) row.reached++;
  }
  for (const a of page.completed) {
    const regions = new Set(
      a.members.map((m) => regionOf.get(m.code)).filter((r) => r !== undefined),
    );
    for (const r of regions) rows.get(r)!.activities++;
  }
  for (const p of byMember(page.completed)) {
    const region = regionOf.get(p.code);
    if (!region) continue;
    rows.get(region)!.participants += p.participants;
    rows.get(region)!.countKnown += p.activities - p.countUnknown;
    rows.get(region)!.countUnknown += p.countUnknown;
  }
  return [...rows.values()];
}

export type GroupView = ReturnType<typeof groupView>;

/** One member state on the map: what took place there, with what was not recorded. */
export interface MapValue {
  code: string;
  name: string;
  activities: number;
  /** Participants where counts were recorded; null when none of its counts was. */
  participants: number | null;
  countUnknown: number;
}

export interface ContributionRow {
  id: string;
  code: string;
  name: string;
  /** The filtered part's figure and the RSO's, as on screen. */
  mine: string;
  rso: string;
  share: string;
  /** The figures as numbers (null: unknown), for checks and exports. */
  values: { mine: number | null; rso: number | null; share: number | null };
  /** How the figure accrues when not per period ("cumulative since the framework start"). */
  basis: string | null;
  /** "at least …" when RSO records lack the classification the filter selects by. */
  note: string | null;
  status: Status;
  judged: IndicatorPeriodResult['contribution'];
}

/** Each indicator's contribution for the period: the part's figure, the RSO's, the share. */
export function contributionRows(page: Pick<GroupFigures, 'results'>): ContributionRow[] {
  return page.results.map(({ indicator, periods: [p] }) => {
    const c = p!.contribution;
    const unit = indicator.unit === '%' ? '%' : '';
    const rso = c ? c.rso.actual.value : p!.actual.value;
    const whole = c?.kind === 'whole';
    return {
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      mine: whole ? $localize`RSO only` : formatValue(p!.actual.value, unit),
      rso: formatValue(rso, unit),
      share:
        c?.share === null || c?.share === undefined
          ? '—'
          : formatValue(Math.round(c.share * 1000) / 10, '%'),
      values: { mine: p!.actual.value, rso, share: c?.share ?? null },
      basis: BASIS[indicator.cumulation],
      note:
        c && c.unplaced > 0
          ? c.unplaced === 1
            ? $localize`1 more activity of the RSO's has no working group recorded`
            : $localize`${c.unplaced}:count: more activities of the RSO's have no working group recorded`
          : null,
      status: p!.status,
      judged: c,
    };
  });
}
