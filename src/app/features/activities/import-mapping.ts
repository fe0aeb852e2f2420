/**
 * Bringing a real event list in: which column of the file holds which field, what its values
 * mean in the dashboard's codes ("online" → virtual, "Thailand" → THA, a working group's name →
 * its id), defaults for fields the file lacks, and the separator of multi-value cells. The file
 * is rewritten in the template's layout, which the import then checks as it checks any file.
 */
import type { Member, WorkingGroup } from '../../domain/schema';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, MODALITIES } from '../../domain/vocabulary';
import { COLUMNS } from './activity-table';

export type Field = (typeof COLUMNS)[number];

/** Fields whose values are codes: each source value is mapped to one of the allowed ones. */
export const CODED = [
  'type',
  'status',
  'modality',
  'hostCountry',
  'workingGroups',
  'members',
] as const;
export type CodedField = (typeof CODED)[number];

/** Fields that hold several values in one cell. */
const LISTS: ReadonlySet<Field> = new Set([
  'goals',
  'purposes',
  'functions',
  'workingGroups',
  'partners',
  'members',
]);

export interface ImportMapping {
  /** For each field, the file's column that holds it (its header), or null. */
  columns: Partial<Record<Field, string | null>>;
  /** For a coded field, what each value found in the file stands for. */
  values: Partial<Record<CodedField, Record<string, string>>>;
  /** A value for every row where the field has no column or an empty cell. */
  defaults: Partial<Record<Field, string>>;
  /** What separates the values of a multi-value cell in the file. */
  separator: string;
}

export interface Vocabulary {
  members: readonly Member[];
  groups: readonly WorkingGroup[];
}

/** An allowed value of a coded field: its code and what a person reads. */
export interface Choice {
  code: string;
  label: string;
}

export function choicesFor(field: CodedField, vocab: Vocabulary): Choice[] {
  switch (field) {
    case 'type':
      return ACTIVITY_TYPES.map((code) => ({ code, label: code }));
    case 'status':
      return ACTIVITY_STATUSES.map((code) => ({ code, label: code }));
    case 'modality':
      return MODALITIES.map((code) => ({ code, label: code }));
    case 'hostCountry':
    case 'members':
      return vocab.members.map((m) => ({ code: m.code, label: `${m.code} ${m.name}` }));
    case 'workingGroups':
      return vocab.groups.map((g) => ({ code: g.id, label: `${g.code} ${g.name}` }));
  }
}

/** Words a real list uses for the template's columns. */
const HEADER_WORDS: Partial<Record<Field, readonly string[]>> = {
  title: ['title', 'event', 'event name', 'name', 'activity'],
  type: ['type', 'event type', 'activity type', 'format'],
  status: ['status', 'state'],
  startDate: ['startdate', 'start date', 'start', 'from', 'date from', 'begins'],
  endDate: ['enddate', 'end date', 'end', 'to', 'date to', 'ends', 'date'],
  modality: ['modality', 'mode', 'delivery', 'online/in person'],
  location: ['location', 'venue', 'place', 'city'],
  hostCountry: ['hostcountry', 'host country', 'host', 'country'],
  workingGroups: ['workinggroups', 'working group', 'working groups', 'wg', 'group'],
  members: ['members', 'countries', 'participating countries', 'member states'],
  participantsTotal: ['participantstotal', 'participants', 'total participants', 'attendees'],
  participantsFemale: ['participantsfemale', 'women', 'female'],
  participantsMale: ['participantsmale', 'men', 'male'],
  goals: ['goals', 'strategic goals'],
  purposes: ['purposes', 'core purposes'],
  functions: ['functions'],
  partners: ['partners'],
  notes: ['notes', 'comments', 'remarks'],
  cost: ['cost', 'budget'],
};

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A first guess at the mapping from the file's headers: exact names, then common words. */
export function suggestColumns(headers: readonly string[]): ImportMapping['columns'] {
  const columns: ImportMapping['columns'] = {};
  const taken = new Set<string>();
  for (const field of COLUMNS) {
    const words = [field.toLowerCase(), ...(HEADER_WORDS[field] ?? [])].map(norm);
    const found = headers.find((h) => !taken.has(h) && words.includes(norm(h)));
    columns[field] = found ?? null;
    if (found) taken.add(found);
  }
  return columns;
}

