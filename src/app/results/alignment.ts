/**
 * Alignment: activities cross-tabulated by two classifications (goal × working group, goal ×
 * core purpose), and the gaps — goals a working group has not served in a period.
 *
 * Nothing is dropped: an activity with no value for a classification counts under the
 * "not recorded" key, and one whose value is not among the expected keys (a goal of another
 * framework, an unknown group) gets a row or column of its own. An activity under several keys
 * counts in each of their cells, so cells may add up to more than a row's total; the totals
 * count each activity once.
 */
import type { IsoDate } from '../domain/dates';
import type { Activity, Measure } from '../domain/schema';
import { Dimension, keysOf } from './disaggregate';
import { Figure } from './figure';
import { computeMeasure, MeasureContext } from './measures';

/** The key of the "not recorded" row or column. No record id can be empty, so it never clashes. */
export const NOT_RECORDED_KEY = '';

export const ALIGNMENT_MEASURES = ['activities', 'participants', 'memberStates'] as const;
export type AlignmentMeasure = (typeof ALIGNMENT_MEASURES)[number];

const MEASURES: Record<AlignmentMeasure, Measure> = {
  activities: { kind: 'count' },
  participants: { kind: 'sum', field: 'participants.total' },
  memberStates: { kind: 'distinct', field: 'memberStates' },
};

export interface CrossTabCell {
  /** Activities in the cell: what the activity list it opens shows. */
  activities: number;
  /** The chosen measure over those activities. */
  figure: Figure;
}

export interface CrossTab {
  /** Row keys: the expected ones in order, then unexpected ones, then NOT_RECORDED_KEY. */
  rows: string[];
  columns: string[];
  /** cells[row][column]. */
  cells: CrossTabCell[][];
  /** The measure over each row's activities, each counted once. */
  rowTotals: CrossTabCell[];
  columnTotals: CrossTabCell[];
  total: CrossTabCell;
}

export interface Axis {
  dimension: Dimension;
  /** The keys shown even when empty (a framework's goals, every working group). */
  keys: readonly string[];
  /**
   * Only these keys: no column for other keys the activities also carry, nor for "not
   * recorded" (the working groups a filter names).
   */
  only?: boolean;
}

/** Distinct keys of an activity on one axis; none recorded reads as NOT_RECORDED_KEY. */
function axisKeys(a: Activity, dimension: Dimension): readonly string[] {
  const keys = keysOf(a, dimension);
  if (keys.length === 0) return [NOT_RECORDED_KEY];
  return keys.length === 1 ? keys : [...new Set(keys)];
}

/** Expected keys, then any others found (sorted), then "not recorded" (always shown). */
function orderKeys(axis: Axis, found: Iterable<string>): string[] {
  const expected = axis.keys;
  if (axis.only) return [...expected];
  const known = new Set(expected);
  const others = [...found].filter((k) => k !== NOT_RECORDED_KEY && !known.has(k)).sort();
  return [...expected, ...others, NOT_RECORDED_KEY];
}

/**
 * Activities sorted into the rows, columns and cells of two axes: what a cross-tab shows under
 * any measure, so switching the measure does not sort the records again.
 */
export interface Grouping {
  rows: string[];
  columns: string[];
  /** cells[row][column]: the activities in the cell. */
  cells: Activity[][][];
  byRow: Activity[][];
  byColumn: Activity[][];
  all: readonly Activity[];
}

