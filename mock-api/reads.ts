/**
 * What a read may ask of json-server's router. Its query operators are powerful and fragile:
 * `_like` runs the caller's regular expression, `_expand`/`_embed` and repeated parameters
 * crash it, `_delay` holds a request open, `callback` turns on JSONP. Reads are checked here
 * first, so every query either works or gets a 400 with a message.
 */
import type { NextFunction, Request, Response } from 'express';
import { refuse } from './refuse';
import { pathSegments } from './paths';

/** Parameters that are dropped without a word: they change how, not what, is answered. */
const IGNORED = new Set(['_delay', 'callback', '_']);
const UNSUPPORTED = new Set(['_expand', '_embed']);
const WHOLE_NUMBER = new Set(['_page', '_limit', '_start', '_end']);
const FIELD_LIST = /^[A-Za-z0-9_.]+(,[A-Za-z0-9_.]+)*$/;
const ORDER_LIST = /^(asc|desc)(,(asc|desc))*$/i;
const MAX_QUERY_TEXT = 200;

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
      // json-server turns `_like` into a regular expression: make it match the text literally,
      // so no query can run a pattern of its own (or stall the server with one).
      if (key.endsWith('_like')) query[key] = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    next();
  };
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