/** Words a real list uses for the coded values. */
const VALUE_WORDS: Partial<Record<CodedField, Record<string, string>>> = {
  modality: {
    online: 'virtual',
    virtual: 'virtual',
    remote: 'virtual',
    'in person': 'in-person',
    'face to face': 'in-person',
    physical: 'in-person',
    hybrid: 'hybrid',
    blended: 'hybrid',
  },
  type: {
    forum: 'conference',
    meeting: 'roundtable',
    'round table': 'roundtable',
    seminar: 'workshop',
    course: 'training',
    'capacity building': 'training',
    exercise: 'table-top-exercise',
    'table top exercise': 'table-top-exercise',
    study: 'research',
    campaign: 'information-campaign',
  },
  status: {
    done: 'completed',
    held: 'completed',
    finished: 'completed',
    complete: 'completed',
    'in progress': 'ongoing',
    scheduled: 'planned',
    postponed: 'planned',
    canceled: 'cancelled',
  },
};

/** The distinct values a coded column holds in the file (split on the separator for lists). */
export function valuesIn(
  table: readonly (readonly string[])[],
  header: string,
  field: CodedField,
  separator: string,
): string[] {
  const index = table[0]?.indexOf(header) ?? -1;
  if (index < 0) return [];
  const found = new Set<string>();
  for (const row of table.slice(1))
    for (const v of cellValues(row[index] ?? '', field, separator)) found.add(splitCount(v)[0]);
  return [...found].sort();
}

/** A member written "THA:12" (its participants) is its code and its count. */
function splitCount(value: string): [string, string] {
  const at = value.lastIndexOf(':');
  return at > 0 && /^\s*\d*\s*$/.test(value.slice(at + 1))
    ? [value.slice(0, at).trim(), value.slice(at)]
    : [value, ''];
}

function cellValues(cell: string, field: Field, separator: string): string[] {
  const text = cell.trim();
  if (!text) return [];
  return LISTS.has(field)
    ? text
        .split(separator)
        .map((v) => v.trim())
        .filter(Boolean)
    : [text];
}

/**
 * A first guess at what each value stands for: itself when it is already an allowed code (any
 * case), a known word ("online" → virtual), or a choice whose name or code it is.
 */
export function suggestValues(
  field: CodedField,
  found: readonly string[],
  vocab: Vocabulary,
): Record<string, string> {
  const choices = choicesFor(field, vocab);
  const byWord = VALUE_WORDS[field] ?? {};
  const named = new Map<string, string>();
  for (const c of choices) named.set(norm(c.code), c.code);
  if (field === 'hostCountry' || field === 'members')
    for (const m of vocab.members) named.set(norm(m.name), m.code);
  if (field === 'workingGroups')
    for (const g of vocab.groups) {
      named.set(norm(g.name), g.id);
      named.set(norm(g.code), g.id);
    }
  const out: Record<string, string> = {};
  for (const value of found) {
    const key = norm(value);
    const code = named.get(key) ?? byWord[key] ?? named.get(key.replace(/s$/, ''));
    if (code) out[value] = code;
  }
  return out;
}

/** Values of a coded field the mapping does not say what they stand for. */
export function unmappedValues(
  table: readonly (readonly string[])[],
  mapping: ImportMapping,
  field: CodedField,
): string[] {
  const header = mapping.columns[field];
  if (!header) return [];
  const known = mapping.values[field] ?? {};
  return valuesIn(table, header, field, mapping.separator).filter((v) => !(v in known));
}

/**
 * The file in the template's layout: each field from its column, values mapped to codes (a
 * value the mapping does not know is kept as written, for the checks to name), defaults where
 * the cell is empty, lists joined the template's way.
 */
export function applyMapping(
  table: readonly (readonly string[])[],
  mapping: ImportMapping,
): string[][] {
  const header = table[0] ?? [];
  const fields = COLUMNS.filter(
    (f) => mapping.columns[f] || (mapping.defaults[f] ?? '').trim() !== '',
  );
  return [
    [...fields],
    ...table.slice(1).map((row) =>
      fields.map((field) => {
        const column = mapping.columns[field];
        const cell = column ? (row[header.indexOf(column)] ?? '') : '';
        const values = cellValues(cell, field, mapping.separator);
        const known = (CODED as readonly string[]).includes(field)
          ? mapping.values[field as CodedField]
          : undefined;
        const coded = known
          ? values.map((v) => {
              const [value, count] = splitCount(v);
              return (known[value] ?? value) + count;
            })
          : values;
        const text = coded.join(';');
        return text === '' ? (mapping.defaults[field] ?? '') : text;
      }),
    ),
  ];
}

/** Where the mapping for a file of these columns is remembered between imports. */
export function mappingKey(headers: readonly string[]): string {
  return `rso-import-mapping:${[...headers].map(norm).sort().join('|')}`;
}
