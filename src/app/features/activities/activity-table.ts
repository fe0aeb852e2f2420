/**
 * The spreadsheet layout of activities, shared by export, the import template and import:
 * what is exported can be imported again. Lists are separated by semicolons; members are
 * written `CODE:count` (or just `CODE` when the count is unknown); an empty number is unknown.
 */
import type { Problem } from '../../domain/problems';
import type { ReferenceIds } from '../../domain/rules';
import { type Activity, activitySchema } from '../../domain/schema';
import type { Cell } from '../../shared/export';
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
const REQUIRED = REQUIRED_COLUMNS;

export const MAX_ROWS = 5000;
export const MAX_BYTES = 5 * 1024 * 1024;

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

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

export interface PreviewRow {
  /** Row number in the file, counting the header as row 1. */
  row: number;
  activity: Activity;
  problems: Problem[];
}

export type ImportResult = { error: string } | { rows: PreviewRow[] };

function number(value: string, field: string, problems: Problem[]): number | null {
  const text = value.trim();
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) problems.push({ field, code: 'not-number' });
  return Number.isFinite(n) ? n : null;
}

const split = (value: string) =>
  value
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

/** Checks the header and every row; nothing is imported from here. */
export function previewImport(table: string[][], refs: ReferenceIds): ImportResult {
  if (table.length === 0) return { error: $localize`The file is empty.` };
  const header = table[0].map((h) => h.trim().replace(/^\ufeff/, ''));
  const known = new Set<string>(['id', ...COLUMNS]);
  const unknown = header.filter((h) => h && !known.has(h));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length)
    return {
      error: $localize`Choose a column or a default for the required fields: ${missing.join(', ')}:missing:.`,
    };
  if (unknown.length)
    return {
      error: $localize`The columns do not match the template (unknown columns: ${unknown.join(', ')}:unknown:). Download the template to see them.`,
    };
  if (table.length === 1) return { error: $localize`The file has a header but no rows.` };
  if (table.length - 1 > MAX_ROWS)
    return {
      error: $localize`The file has ${table.length - 1}:rows: rows; import at most ${MAX_ROWS}:max: at a time.`,
    };
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

/** Reads a CSV file as UTF-8, refusing text that is not. */
export async function readCsv(file: File): Promise<string[][] | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: $localize`The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.` };
  }
  if (text.includes('\u0000')) return { error: $localize`The file is not a CSV text file.` };
  return parseCsv(text.replace(/^\ufeff/, ''));
}

/** Reads the first sheet of an XLSX workbook as text cells. */
export async function readXlsx(file: File): Promise<string[][] | { error: string }> {
  const module = await import('exceljs');
  const { Workbook } = (module as unknown as { default?: typeof module }).default ?? module;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(await file.arrayBuffer());
  } catch {
    return { error: $localize`The file is not a readable XLSX workbook.` };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { error: $localize`The workbook has no sheet.` };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(cellText(v));
    }
    rows.push(cells);
  });
  return rows;
}

/** A cell as text; dates (which spreadsheets store as UTC instants) as plain ISO dates. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  if (typeof v === 'object' && 'result' in v) return cellText((v as { result: unknown }).result);
  return String(v);
}
