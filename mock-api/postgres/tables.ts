/**
 * How each collection is kept in PostgreSQL: one table per collection, one column per field.
 * Scalars get typed columns (text, date, integer, double precision, boolean), lists of ids are
 * `text[]`, and only truly nested shapes — measures, targets, participants, translations,
 * audit before/after — are `jsonb`. Column names are the fields' in snake_case (Kysely's
 * CamelCasePlugin maps them).
 *
 * A column that is NULL reads back as `null` or, for a field the schema lets be absent, as no
 * field at all (`whenNull: 'omit'`). Changing a column here needs a migration
 * (migrations.ts); a test checks that a migrated database has exactly these columns.
 */
import { AUDIT_COLLECTION } from '../../src/app/domain/collections';
import type { Db, Row } from '../store';

export type ColumnKind = 'text' | 'date' | 'integer' | 'number' | 'boolean' | 'list' | 'json';

export interface Column {
  field: string;
  kind: ColumnKind;
  /** Required fields are NOT NULL; others read back as null, or are left out when 'omit'. */
  required?: true;
  whenNull?: 'omit';
}

const c = (field: string, kind: ColumnKind, flags = ''): Column => ({
  field,
  kind,
  ...(flags.includes('required') ? { required: true as const } : {}),
  ...(flags.includes('omit') ? { whenNull: 'omit' as const } : {}),
});
const id = c('id', 'text', 'required');
const version = c('version', 'integer', 'required');
const translations = c('translations', 'json', 'omit');
const text = (field: string) => c(field, 'text', 'required');
const lookup = [id, text('code'), text('title'), text('statement'), translations];

export const TABLES: Readonly<Record<string, readonly Column[]>> = {
  frameworks: [
    id,
    text('name'),
    c('start', 'date', 'required'),
    c('end', 'date', 'required'),
    translations,
    version,
  ],
  goals: [id, text('code'), text('framework'), text('title'), text('statement'), translations],
  purposes: lookup,
  functions: lookup,
  members: [
    id,
    text('code'),
    text('name'),
    text('kind'),
    text('status'),
    text('subRegion'),
    translations,
  ],
  workingGroups: [id, text('code'), text('name'), c('established', 'date'), translations],
  meetings: [
    id,
    text('name'),
    text('shortName'),
    text('kind'),
    c('date', 'date', 'required'),
    text('place'),
    translations,
    version,
  ],
  indicators: [
    id,
    text('code'),
    text('name'),
    text('definition'),
    text('framework'),
    text('level'),
    text('unit'),
    text('direction'),
    c('goals', 'list', 'required'),
    c('purposes', 'list', 'required'),
    c('measure', 'json', 'required'),
    text('cumulation'),
    c('filter', 'json', 'omit'),
    c('baseline', 'json', 'required'),
    c('targets', 'json', 'required'),
    c('frameworkTarget', 'number'),
    c('headline', 'text', 'omit'),
    c('groupTargets', 'json', 'omit'),
    text('dataSource'),
    text('responsible'),
    translations,
    version,
  ],
  actuals: [
    id,
    text('indicator'),
    c('date', 'date', 'required'),
    c('value', 'number', 'required'),
    c('note', 'text', 'omit'),
    c('source', 'text', 'omit'),
    c('link', 'text', 'omit'),
    version,
  ],
  narratives: [
    id,
    c('indicator', 'text'),
    c('goal', 'text'),
    text('period'),
    text('text'),
    text('author'),
    c('updated', 'date', 'required'),
    version,
  ],
  activities: [
    id,
    text('title'),
    text('type'),
    text('status'),
    c('startDate', 'date', 'required'),
    c('endDate', 'date', 'required'),
    text('modality'),
    c('location', 'text', 'omit'),
    c('hostCountry', 'text'),
    c('workingGroups', 'list', 'required'),
    c('goals', 'list', 'required'),
    c('purposes', 'list', 'required'),
    c('functions', 'list', 'required'),
    c('partners', 'list', 'required'),
    c('participants', 'json', 'required'),
    c('members', 'json', 'required'),
    c('evaluation', 'json', 'omit'),
    c('cost', 'number'),
    c('notes', 'text', 'omit'),
    version,
  ],
  settings: [
    id,
    c('yearStartMonth', 'integer', 'required'),
    c('onTrackThreshold', 'number', 'required'),
    c('atRiskThreshold', 'number', 'required'),
    text('currentFramework'),
    c('demoData', 'boolean', 'required'),
    c('currency', 'text', 'omit'),
    version,
  ],
  rounds: [
    id,
    text('framework'),
    text('period'),
    c('start', 'date', 'required'),
    c('end', 'date', 'required'),
    text('state'),
    c('coverNote', 'text'),
    c('comments', 'text'),
    c('submittedBy', 'text'),
    c('submittedAt', 'text'),
    c('decidedBy', 'text'),
    c('decidedAt', 'text'),
    c('approvals', 'json', 'required'),
    version,
  ],
  briefs: [
    id,
    text('round'),
    text('framework'),
    text('period'),
    text('approvedAt'),
    text('approvedBy'),
    c('meeting', 'text'),
    c('today', 'date', 'required'),
    c('thresholds', 'json', 'required'),
    c('brief', 'json', 'required'),
    c('context', 'json', 'required'),
  ],
  workPlans: [id, text('framework'), text('year'), c('items', 'json', 'required'), version],
  users: [
    id,
    text('username'),
    text('name'),
    text('role'),
    c('workingGroup', 'text'),
    c('disabled', 'boolean', 'required'),
    c('mustChangePassword', 'boolean', 'omit'),
    c('language', 'text', 'omit'),
    version,
    text('passwordHash'),
    c('credentialVersion', 'integer', 'omit'),
  ],
  [AUDIT_COLLECTION]: [
    c('seq', 'integer', 'required'),
    // An instant, kept as the ISO text the API wrote: it is shown, never computed with.
    text('at'),
    text('who'),
    text('collection'),
    text('id'),
    c('before', 'json'),
    c('after', 'json'),
    c('reason', 'text'),
  ],
};

