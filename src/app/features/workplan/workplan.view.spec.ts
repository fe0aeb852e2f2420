import type { Goal, WorkPlanItem } from '../../domain/schema';
import { LIGHT } from '../../shared/chart-theme';
import { toCsv } from '../../shared/export';
import { activity } from '../../results/testing';
import { implementation } from '../../results/workplan';
import { filterItems, itemStateChart, itemTable } from './workplan.view';

const goals = [
  { id: 'SG1', code: 'SG1', title: 'One' },
  { id: 'SG2', code: 'SG2', title: 'Two' },
  { id: 'SG3', code: 'SG3', title: 'Three' },
] as Goal[];
const item = (id: string, over: Partial<WorkPlanItem> = {}): WorkPlanItem => ({
  id,
  title: `Item ${id}`,
  type: 'workshop',
  workingGroups: ['WGTIP'],
  goals: ['SG1'],
  purposes: [],
  plannedStart: null,
  plannedEnd: '2026-06-30',
  budget: 1200.5,
  activities: [],
  cancelled: false,
  ...over,
});
const a1 = activity({ id: 'a1', title: 'Paid', endDate: '2026-03-01', cost: 700 });
const a2 = activity({ id: 'a2', title: 'Unpriced', endDate: '2026-03-02', cost: null });
const result = implementation(
  [
    item('x', { activities: ['a1'] }),
    item('y', { activities: ['a1', 'a2'], goals: ['SG1', 'SG2'], workingGroups: [], budget: null }),
    item('z', { cancelled: true, goals: ['SG2'] }),
  ],
  [a1, a2],
  { start: '2026-01-01', end: '2026-12-31' },
  '2026-09-01',
);

describe('the work plan’s items, to narrow, export and chart', () => {
  it('narrows by state, working group and goal together', () => {
    const ids = (f: Parameters<typeof filterItems>[1]) =>
      filterItems(result.items, f).map((r) => r.item.id);
    expect(ids({ state: null, group: null, goal: null })).toEqual(['x', 'y', 'z']);
    expect(ids({ state: 'delivered', group: null, goal: null })).toEqual(['x', 'y']);
    expect(ids({ state: null, group: 'WGTIP', goal: 'SG2' })).toEqual(['z']);
    expect(ids({ state: 'cancelled', group: null, goal: 'SG1' })).toEqual([]);
  });

  it('exports amounts as numbers, an unknown cost as an empty cell, the currency beside', () => {
    const table = itemTable(result.items, { goals, groups: [] }, 'USD');
    expect(table.length).toBe(4);
    const [x, y] = [table[1]!, table[2]!];
    expect(x[7]).toEqual({ value: 1200.5, format: '#,##0.0' });
    expect(x[8]).toEqual({ value: 700, format: '#,##0' });
    expect(x[9]).toBe('USD');
    expect(y[7]).toBeNull();
    // One of its two activities has no cost: the sum is unknown, not 700.
    expect(y[8]).toBeNull();
    expect(y[2]).toBe('SG1; SG2');
    expect(toCsv(table).split('\r\n')[1]).toBe(
      'Item x,Workshop,SG1,WGTIP,,2026-06-30,Delivered,1200.5,700,USD,Paid',
    );
  });

  it('charts every goal an item names, by state, counting an item under each of its goals', () => {
    const chart = itemStateChart(result.items, LIGHT, goals);
    expect(chart.empty).toBeFalse();
    expect(chart.table.rows).toEqual([
      ['SG1 One', 2, 0, 0, 0, 0],
      ['SG2 Two', 1, 0, 0, 1, 0],
    ]);
    expect(itemStateChart([], LIGHT, goals).empty).toBeTrue();
  });
});
