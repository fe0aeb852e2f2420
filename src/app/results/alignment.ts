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
}

/** Distinct keys of an activity on one axis; none recorded reads as NOT_RECORDED_KEY. */
function axisKeys(a: Activity, dimension: Dimension): readonly string[] {
  const keys = keysOf(a, dimension);
  if (keys.length === 0) return [NOT_RECORDED_KEY];
  return keys.length === 1 ? keys : [...new Set(keys)];
}

/** Expected keys, then any others found (sorted), then "not recorded" (always shown). */
function orderKeys(expected: readonly string[], found: ReadonlySet<string>): string[] {
  const known = new Set(expected);
  const others = [...found].filter((k) => k !== NOT_RECORDED_KEY && !known.has(k)).sort();
  return [...expected, ...others, NOT_RECORDED_KEY];
}

function push(map: Map<string, Activity[]>, key: string, a: Activity): void {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
}

/** Cross-tabulates `activities` by two axes under one measure. */
export function crossTab(
  activities: readonly Activity[],
  rowAxis: Axis,
  columnAxis: Axis,
  measure: AlignmentMeasure,
  ctx: MeasureContext,
): CrossTab {
  const byRow = new Map<string, Activity[]>();
  const byColumn = new Map<string, Activity[]>();
  const byCell = new Map<string, Activity[]>();
  for (const a of activities) {
    const rows = axisKeys(a, rowAxis.dimension);
    const columns = axisKeys(a, columnAxis.dimension);
    for (const r of rows) push(byRow, r, a);
    for (const c of columns) push(byColumn, c, a);
    for (const r of rows) for (const c of columns) push(byCell, cellKey(r, c), a);
  }
  const m = MEASURES[measure];
  const cell = (list: readonly Activity[] = []): CrossTabCell => ({
    activities: list.length,
    figure: computeMeasure(list, m, ctx),
  });
  const rows = orderKeys(rowAxis.keys, new Set(byRow.keys()));
  const columns = orderKeys(columnAxis.keys, new Set(byColumn.keys()));
  return {
    rows,
    columns,
    cells: rows.map((r) => columns.map((c) => cell(byCell.get(cellKey(r, c))))),
    rowTotals: rows.map((r) => cell(byRow.get(r))),
    columnTotals: columns.map((c) => cell(byColumn.get(c))),
    total: cell(activities),
  };
}

function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

export interface AlignmentGap {
  /** The working group (a column key). */
  group: string;
  /** The goal (a row key). */
  goal: string;
  /** End date of the group's last completed activity for the goal before the period, or null: never. */
  lastActivity: IsoDate | null;
}

/**
 * Goals a working group has not served in the period: every empty cell of a goal × working
 * group tab between an expected goal and an expected group ("not recorded" and unexpected
 * keys are not gaps of anyone). `history` is the completed activities before and in the
 * period, for the date of the last one.
 */
export function alignmentGaps(
  tab: CrossTab,
  expectedGoals: readonly string[],
  expectedGroups: readonly string[],
  history: readonly Activity[],
  periodStart: IsoDate,
): AlignmentGap[] {
  const last = new Map<string, IsoDate>();
  for (const a of history) {
    if (a.status !== 'completed' || a.endDate >= periodStart) continue;
    for (const g of a.goals)
      for (const w of a.workingGroups) {
        const key = cellKey(g, w);
        const seen = last.get(key);
        if (!seen || seen < a.endDate) last.set(key, a.endDate);
      }
  }
  const goals = new Set(expectedGoals);
  const groups = new Set(expectedGroups);
  const gaps: AlignmentGap[] = [];
  tab.columns.forEach((group, c) => {
    if (!groups.has(group)) return;
    tab.rows.forEach((goal, r) => {
      if (goals.has(goal) && tab.cells[r][c].activities === 0)
        gaps.push({ group, goal, lastActivity: last.get(cellKey(goal, group)) ?? null });
    });
  });
  return gaps;
}
