/**
 * Work-plan items from a spreadsheet: the template's layout, how a real list maps to it (the
 * same mapping steps as activities), and every row checked — its shape and the plan's rules —
 * before anything is saved. Items are added to the year's plan in one write.
 */
import type { Problem } from '../../domain/problems';
import { type ReferenceIds, workPlanProblems } from '../../domain/rules';
import {
  describeIssues,
  type WorkPlan,
  type WorkPlanItem,
  workPlanItemSchema,
} from '../../domain/schema';
import { ACTIVITY_TYPES } from '../../domain/vocabulary';
import type { Cell } from '../../shared/export';
import { number, split, tableProblem } from '../../shared/import/files';
import { type ImportSpec, vocabularyChoices } from '../../shared/import/mapping';
import { ACTIVITY_IMPORT } from '../activities/import-mapping';

export const ITEM_COLUMNS = [
  'title',
  'type',
  'workingGroups',
  'goals',
  'purposes',
  'lead',
  'plannedStart',
  'plannedEnd',
  'budget',
  'notes',
] as const;

export const ITEM_IMPORT: ImportSpec = {
  key: 'rso-import-mapping-work-plan',
  fields: ITEM_COLUMNS,
  required: ['title', 'plannedEnd'],
  coded: ['type', 'workingGroups'],
  lists: new Set(['workingGroups', 'goals', 'purposes']),
  headerWords: {
    title: ['title', 'item', 'activity', 'output', 'name', 'description'],
    type: ['type', 'activity type', 'format'],
    workingGroups: ['working group', 'working groups', 'wg', 'group'],
    goals: ['goals', 'goal', 'strategic goals', 'strategic goal'],
    purposes: ['purposes', 'core purposes', 'purpose'],
    lead: ['lead', 'responsible', 'owner', 'focal point'],
    plannedStart: ['planned start', 'start', 'start date', 'from'],
    plannedEnd: ['planned end', 'end', 'end date', 'to', 'deadline', 'due', 'due date'],
    budget: ['budget', 'planned budget', 'cost', 'amount'],
    notes: ['notes', 'comments', 'remarks'],
  },
  valueWords: { type: ACTIVITY_IMPORT.valueWords['type'] ?? {} },
  choices: (field, vocab) =>
    field === 'type'
      ? ACTIVITY_TYPES.map((code) => ({ code, label: code }))
      : field === 'workingGroups'
        ? vocabularyChoices('groups', vocab)
        : [],
};

/** The template: its header and one example row. */
export function itemTemplateRows(year: string): Cell[][] {
  return [
    [...ITEM_COLUMNS],
    [
      'Regional workshop on victim identification',
      'workshop',
      'WGTIP',
      'SG1;SG2',
      'CP1',
      'RSO Programme Manager',
      `${year}-04-01`,
      `${year}-06-30`,
      15000,
      '',
    ],
  ];
}

export interface ItemPreviewRow {
  /** Row number in the file, counting the header as row 1. */
  row: number;
  item: WorkPlanItem;
  problems: Problem[];
}

/** The first `item-<n>` ids the plan does not use yet, `count` of them. */
function freeIds(plan: WorkPlan, count: number): string[] {
  const taken = new Set(plan.items.map((i) => i.id));
  const ids: string[] = [];
  for (let n = plan.items.length + 1; ids.length < count; n++)
    if (!taken.has(`item-${n}`)) ids.push(`item-${n}`);
  return ids;
}

/**
 * Checks the header and every row against the plan they are to join; nothing is saved here.
 * A row's problems name the template's field (`plannedEnd`), not the plan's position.
 */
export function previewItems(
  table: string[][],
  plan: WorkPlan,
  refs: ReferenceIds,
): { error: string } | { rows: ItemPreviewRow[] } {
  const problem = tableProblem(table, ITEM_COLUMNS, ITEM_IMPORT.required);
  if (problem) return { error: problem };
  const header = table[0]!.map((h) => h.trim().replace(/^\ufeff/, ''));
  const ids = freeIds(plan, table.length - 1);
  const rows = table.slice(1).map((cells, i): ItemPreviewRow => {
    const at = (name: string) => (cells[header.indexOf(name)] ?? '').trim();
    const problems: Problem[] = [];
    const item = {
      id: ids[i]!,
      title: at('title'),
      type: at('type') || null,
      workingGroups: split(at('workingGroups')),
      goals: split(at('goals')),
      purposes: split(at('purposes')),
      ...(at('lead') ? { lead: at('lead') } : {}),
      plannedStart: at('plannedStart') || null,
      plannedEnd: at('plannedEnd'),
      budget: number(at('budget'), 'budget', problems),
      ...(at('notes') ? { notes: at('notes') } : {}),
      activities: [],
      cancelled: false,
    } as WorkPlanItem;
    const parsed = workPlanItemSchema.safeParse(item);
    if (!parsed.success) problems.push(...describeIssues(parsed.error));
    return { row: i + 2, item: parsed.success ? parsed.data : item, problems };
  });
  // The plan's own rules (references, the year, dates in order), on the rows whose shape holds.
  const shaped = rows.filter((r) => r.problems.length === 0);
  const joined = { ...plan, items: [...plan.items, ...shaped.map((r) => r.item)] };
  for (const p of workPlanProblems(joined, refs)) {
    const at = /^items\.(\d+)\.(.+)$/.exec(p.field);
    const index = at ? Number(at[1]) - plan.items.length : -1;
    if (index >= 0) shaped[index]!.problems.push({ ...p, field: at![2]! });
  }
  return { rows };
}