/** Sorts `activities` into the rows, columns and cells of two axes. */
export function groupByAxes(
  activities: readonly Activity[],
  rowAxis: Axis,
  columnAxis: Axis,
): Grouping {
  // Keys become positions as they are met, so each record costs array pushes, not map lookups
  // on joined keys; the expected order is applied once at the end.
  const rowAt = new Map<string, number>();
  const columnAt = new Map<string, number>();
  const byRow: Activity[][] = [];
  const byColumn: Activity[][] = [];
  const byCell: Activity[][][] = [];
  const position = (at: Map<string, number>, key: string) => {
    let i = at.get(key);
    if (i === undefined) at.set(key, (i = at.size));
    return i;
  };
  for (const a of activities) {
    const rows = axisKeys(a, rowAxis.dimension);
    const columns = axisKeys(a, columnAxis.dimension);
    for (const c of columns) (byColumn[position(columnAt, c)] ??= []).push(a);
    for (const r of rows) {
      const row = position(rowAt, r);
      (byRow[row] ??= []).push(a);
      const cells = (byCell[row] ??= []);
      for (const c of columns) (cells[columnAt.get(c)!] ??= []).push(a);
    }
  }
  const rows = orderKeys(rowAxis, rowAt.keys());
  const columns = orderKeys(columnAxis, columnAt.keys());
  const list = <T>(lists: T[][], i: number | undefined): T[] =>
    i === undefined ? [] : (lists[i] ?? []);
  return {
    rows,
    columns,
    cells: rows.map((r) => {
      const cells = list(byCell, rowAt.get(r));
      return columns.map((c) => list(cells, columnAt.get(c)));
    }),
    byRow: rows.map((r) => list(byRow, rowAt.get(r))),
    byColumn: columns.map((c) => list(byColumn, columnAt.get(c))),
    all: activities,
  };
}

/** A grouping's cells and totals under one measure. */
export function measureGrouping(
  grouping: Grouping,
  measure: AlignmentMeasure,
  ctx: MeasureContext,
): CrossTab {
  const m = MEASURES[measure];
  const cell = (list: readonly Activity[]): CrossTabCell => ({
    activities: list.length,
    figure: computeMeasure(list, m, ctx),
  });
  return {
    rows: grouping.rows,
    columns: grouping.columns,
    cells: grouping.cells.map((row) => row.map(cell)),
    rowTotals: grouping.byRow.map(cell),
    columnTotals: grouping.byColumn.map(cell),
    total: cell(grouping.all),
  };
}

export interface AlignmentGap {
  /** The working group (a column key). */
  group: string;
  /** The goal (a row key). */
  goal: string;
  /** End date of the group's last completed activity for the goal before the period, or null. */
  lastActivity: IsoDate | null;
  /**
   * The group's completed activities, in or before the period, with no goal recorded: while
   * there are any, a gap without a last activity is unknown, not "never".
   */
  unclassified: number;
}

/**
 * Goals a working group has not served in the period: every empty cell of a goal × working
 * group grouping between an expected goal and an expected group ("not recorded" and unexpected
 * keys are not gaps of anyone). `history` holds the activities before and in the period, for
 * the date of the last one and the count of those with no goal recorded. Gaps are empty cells by activity count, whatever
 * measure is shown, so they come from the grouping, not from a measured tab.
 */
export function alignmentGaps(
  grouping: Pick<Grouping, 'rows' | 'columns' | 'cells'>,
  expectedGoals: readonly string[],
  expectedGroups: readonly string[],
  history: readonly Activity[],
  period: { start: IsoDate; end: IsoDate },
): AlignmentGap[] {
  const last = new Map<string, Map<string, IsoDate>>();
  const unclassified = new Map<string, number>();
  for (const a of history) {
    if (a.status !== 'completed' || a.endDate > period.end) continue;
    if (a.goals.length === 0)
      for (const w of a.workingGroups) unclassified.set(w, (unclassified.get(w) ?? 0) + 1);
    if (a.endDate >= period.start) continue;
    for (const g of a.goals) {
      let byGroup = last.get(g);
      if (!byGroup) last.set(g, (byGroup = new Map()));
      for (const w of a.workingGroups) {
        const seen = byGroup.get(w);
        if (!seen || seen < a.endDate) byGroup.set(w, a.endDate);
      }
    }
  }
  const goals = new Set(expectedGoals);
  const groups = new Set(expectedGroups);
  const gaps: AlignmentGap[] = [];
  grouping.columns.forEach((group, c) => {
    if (!groups.has(group)) return;
    grouping.rows.forEach((goal, r) => {
      if (goals.has(goal) && grouping.cells[r]![c]!.length === 0)
        gaps.push({
          group,
          goal,
          lastActivity: last.get(goal)?.get(group) ?? null,
          unclassified: unclassified.get(group) ?? 0,
        });
    });
  });
  return gaps;
}
