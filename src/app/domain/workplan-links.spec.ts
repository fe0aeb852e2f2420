import type { WorkPlan, WorkPlanItem } from './schema';
import { itemKey, itemsDelivering, relinked } from './workplan-links';

const item = (id: string, activities: string[]): WorkPlanItem => ({
  id,
  title: id,
  type: null,
  workingGroups: [],
  goals: [],
  purposes: [],
  plannedStart: null,
  plannedEnd: '2026-06-30',
  budget: null,
  activities,
  cancelled: false,
});
const plan = (id: string, items: WorkPlanItem[]): WorkPlan => ({
  id,
  framework: 'f',
  year: id,
  items,
  version: 3,
});

describe('work-plan links from an activity', () => {
  const plans = [
    plan('2025', [item('a', ['x']), item('b', [])]),
    plan('2026', [item('c', ['y', 'x']), item('d', ['y'])]),
  ];

  it('lists the items that name the activity, in every plan', () => {
    expect(itemsDelivering(plans, 'x')).toEqual([itemKey('2025', 'a'), itemKey('2026', 'c')]);
    expect(itemsDelivering(plans, 'z')).toEqual([]);
  });

  it('changes only the plans whose items gain or lose the activity', () => {
    const changed = relinked(plans, 'x', [itemKey('2025', 'a'), itemKey('2025', 'b')]);
    expect(changed.map((p) => p.id)).toEqual(['2025', '2026']);
    expect(changed[0]!.items.map((i) => i.activities)).toEqual([['x'], ['x']]);
    // Unlinked from c, other activities kept; the version read is kept for the write's check.
    expect(changed[1]!.items.map((i) => i.activities)).toEqual([['y'], ['y']]);
    expect(changed[1]!.version).toBe(3);
  });

  it('changes nothing when the choice is what the plans already say', () => {
    expect(relinked(plans, 'x', itemsDelivering(plans, 'x'))).toEqual([]);
  });

  it('links a new activity to the items chosen for it', () => {
    const changed = relinked(plans, 'new-1', [itemKey('2026', 'd')]);
    expect(changed.length).toBe(1);
    expect(changed[0]!.items[1]!.activities).toEqual(['y', 'new-1']);
  });
});