/** The collections in the order a data file lists them (and an import fills them). */
export const COLLECTIONS = Object.keys(TABLES);

/** A collection's table; every table also has `position`, the order records were added in. */
export const tableOf = (collection: string) => snake(collection);
export const snake = (name: string) => name.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);

/** The record's values as the table's columns take them (jsonb as JSON text). */
export function toRow(collection: string, record: Row): Row {
  const row: Row = {};
  for (const column of TABLES[collection]!) {
    const value = record[column.field];
    row[column.field] =
      value === undefined || value === null
        ? null
        : column.kind === 'json'
          ? JSON.stringify(value)
          : value;
  }
  return row;
}

/** The record a table's row holds, fields in the collection's order. */
export function toRecord(collection: string, row: Row): Row {
  const record: Row = {};
  for (const column of TABLES[collection]!) {
    const value = row[column.field];
    if (value === null || value === undefined) {
      if (column.whenNull !== 'omit') record[column.field] = null;
    } else record[column.field] = value;
  }
  return record;
}

/**
 * Why a data file's record cannot be kept as it is: a field no column holds, or a required one
 * missing. Empty when it can.
 */
export function unstorable(collection: string, record: Row): string[] {
  const columns = TABLES[collection]!;
  const known = new Set(columns.map((col) => col.field));
  return [
    ...Object.keys(record)
      .filter((field) => !known.has(field))
      .map((field) => `"${field}" is not a field of ${collection}`),
    ...columns
      .filter(
        (col) => col.required && (record[col.field] === undefined || record[col.field] === null),
      )
      .map((col) => `"${col.field}" is missing`),
  ];
}

/** The data set as the store keeps it: what an export of an import of `db` gives back. */
export function asStored(db: Db): Db {
  return Object.fromEntries(
    Object.entries(db).map(([name, rows]) => [
      name,
      TABLES[name] ? rows.map((r) => toRecord(name, r)) : rows,
    ]),
  );
}
