import type { WorkPlanItem } from '../domain/schema';
import { activity } from './testing';
import { implementation, itemState } from './workplan';

let n = 0;
function item(overrides: Partial<WorkPlanItem> = {}): WorkPlanItem {
  n++;
  return {
    id: `w${n}`,
    title: `Item ${n}`,
    type: 'workshop',
    workingGroups: [],
    goals: ['SG1'],
    purposes: [],
    plannedStart: null,
    plannedEnd: '2026-06-30',
    budget: 1000,
    activities: [],
    cancelled: false,
    ...overrides,
  };
}

describe('a work plan’s implementation', () => {
  const today = '2026-09-01';
  const year = { start: '2026-01-01', end: '2026-12-31' };
  const done = activity({ id: 'done', status: 'completed', endDate: '2026-03-03', cost: 800 });
  const going = activity({ id: 'going', status: 'ongoing', endDate: '2026-12-01', cost: null });
  const planned = activity({ id: 'later', status: 'planned', endDate: '2026-11-01' });
  const extra = activity({ id: 'extra', status: 'completed', endDate: '2026-05-05', cost: 99 });
  const lastYear = activity({ id: 'old', status: 'completed', endDate: '2025-05-05' });
  const all = [lastYear, done, extra, planned, going];
  const byId = new Map(all.map((a) => [a.id, a]));

  it('gives every item its state', () => {
    expect(itemState(item({ activities: ['done'] }), byId, today)).toBe('delivered');
    expect(itemState(item({ activities: ['done'], cancelled: true }), byId, today)).toBe(
      'cancelled',
    );
    expect(itemState(item({ plannedEnd: '2026-08-31' }), byId, today)).toBe('delayed');
    expect(itemState(item({ plannedEnd: '2026-12-31', activities: ['going'] }), byId, today)).toBe(
      'in-progress',
    );
    expect(itemState(item({ plannedEnd: '2026-12-31', activities: ['later'] }), byId, today)).toBe(
      'not-yet-due',
    );
    expect(itemState(item({ plannedEnd: '2026-12-31' }), byId, today)).toBe('not-yet-due');
  });

  it('delivers an item only when all of its activities are completed', () => {
    const both = item({ plannedEnd: '2026-12-31', activities: ['done', 'going'] });
    expect(itemState(both, byId, today)).toBe('in-progress');
    expect(itemState({ ...both, plannedEnd: '2026-06-30' }, byId, today)).toBe('delayed');
    // A link to an activity that no longer exists delivers nothing.
    expect(itemState(item({ activities: ['gone'] }), byId, today)).toBe('delayed');
  });

  it('rates delivered against due, cancelled and not-yet-due items left out', () => {
    const plan = [
      item({ activities: ['done'], goals: ['SG1'], workingGroups: ['WGTIP'] }),
      item({ plannedEnd: '2026-08-31', goals: ['SG1', 'SG2'], workingGroups: ['WGTIP'] }),
      item({ cancelled: true, goals: ['SG2'] }),
      item({ plannedEnd: '2026-12-31', goals: ['SG3'] }),
    ];
    const result = implementation(plan, all, year, today);
    expect(result.counts).toEqual({
      delivered: 1,
      'in-progress': 0,
      delayed: 1,
      cancelled: 1,
      'not-yet-due': 1,
    });
    expect(result.overall).toEqual({ delivered: 1, due: 2, rate: 0.5 });
    expect(result.byGoal).toEqual([
      { id: 'SG1', delivered: 1, due: 2, rate: 0.5 },
      { id: 'SG2', delivered: 0, due: 1, rate: 0 },
      { id: 'SG3', delivered: 0, due: 0, rate: null },
    ]);
    expect(result.byWorkingGroup).toEqual([{ id: 'WGTIP', delivered: 1, due: 2, rate: 0.5 }]);
  });

  it('names the completed activities of the year that no item links to', () => {
    const result = implementation([item({ activities: ['done'] })], all, year, today);
    expect(result.unplanned.map((a) => a.id)).toEqual(['extra']);
  });

  it('keeps unknown budgets and costs unknown, never zero', () => {
    const plan = [
      item({ budget: 500, activities: ['done', 'going'] }),
      item({ budget: null, activities: ['going'] }),
      item({ budget: 9999, cancelled: true }),
    ];
    const result = implementation(plan, all, year, today);
    expect(result.planned).toEqual({ value: 500, records: 2, known: 1, unknown: 1 });
    // "going" is linked twice and counted once; its cost is unknown.
    expect(result.spent).toEqual({ value: 800, records: 2, known: 1, unknown: 1 });
    const none = implementation([item({ budget: null, activities: ['going'] })], all, year, today);
    expect(none.planned.value).toBeNull();
    expect(none.spent.value).toBeNull();
  });

  it('rates nothing when nothing is due', () => {
    expect(implementation([], all, year, today).overall).toEqual({
      delivered: 0,
      due: 0,
      rate: null,
    });
  });
});
