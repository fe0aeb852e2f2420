/**
 * Bringing a real list in, whatever it lists (activities, work-plan items): which column of the
 * file holds which field, what its values mean in the dashboard's codes ("online" → virtual,
 * "Thailand" → THA, a working group's name → its id), defaults for fields the file lacks, and the
 * separator of multi-value cells. The file is rewritten in the template's layout, which the
 * import then checks as it checks any file. What a kind of record brings is its ImportSpec.
 */
import type { Member, WorkingGroup } from '../../domain/schema';

export interface Vocabulary {
  members: readonly Member[];
  groups: readonly WorkingGroup[];
}

/** An allowed value of a coded field: its code and what a person reads. */
export interface Choice {
  code: string;
  label: string;
}

/** What one kind of record's import knows: its template's fields and their words. */
export interface ImportSpec {
  /** Where a mapping is remembered (per kind of record). */
  key: string;
  /** The template's columns, in order. */
  fields: readonly string[];
  required: readonly string[];
  /** Fields whose values are codes: each source value is mapped to one of the allowed ones. */
  coded: readonly string[];
  /** Fields that hold several values in one cell. */
  lists: ReadonlySet<string>;
  /** Words a real list uses for the template's columns. */
  headerWords: Readonly<Record<string, readonly string[]>>;
  /** Words a real list uses for the coded values. */
  valueWords: Readonly<Record<string, Readonly<Record<string, string>>>>;
  choices(field: string, vocab: Vocabulary): Choice[];
}

export interface ImportMapping {
  /** For each field, the file's column that holds it (its header), or null. */
  columns: Partial<Record<string, string | null>>;
  /** For a coded field, what each value found in the file stands for. */
  values: Partial<Record<string, Record<string, string>>>;
  /** A value for every row where the field has no column or an empty cell. */
  defaults: Partial<Record<string, string>>;
  /** What separates the values of a multi-value cell in the file. */
  separator: string;
}

/** The allowed values of a vocabulary's members and working groups, as import choices. */
export function vocabularyChoices(field: 'members' | 'groups', vocab: Vocabulary): Choice[] {
  return field === 'members'
    ? vocab.members.map((m) => ({ code: m.code, label: `${m.code} ${m.name}` }))
    : vocab.groups.map((g) => ({ code: g.id, label: `${g.code} ${g.name}` }));
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A first guess at the mapping from the file's headers: exact names, then common words. */
export function suggestColumns(
  headers: readonly string[],
  spec: ImportSpec,
): ImportMapping['columns'] {
  const columns: ImportMapping['columns'] = {};
  const taken = new Set<string>();
  for (const field of spec.fields) {
    const words = [field.toLowerCase(), ...(spec.headerWords[field] ?? [])].map(norm);
    const found = headers.find((h) => !taken.has(h) && words.includes(norm(h)));
    columns[field] = found ?? null;
    if (found) taken.add(found);
  }
  return columns;
}

/** A member written "THA:12" (its participants) is its code and its count. */
function splitCount(value: string): [string, string] {
  const at = value.lastIndexOf(':');
  return at > 0 && /^\s*\d*\s*$/.test(value.slice(at + 1))
    ? [value.slice(0, at).trim(), value.slice(at)]
    : [value, ''];
}

function cellValues(cell: string, field: string, separator: string, spec: ImportSpec): string[] {
  const text = cell.trim();
  if (!text) return [];
  return spec.lists.has(field)
    ? text
        .split(separator)
        .map((v) => v.trim())
        .filter(Boolean)
    : [text];
}

/** The distinct values a coded column holds in the file (split on the separator for lists). */
export function valuesIn(
  table: readonly (readonly string[])[],
  header: string,
  field: string,
  separator: string,
  spec: ImportSpec,
): string[] {
  const index = table[0]?.indexOf(header) ?? -1;
  if (index < 0) return [];
  const found = new Set<string>();
  for (const row of table.slice(1))
    for (const v of cellValues(row[index] ?? '', field, separator, spec))
      found.add(splitCount(v)[0]);
  return [...found].sort();
}

/**
 * A first guess at what each value stands for: itself when it is already an allowed code (any
 * case), a known word ("online" → virtual), or a choice whose name or code it is.
 */
export function suggestValues(
  field: string,
  found: readonly string[],
  vocab: Vocabulary,
  spec: ImportSpec,
): Record<string, string> {
  const byWord = spec.valueWords[field] ?? {};
  const named = new Map<string, string>();
  for (const c of spec.choices(field, vocab)) named.set(norm(c.code), c.code);
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
  field: string,
  spec: ImportSpec,
): string[] {
  const header = mapping.columns[field];
  if (!header) return [];
  const known = mapping.values[field] ?? {};
  return valuesIn(table, header, field, mapping.separator, spec).filter((v) => !(v in known));
}

/**
 * The file in the template's layout: each field from its column, values mapped to codes (a
 * value the mapping does not know is kept as written, for the checks to name), defaults where
 * the cell is empty, lists joined the template's way.
 */
export function applyMapping(
  table: readonly (readonly string[])[],
  mapping: ImportMapping,
  spec: ImportSpec,
): string[][] {
  const header = table[0] ?? [];
  const fields = spec.fields.filter(
    (f) => mapping.columns[f] || (mapping.defaults[f] ?? '').trim() !== '',
  );
  return [
    [...fields],
    ...table.slice(1).map((row) =>
      fields.map((field) => {
        const column = mapping.columns[field];
        const cell = column ? (row[header.indexOf(column)] ?? '') : '';
        const values = cellValues(cell, field, mapping.separator, spec);
        const known = spec.coded.includes(field) ? mapping.values[field] : undefined;
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
export function mappingKey(headers: readonly string[], spec: Pick<ImportSpec, 'key'>): string {
  return `${spec.key}:${[...headers].map(norm).sort().join('|')}`;
}

/** A first mapping for a file: each column guessed, each coded column's values guessed. */
export function firstMapping(
  table: readonly (readonly string[])[],
  vocab: Vocabulary,
  spec: ImportSpec,
): ImportMapping {
  const headers = table[0] ?? [];
  const cells = table.slice(1).flat().join('');
  const separator = cells.includes(';') ? ';' : cells.includes(',') ? ',' : ';';
  const mapping: ImportMapping = {
    columns: suggestColumns(headers, spec),
    values: {},
    defaults: {},
    separator,
  };
  for (const field of spec.coded) {
    const header = mapping.columns[field];
    if (header)
      mapping.values[field] = suggestValues(
        field,
        valuesIn(table, header, field, separator, spec),
        vocab,
        spec,
      );
  }
  return mapping;
}

/** For each coded field read from a column: its values in the file and what each stands for. */
export function valueRows(
  table: readonly (readonly string[])[],
  mapping: ImportMapping,
  vocab: Vocabulary,
  spec: ImportSpec,
) {
  return spec.coded.flatMap((field) => {
    const header = mapping.columns[field];
    if (!header) return [];
    const values = valuesIn(table, header, field, mapping.separator, spec);
    if (!values.length) return [];
    return [
      {
        field,
        choices: spec.choices(field, vocab),
        values: values.map((value) => ({ value, code: mapping.values[field]?.[value] ?? '' })),
      },
    ];
  });
}
export type ValueRows = ReturnType<typeof valueRows>;
