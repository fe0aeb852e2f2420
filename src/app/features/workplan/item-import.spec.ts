import type { ReferenceIds } from '../../domain/rules';
import type { WorkPlan, WorkingGroup } from '../../domain/schema';
import { applyMapping, firstMapping } from '../../shared/import/mapping';
import { ITEM_IMPORT, previewItems } from './item-import';

const refs: ReferenceIds = {
  frameworks: new Set(['WP2024']),
  goals: new Set(['SG1', 'SG2']),
  purposes: new Set(['CP1']),
  functions: new Set(),
  workingGroups: new Set(['WGTIP']),
  members: new Set(),
  indicators: new Set(),
};
const plan: WorkPlan = {
  id: 'wp-2026',
  framework: 'WP2024',
  year: '2026',
  items: [
    {
      id: 'item-1',
      title: 'Existing',
      type: null,
      workingGroups: [],
      goals: [],
      purposes: [],
      plannedStart: null,
      plannedEnd: '2026-03-31',
      budget: null,
      activities: [],
      cancelled: false,
    },
  ],
  version: 4,
};

describe('importing work-plan items', () => {
  const vocab = {
    members: [],
    groups: [{ id: 'WGTIP', code: 'WG-TIP', name: 'Trafficking in Persons' }] as WorkingGroup[],
  };
  const file = [
    ['Output', 'Format', 'WG', 'Strategic goal', 'Deadline', 'Budget'],
    ['Regional workshop', 'Seminar', 'WG-TIP', 'SG1; SG2', '2026-06-30', '12000'],
    ['Study', 'Study', '', 'SG9', '2027-02-01', 'a lot'],
    ['', '', '', '', '', ''],
  ];

  it('maps a real list: columns by their words, values by name or code', () => {
    const mapping = firstMapping(file, vocab, ITEM_IMPORT);
    expect(mapping.columns['title']).toBe('Output');
    expect(mapping.columns['plannedEnd']).toBe('Deadline');
    expect(mapping.columns['goals']).toBe('Strategic goal');
    expect(mapping.values['type']).toEqual({ Seminar: 'workshop', Study: 'research' });
    expect(mapping.values['workingGroups']).toEqual({ 'WG-TIP': 'WGTIP' });
    expect(applyMapping(file, mapping, ITEM_IMPORT)[1]).toEqual([
      'Regional workshop',
      'workshop',
      'WGTIP',
      'SG1;SG2',
      '2026-06-30',
      '12000',
    ]);
  });

  it('checks every row against the plan it joins, naming the template’s fields', () => {
    const mapped = applyMapping(file, firstMapping(file, vocab, ITEM_IMPORT), ITEM_IMPORT);
    const result = previewItems(mapped, plan, {
      ...refs,
      frameworkSpans: new Map(),
      firstMonth: 1,
    });
    if ('error' in result) return fail(result.error);
    const [good, bad, empty] = result.rows;
    expect(good!.problems).toEqual([]);
    expect(good!.item).toEqual(
      jasmine.objectContaining({ id: 'item-2', budget: 12000, goals: ['SG1', 'SG2'] }),
    );
    expect(bad!.problems.map((p) => p.field)).toEqual(['budget']);
    expect(empty!.problems.map((p) => p.field)).toContain('title');
    // Once its shape holds, the plan's rules speak: an unknown goal, an end outside the year.
    const fixed = mapped.map((r, i) => (i === 2 ? r.map((c, j) => (j === 5 ? '' : c)) : r));
    const again = previewItems(fixed, plan, { ...refs, frameworkSpans: new Map(), firstMonth: 1 });
    if ('error' in again) return fail(again.error);
    expect(again.rows[1]!.problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'goals unknown-reference',
      'plannedEnd target-outside-framework',
    ]);
    expect(again.rows[1]!.item.id).toBe('item-3');
  });

  it('refuses a file without a required field', () => {
    expect(previewItems([['title'], ['x']], plan, refs)).toEqual({
      error: 'Choose a column or a default for the required fields: plannedEnd.',
    });
  });
});
