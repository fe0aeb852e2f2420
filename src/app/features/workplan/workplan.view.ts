/**
 * The Work plan screen's items as a table to export and as a chart: pure functions of the
 * engine's implementation, so the screen, the CSV and the XLSX say the same thing.
 */
import { ACTIVITY_TYPE_LABELS, ITEM_STATE_LABELS } from '../../core/labels';
import type { Goal, WorkingGroup } from '../../domain/schema';
import { barOptions } from '../../shared/chart-options';
import type { ChartPalette } from '../../shared/chart-theme';
import { numberCell, type Cell } from '../../shared/export';
import { ITEM_STATES, type Implementation, type ItemState } from '../../results/workplan';

export type ItemRow = Implementation['items'][number];

/** What the items table is narrowed to: a state, a working group, a strategic goal. */
export interface ItemFilter {
  state: ItemState | null;
  group: string | null;
  goal: string | null;
}

export function filterItems(rows: readonly ItemRow[], filter: ItemFilter): ItemRow[] {
  return rows.filter(
    ({ item, state }) =>
      (!filter.state || state === filter.state) &&
      (!filter.group || item.workingGroups.includes(filter.group)) &&
      (!filter.goal || item.goals.includes(filter.goal)),
  );
}

export interface Names {
  goals: readonly Goal[];
  groups: readonly WorkingGroup[];
}

/**
 * The items as rows: amounts and counts as numbers (an unknown one an empty cell), codes as the
 * names a reader knows, the currency in a column of its own.
 */
export function itemTable(
  rows: readonly ItemRow[],
  names: Names,
  currency: string | null | undefined,
): Cell[][] {
  const goal = (id: string) => names.goals.find((g) => g.id === id)?.code ?? id;
  const group = (id: string) => names.groups.find((g) => g.id === id)?.code ?? id;
  return [
    [
      $localize`Item`,
      $localize`Type`,
      $localize`Strategic goals`,
      $localize`Working groups`,
      $localize`Planned start`,
      $localize`Planned end`,
      $localize`:work-plan item|:State`,
      $localize`Planned budget`,
      $localize`Cost of the delivering activities`,
      $localize`Currency`,
      $localize`Delivered by`,
    ],
    ...rows.map(({ item, state, activities }) => {
      const costs = activities.map((a) => a.cost);
      const known = costs.filter((c): c is number => typeof c === 'number');
      return [
        item.title,
        item.type ? ACTIVITY_TYPE_LABELS[item.type] : null,
        item.goals.map(goal).join('; '),
        item.workingGroups.map(group).join('; '),
        item.plannedStart,
        item.plannedEnd,
        ITEM_STATE_LABELS[state],
        numberCell(item.budget),
        // Unknown while any delivering activity's cost is: never a partial sum passed as whole.
        numberCell(
          activities.length && known.length === costs.length
            ? known.reduce((a, b) => a + b, 0)
            : null,
        ),
        currency ?? null,
        activities.map((a) => a.title).join('; '),
      ];
    }),
  ];
}

/** The colour of each state: the status colours of the same meaning, never colour alone. */
function stateColours(palette: ChartPalette): string[] {
  const colour: Record<ItemState, string> = {
    delivered: palette.status['on-track'],
    'in-progress': palette.series[0]!,
    delayed: palette.status['off-track'],
    cancelled: palette.status['no-target'],
    'not-yet-due': palette.status['not-yet-due'],
  };
  return ITEM_STATES.map((s) => colour[s]);
}

/** Items by strategic goal and state (an item with two goals counts under each). */
export function itemStateChart(
  rows: readonly ItemRow[],
  palette: ChartPalette,
  goals: readonly Goal[],
) {
  const ids = goals.map((g) => g.id).filter((id) => rows.some((r) => r.item.goals.includes(id)));
  const categories = ids.map((id) => goals.find((g) => g.id === id)?.code ?? id);
  const count = (goal: string, state: ItemState) =>
    rows.filter((r) => r.state === state && r.item.goals.includes(goal)).length;
  return {
    empty: ids.length === 0,
    options: barOptions(
      palette,
      categories,
      ITEM_STATES.map((s) => ({ name: ITEM_STATE_LABELS[s], data: ids.map((id) => count(id, s)) })),
      stateColours(palette),
      { stacked: true, horizontal: true, height: 80 + 36 * Math.max(ids.length, 1) },
    ),
    table: {
      columns: [$localize`Goal`, ...ITEM_STATES.map((s) => ITEM_STATE_LABELS[s])],
      rows: ids.map((id, i) => [
        `${categories[i]} ${goals.find((g) => g.id === id)?.title ?? ''}`,
        ...ITEM_STATES.map((s) => count(id, s)),
      ]),
    },
    summary: $localize`The plan's items under each strategic goal, by where they stand; an item serving two goals counts under both.`,
  };
}
