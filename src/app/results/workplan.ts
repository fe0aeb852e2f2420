/**
 * How an Annual Work Plan is being implemented: each planned item's state, what was delivered
 * outside the plan, the implementation rate overall and by goal, purpose and working group, and
 * the budget planned against what the linked activities cost. Pure functions; unknown stays
 * unknown (an item without a budget, an activity without a cost).
 *
 * The rule: an item is delivered when every activity linked to it is completed (and it has at
 * least one); cancelled when marked so; delayed when its planned end has passed and it is not
 * delivered; in progress when a linked activity has started; otherwise not yet due. An item is
 * due when it is delivered or delayed. Rate = delivered ÷ due.
 */
import type { IsoDate } from '../domain/dates';
import type { Activity, WorkPlanItem } from '../domain/schema';
import type { Figure } from './figure';

export type ItemState = 'delivered' | 'in-progress' | 'delayed' | 'cancelled' | 'not-yet-due';

export const ITEM_STATES: readonly ItemState[] = [
  'delivered',
  'in-progress',
  'delayed',
  'cancelled',
  'not-yet-due',
];

/** The activities linked to an item that exist, in the order the item lists them. */
function linkedTo(item: WorkPlanItem, byId: ReadonlyMap<string, Activity>): Activity[] {
  return item.activities.flatMap((id) => byId.get(id) ?? []);
}

export function itemState(
  item: WorkPlanItem,
  byId: ReadonlyMap<string, Activity>,
  today: IsoDate,
): ItemState {
  if (item.cancelled) return 'cancelled';
  const linked = linkedTo(item, byId);
  if (linked.length && linked.every((a) => a.status === 'completed')) return 'delivered';
  if (item.plannedEnd < today) return 'delayed';
  if (linked.some((a) => a.status === 'ongoing' || a.status === 'completed')) return 'in-progress';
  return 'not-yet-due';
}

/** Delivered ÷ due for a set of items; null when none is due. */
export interface Rate {
  delivered: number;
  due: number;
  rate: number | null;
}

function rateOf(states: readonly ItemState[]): Rate {
  const delivered = states.filter((s) => s === 'delivered').length;
  const due = delivered + states.filter((s) => s === 'delayed').length;
  return { delivered, due, rate: due ? delivered / due : null };
}

export interface GroupRate extends Rate {
  /** The goal, purpose or working group. */
  id: string;
}

export interface Implementation {
  items: { item: WorkPlanItem; state: ItemState; activities: Activity[] }[];
  counts: Record<ItemState, number>;
  overall: Rate;
  byGoal: GroupRate[];
  byPurpose: GroupRate[];
  byWorkingGroup: GroupRate[];
  /** Completed activities ending in the year that no item links to. */
  unplanned: Activity[];
  /** The items' planned budgets: known = items with a budget. */
  planned: Figure;
  /** What the linked activities cost: known = linked activities with a cost. */
  spent: Figure;
}

function sumOf(values: readonly (number | null | undefined)[]): Figure {
  const known = values.filter((v): v is number => typeof v === 'number');
  return {
    value: known.length ? known.reduce((a, b) => a + b, 0) : null,
    records: values.length,
    known: known.length,
    unknown: values.length - known.length,
  };
}

function ratesBy(
  states: readonly { item: WorkPlanItem; state: ItemState }[],
  key: 'goals' | 'purposes' | 'workingGroups',
): GroupRate[] {
  const groups = new Map<string, ItemState[]>();
  for (const { item, state } of states)
    for (const id of item[key]) groups.set(id, [...(groups.get(id) ?? []), state]);
  return [...groups]
    .map(([id, list]) => ({ id, ...rateOf(list) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The plan's implementation on `today`, from every activity (any status): the year is
 * [start, end], for the unplanned activities ending in it.
 */
export function implementation(
  items: readonly WorkPlanItem[],
  activities: readonly Activity[],
  year: { start: IsoDate; end: IsoDate },
  today: IsoDate,
): Implementation {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const states = items.map((item) => ({
    item,
    state: itemState(item, byId, today),
    activities: linkedTo(item, byId),
  }));
  const counts = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<ItemState, number>;
  for (const { state } of states) counts[state]++;
  const linked = new Set(items.flatMap((i) => i.activities));
  // An activity linked to two items is spent once.
  const spentOn = [...new Set(states.flatMap((s) => s.activities))];
  return {
    items: states,
    counts,
    overall: rateOf(states.map((s) => s.state)),
    byGoal: ratesBy(states, 'goals'),
    byPurpose: ratesBy(states, 'purposes'),
    byWorkingGroup: ratesBy(states, 'workingGroups'),
    unplanned: activities.filter(
      (a) =>
        a.status === 'completed' &&
        !linked.has(a.id) &&
        a.endDate >= year.start &&
        a.endDate <= year.end,
    ),
    planned: sumOf(items.filter((i) => !i.cancelled).map((i) => i.budget)),
    spent: sumOf(spentOn.map((a) => a.cost)),
  };
}
