/**
 * The spreadsheet layout of activities, shared by export, the import template and import:
 * what is exported can be imported again. Lists are separated by semicolons; members are
 * written `CODE:count` (or just `CODE` when the count is unknown); an empty number is unknown.
 */
import type { Problem } from '../../domain/problems';
import type { ReferenceIds } from '../../domain/rules';
import { type Activity, activitySchema } from '../../domain/schema';
import type { Cell } from '../../shared/export';
import { number, split, tableProblem } from '../../shared/import/files';
import { activityProblems, blocking } from '../../domain/rules';
import { activityFormProblems } from './activity-form';

export const COLUMNS = [
  'title',
  'type',
  'status',
  'startDate',
  'endDate',
  'modality',
  'location',
  'hostCountry',
  'goals',
  'purposes',
  'functions',
  'workingGroups',
  'partners',
  'participantsTotal',
  'participantsFemale',
  'participantsMale',
  'members',
  'satisfaction',
  'knowledgeGain',
  'cost',
  'notes',
] as const;
export const REQUIRED_COLUMNS: readonly string[] = [
  'title',
  'type',
  'status',
  'startDate',
  'endDate',
  'modality',
];

const list = (values: readonly string[]) => values.join(';');

export function activityRows(activities: readonly Activity[]): Cell[][] {
  return [
    ['id', ...COLUMNS],
    ...activities.map((a) => [
      a.id,
      a.title,
      a.type,
      a.status,
      a.startDate,
      a.endDate,
      a.modality,
      a.location ?? '',
      a.hostCountry ?? '',
      list(a.goals),
      list(a.purposes),
      list(a.functions),
      list(a.workingGroups),
      list(a.partners),
      a.participants.total,
      a.participants.female,
      a.participants.male,
      list(a.members.map((m) => (m.count === null ? m.code : `${m.code}:${m.count}`))),
      a.evaluation?.satisfaction ?? null,
      a.evaluation?.knowledgeGain ?? null,
      a.cost ?? null,
      a.notes ?? '',
    ]),
  ];
}

export function templateRows(): Cell[][] {
  return [
    [...COLUMNS],
    [
      'Workshop on victim identification',
      'workshop',
      'completed',
      '2026-03-02',
      '2026-03-04',
      'in-person',
      'Bangkok',
      'THA',
      'SG1',
      'CP2',
      'F2',
      'WGTIP',
      'IOM;UNODC',
      30,
      14,
      16,
      'THA:10;IDN:12;MYS',
      4.5,
      18,
      12000,
      '',
    ],
  ];
}

export interface PreviewRow {
  /** Row number in the file, counting the header as row 1. */
  row: number;
  activity: Activity;
  problems: Problem[];
}

export type ImportResult = { error: string } | { rows: PreviewRow[] };

/** Checks the header and every row; nothing is imported from here. */
export function previewImport(table: string[][], refs: ReferenceIds): ImportResult {
  const problem = tableProblem(table, ['id', ...COLUMNS], REQUIRED_COLUMNS);
  if (problem) return { error: problem };
  const header = table[0]!.map((h) => h.trim().replace(/^\ufeff/, ''));
  const at = (cells: string[], name: string) => (cells[header.indexOf(name)] ?? '').trim();
  const rows = table.slice(1).map((cells, i): PreviewRow => {
    const problems: Problem[] = [];
    const members = split(at(cells, 'members')).map((m) => {
      const [code, count] = m.split(':');
      return {
        code: code.trim(),
        count: count === undefined ? null : number(count, 'members', problems),
      };
    });
    const satisfaction = number(at(cells, 'satisfaction'), 'evaluation.satisfaction', problems);
    const knowledgeGain = number(at(cells, 'knowledgeGain'), 'evaluation.knowledgeGain', problems);
    const activity = {
      id: '',
      title: at(cells, 'title'),
      type: at(cells, 'type'),
      status: at(cells, 'status'),
      startDate: at(cells, 'startDate'),
      endDate: at(cells, 'endDate'),
      modality: at(cells, 'modality'),
      location: at(cells, 'location') || undefined,
      hostCountry: at(cells, 'hostCountry') || null,
      goals: split(at(cells, 'goals')),
      purposes: split(at(cells, 'purposes')),
      functions: split(at(cells, 'functions')),
      workingGroups: split(at(cells, 'workingGroups')),
      partners: split(at(cells, 'partners')),
      participants: {
        total: number(at(cells, 'participantsTotal'), 'participants.total', problems),
        female: number(at(cells, 'participantsFemale'), 'participants.female', problems),
        male: number(at(cells, 'participantsMale'), 'participants.male', problems),
      },
      members,
      ...(satisfaction !== null || knowledgeGain !== null
        ? { evaluation: { satisfaction, knowledgeGain } }
        : {}),
      cost: number(at(cells, 'cost'), 'cost', problems),
      notes: at(cells, 'notes'),
      version: 1,
    } as Activity;
    return {
      row: i + 2,
      activity,
      problems: [...problems, ...everyProblem(activity, refs)],
    };
  });
  return { rows };
}

/**
 * Every problem of an imported row at once, so one round of corrections is enough: its shape,
 * and the rules its fields can be checked against even while another field is misshapen
 * (a misspelt type does not hide an end date before the start).
 */
function everyProblem(activity: Activity, refs: ReferenceIds): Problem[] {
  const shape = activityFormProblems(activity, refs);
  if (activitySchema.safeParse({ ...activity, id: 'new' }).success) return shape;
  let rules: Problem[] = [];
  try {
    rules = blocking(activityProblems(activity, refs));
  } catch {
    // A row whose shape is wrong may not reach every rule: its shape is said first.
  }
  const said = new Set(shape.map((p) => p.field));
  return [...shape, ...rules.filter((p) => !said.has(p.field))];
}
