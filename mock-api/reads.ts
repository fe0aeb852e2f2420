/**
 * What a read may ask, the same on both stores: json-server's query operators on the file
 * store, their SQL on PostgreSQL (postgres/query.ts). json-server's operators are powerful and
 * fragile — `_like` runs the caller's regular expression, `_expand`/`_embed` and repeated
 * parameters crash it, `_delay` holds a request open, `callback` turns on JSONP, a filter on a
 * field no record has is silently dropped. Reads are checked here first, so every query either
 * works alike on both stores or gets a 400 with a message. Filters and sorting name a field of
 * the collection itself (not a nested one): a list's items can be filtered, a nested record's
 * fields cannot.
 */
import type { NextFunction, Request, Response } from 'express';
import { refuse } from './refuse';
import { pathSegments } from './paths';
import { TABLES } from './postgres/tables';

/** Parameters that are dropped without a word: they change how, not what, is answered. */
const IGNORED = new Set(['_delay', 'callback', '_']);
const UNSUPPORTED = new Set(['_expand', '_embed']);
const WHOLE_NUMBER = new Set(['_page', '_limit', '_start', '_end']);
const FIELD_LIST = /^[A-Za-z0-9_.]+(,[A-Za-z0-9_.]+)*$/;
const ORDER_LIST = /^(asc|desc)(,(asc|desc))*$/i;
const MAX_QUERY_TEXT = 200;
const PAGING = new Set(['_page', '_limit', '_start', '_end']);
const OPERATORS = { _ne: 'ne', _like: 'like', _gte: 'gte', _lte: 'lte' } as const;

/** A read's query, checked: what both stores answer. */
export interface ReadQuery {
  filters: { field: string; op: 'eq' | 'ne' | 'like' | 'gte' | 'lte'; value: string }[];
  /** Text to find in any value of the record. */
  q?: string;
  sort: { field: string; descending: boolean }[];
  paging: { page?: string; limit?: string; start?: string; end?: string };
}

/** The checked query of this read (set by `reads`). */
export const readQuery = (res: Response) => res.locals['readQuery'] as ReadQuery;

/** Reads under /api: known collections only, one record deep, with checked query parameters. */
export function reads(collections: ReadonlySet<string>) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const segments = pathSegments(req.path);
    if (!segments) return refuse(res, 400, 'address-not-valid');
    const [collection, , ...rest] = segments;
    if (!collection || !collections.has(collection))
      return refuse(res, 404, {
        code: 'no-such-collection',
        params: { collection: collection ?? '' },
      });
    if (rest.length) return refuse(res, 404, 'nested-not-served');

    const query = req.query as Record<string, unknown>;
    for (const key of Object.keys(query)) {
      const value = query[key];
      if (IGNORED.has(key)) {
        delete query[key];
        continue;
      }
      if (typeof value !== 'string')
        return refuse(res, 400, { code: 'query-repeated', params: { key } });
      if (UNSUPPORTED.has(key))
        return refuse(res, 400, { code: 'query-not-supported', params: { key } });
      if (value.length > MAX_QUERY_TEXT)
        return refuse(res, 400, { code: 'query-too-long', params: { key } });
      if (WHOLE_NUMBER.has(key) && !/^\d{1,7}$/.test(value))
        return refuse(res, 400, { code: 'query-not-whole', params: { key } });
      if (key === '_sort' && !FIELD_LIST.test(value)) return refuse(res, 400, 'sort-shape');
      if (key === '_order' && !ORDER_LIST.test(value)) return refuse(res, 400, 'order-shape');
    }
    const checked = checkedQuery(collection, query as Record<string, string>);
    if (typeof checked === 'string')
      return refuse(res, 400, { code: 'query-not-supported', params: { key: checked } });
    res.locals['readQuery'] = checked;
    next();
  };
}

/** The query as both stores answer it, or the parameter neither can. */
function checkedQuery(collection: string, query: Record<string, string>): ReadQuery | string {
  const columns = new Map((TABLES[collection] ?? []).map((c) => [c.field, c]));
  const flat = (field: string) => {
    const kind = columns.get(field)?.kind;
    return kind !== undefined && kind !== 'json';
  };
  const checked: ReadQuery = { filters: [], sort: [], paging: {} };
  for (const [key, value] of Object.entries(query)) {
    if (key === 'q') checked.q = value;
    else if (PAGING.has(key)) checked.paging[key.slice(1) as keyof ReadQuery['paging']] = value;
    else if (key === '_order') continue;
    else if (key === '_sort') {
      const orders = (query['_order'] ?? '').toLowerCase().split(',');
      const fields = value.split(',');
      // Lists and nested values have no order of their own.
      const bad = fields.find((f) => !flat(f) || columns.get(f)!.kind === 'list');
      if (bad !== undefined) return key;
      checked.sort = fields.map((field, i) => ({ field, descending: orders[i] === 'desc' }));
    } else {
      const suffix = /_(ne|like|gte|lte)$/.exec(key)?.[0] as keyof typeof OPERATORS | undefined;
      const field = suffix ? key.slice(0, -suffix.length) : key;
      if (!flat(field)) return key;
      checked.filters.push({ field, op: suffix ? OPERATORS[suffix] : 'eq', value });
    }
  }
  return checked;
}

/**
 * A whole collection (no query) answered straight from the store, as JSON text made once per
 * version of the collection: json-server's router deep-copies every record before answering,
 * more than a second for 50 000 activities. A write replaces a collection's array, never
 * changes it in place, so the array itself says whether the text is still current.
 */
export function wholeCollections(rows: (collection: string, res: Response) => readonly object[]) {
  const texts = new WeakMap<readonly object[], string>();
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || Object.keys(req.query).length)
      return next();
    const segments = pathSegments(req.path);
    if (!segments || segments.length !== 1) return next();
    const list = rows(segments[0]!, res);
    let text = texts.get(list);
    if (text === undefined) texts.set(list, (text = JSON.stringify(list)));
    res.type('json').send(text);
  };
}
