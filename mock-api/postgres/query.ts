/**
 * The read query surface both stores share (reads.ts checks it), in SQL, answering as
 * json-server answers the file store: a field filter compares the field's text (a list's items
 * joined with commas), `_ne` excludes it, `_like` finds it in the text whatever the case,
 * `_gte`/`_lte` compare numbers as numbers and other fields as text, `q` looks for the text in
 * any value of the record, and a record without the field never matches. `_sort` orders by
 * fields (text by code point, unknown values last when ascending) and keeps the records' order
 * among equals; `_page`/`_limit`, `_start`/`_end` and `_limit` page as json-server does.
 */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { ReadQuery } from '../reads';
import { TABLES, type Column } from './tables';

/** The field as json-server compares it: its text. */
function textOf(column: Column): RawBuilder<string> {
  const ref = sql.ref(column.field);
  switch (column.kind) {
    case 'text':
      return sql<string>`${ref}`;
    case 'date':
      return sql<string>`to_char(${ref}, 'YYYY-MM-DD')`;
    case 'list':
      return sql<string>`array_to_string(${ref}, ',')`;
    default:
      return sql<string>`${ref}::text`;
  }
}

const literalLike = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The conditions a record of `collection` must meet, all of them. */
export function conditions(collection: string, query: ReadQuery): Expression<SqlBool>[] {
  const columns = new Map(TABLES[collection]!.map((c) => [c.field, c]));
  const where: Expression<SqlBool>[] = query.filters.map(({ field, op, value }) => {
    const column = columns.get(field)!;
    const ref = sql.ref(field);
    const text = textOf(column);
    switch (op) {
      case 'eq':
        return sql<SqlBool>`${text} = ${value}`;
      case 'ne':
        return sql<SqlBool>`${ref} is not null and ${text} <> ${value}`;
      case 'like':
        return sql<SqlBool>`${text} ilike ${literalLike(value)}`;
      case 'gte':
      case 'lte': {
        const compare = sql.raw(op === 'gte' ? '>=' : '<=');
        if (column.kind === 'integer' || column.kind === 'number' || column.kind === 'boolean') {
          // JavaScript compares a number with the query's text as numbers: text that is not
          // one matches nothing.
          const bound = Number(value);
          if (Number.isNaN(bound)) return sql<SqlBool>`false`;
          const number = column.kind === 'boolean' ? sql`${ref}::int` : ref;
          return sql<SqlBool>`${number} ${compare} ${bound}`;
        }
        return sql<SqlBool>`${text} ${compare} ${value} collate "C"`;
      }
    }
  });
  if (query.q) where.push(anyValueContains(collection, query.q));
  return where;
}

/**
 * `q`: any string, any number but 0, or true, anywhere in the record (lists and nested values
 * too), whose text contains the query's, whatever the case.
 */
function anyValueContains(collection: string, q: string): Expression<SqlBool> {
  const record = sql`to_jsonb(${sql.table(collection)}) - 'position'`;
  return sql<SqlBool>`exists (
    select 1 from jsonb_path_query(${record}, 'strict $.**') as v(value)
    where (jsonb_typeof(v.value) = 'string'
        or (jsonb_typeof(v.value) = 'number' and v.value <> '0'::jsonb)
        or v.value = 'true'::jsonb)
      and lower(v.value #>> '{}') like ${literalLike(q.toLowerCase())}
  )`;
}

/** ORDER BY for `_sort`/`_order`, then the records' own order. */
export function ordering(collection: string, query: ReadQuery, own: string): RawBuilder<unknown> {
  const columns = new Map(TABLES[collection]!.map((c) => [c.field, c]));
  const keys = query.sort.map(({ field, descending }) => {
    const kind = columns.get(field)!.kind;
    const ref = kind === 'text' ? sql`${sql.ref(field)} collate "C"` : sql.ref(field);
    return descending ? sql`${ref} desc nulls first` : sql`${ref} asc nulls last`;
  });
  return sql.join([...keys, sql.ref(own)]);
}

/** Which records of the ordered list are answered, and whether the total is counted. */
export function window(query: ReadQuery): {
  offset: number;
  limit: number | null;
  counted: boolean;
} {
  const int = (text: string | undefined) => (text === undefined ? NaN : parseInt(text, 10));
  const { page, limit, start, end } = query.paging;
  const counted = end !== undefined || limit !== undefined || page !== undefined;
  if (page !== undefined) {
    const p = Math.max(int(page) || 1, 1);
    const size = int(limit) || 10;
    return { offset: (p - 1) * size, limit: size, counted };
  }
  const from = int(start) || 0;
  if (end !== undefined) return { offset: from, limit: Math.max(int(end) - from, 0), counted };
  if (limit !== undefined) return { offset: from, limit: int(limit), counted };
  return { offset: 0, limit: null, counted };
}
