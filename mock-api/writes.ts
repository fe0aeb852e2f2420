/**
 * Every write the API accepts: checked against the shared schema and rules, against the
 * version the client read, and written durably — all in one synchronous step, so no other
 * request can run between the check and the write. json-server's router never sees a write.
 */
import type { NextFunction, Request, Response } from 'express';
import * as z from 'zod/mini';
import {
  actualProblems,
  activityProblems,
  blocking,
  frameworkProblems,
  goalProblems,
  indicatorProblems,
  meetingProblems,
  narrativeProblems,
  ReferenceIds,
  settingsProblems,
} from '../src/app/domain/rules';
import { problemText } from '../src/app/domain/problem-text';
import type { Problem } from '../src/app/domain/problems';
import { COLLECTION_SCHEMAS, CollectionName, describeIssues } from '../src/app/domain/schema';
import { READ_ONLY_COLLECTIONS } from '../src/app/domain/collections';
import { pathSegments } from './paths';
import { refuse } from './refuse';
import type { DurableStore, Row } from './store';

const READ_ONLY: ReadonlySet<string> = new Set(READ_ONLY_COLLECTIONS);
/** One record, created with the data set: it can be updated, never created or deleted. */
const SINGLETONS: ReadonlySet<string> = new Set(['settings']);
const UNDELETABLE: ReadonlySet<string> = new Set(['indicators', 'settings']);
/** Records whose updates and deletes must carry the version they were read at. */
const VERSIONED: ReadonlySet<string> = new Set(['activities']);

const RULES: Partial<Record<CollectionName, (record: never, refs: ReferenceIds) => Problem[]>> = {
  activities: activityProblems,
  frameworks: frameworkProblems,
  goals: goalProblems,
  meetings: meetingProblems,
  indicators: indicatorProblems,
  actuals: actualProblems,
  narratives: narrativeProblems,
  settings: settingsProblems,
};

export function referenceIds(store: DurableStore): ReferenceIds {
  const ids = (name: string, key = 'id') => new Set(store.rows(name).map((r) => String(r[key])));
  return {
    frameworks: ids('frameworks'),
    goals: ids('goals'),
    purposes: ids('purposes'),
    functions: ids('functions'),
    workingGroups: ids('workingGroups'),
    members: ids('members', 'code'),
    indicators: ids('indicators'),
  };
}

/** Handles POST, PUT, PATCH and DELETE under /api; reads pass through. */
export function writes(store: DurableStore) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const segments = pathSegments(req.path);
    if (!segments) return refuse(res, 400, 'The address is not valid.');
    const [collection, id, ...rest] = segments;
    if (!collection || !Object.hasOwn(COLLECTION_SCHEMAS, collection))
      return refuse(res, 404, `There is no collection "${collection ?? ''}".`);
    if (rest.length) return refuse(res, 405, 'Nested writes are not supported.');
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method))
      return refuse(res, 405, `${req.method} is not supported.`);
    if (READ_ONLY.has(collection))
      return refuse(
        res,
        405,
        `${collection} are reference data and cannot be changed through the API.`,
      );
    if (SINGLETONS.has(collection) && (req.method === 'POST' || req.method === 'DELETE'))
      return refuse(res, 405, `There is one ${collection} record: update it instead.`);

    const rows = store.rows(collection);
    const index = id === undefined ? -1 : rows.findIndex((r) => String(r['id']) === id);
    if (id !== undefined && index < 0)
      return refuse(res, 404, `There is no record "${id}" in ${collection}.`);
    const current = index < 0 ? undefined : rows[index];

    if (req.method === 'DELETE') {
      if (!current) return refuse(res, 405, 'Delete one record at a time.');
      if (UNDELETABLE.has(collection)) return refuse(res, 405, `${collection} cannot be deleted.`);
      if (VERSIONED.has(collection)) {
        const read = versionFromIfMatch(req.get('if-match'));
        if (read === null)
          return refuse(
            res,
            428,
            'A delete must say which version of the record it removes (If-Match header).',
          );
        if (read !== current['version']) return conflict(res, current);
      }
      store.replace(
        collection,
        rows.filter((_, i) => i !== index),
      );
      return res.status(200).json({});
    }

    if (!req.is('application/json'))
      return refuse(res, 415, 'Send the record as JSON (Content-Type: application/json).');
    if ((req.method === 'POST') !== (id === undefined)) {
      return refuse(
        res,
        405,
        req.method === 'POST'
          ? 'Create records on the collection, not on a record.'
          : 'Update one record at a time.',
      );
    }
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return refuse(res, 400, 'The request body must be a JSON object.');
    const input = body as Row;
    if (id !== undefined && input['id'] !== undefined && String(input['id']) !== id) {
      return refuse(res, 400, 'The id in the body does not match the record being updated.', [
        { field: 'id', code: 'id-mismatch' },
      ]);
    }

    const versioned = VERSIONED.has(collection);
    if (versioned && current) {
      if (typeof input['version'] !== 'number') {
        return refuse(res, 400, 'An update must say which version of the record it changes.', [
          { field: 'version', code: 'required' },
        ]);
      }
      if (input['version'] !== current['version']) return conflict(res, current);
    }
    // A new record may bring its own id (undo of a delete does); without one, or with an
    // empty one, it gets a fresh id.
    const ownId = input['id'] === undefined || input['id'] === '' ? undefined : input['id'];
    if (!current && ownId !== undefined && rows.some((r) => r['id'] === ownId))
      return refuse(res, 409, `A record with id "${String(ownId)}" already exists.`);

    const merged: Row = {
      ...(req.method === 'PATCH' ? current : {}),
      ...input,
      id: id ?? ownId ?? newId(collection, rows),
    };
    if (versioned) merged['version'] = current ? (current['version'] as number) + 1 : 1;

    const schema = COLLECTION_SCHEMAS[collection as CollectionName] as z.ZodMiniType;
    const parsed = schema.safeParse(merged);
    const problems = parsed.success
      ? blocking(
          RULES[collection as CollectionName]?.(parsed.data as never, referenceIds(store)) ?? [],
        )
      : describeIssues(parsed.error);
    if (problems.length) {
      return refuse(
        res,
        400,
        `The ${singular(collection)} is not valid: ${problems.map((p) => `${p.field} ${problemText(p)}`).join('; ')}.`,
        problems,
      );
    }
    const record = parsed.data as Row;
    if (current) {
      store.replace(
        collection,
        rows.map((r, i) => (i === index ? record : r)),
      );
      return res.status(200).json(record);
    }
    store.replace(collection, [...rows, record]);
    // A path, not a URL built from the request's Host header.
    res.location(`/api/${collection}/${encodeURIComponent(String(record['id']))}`);
    return res.status(201).json(record);
  };
}

function conflict(res: Response, current: Row) {
  return refuse(res, 409, 'This record was changed by someone else since you opened it.', [], {
    current,
  });
}

/** `If-Match: 3` or `If-Match: "3"` → 3; anything else → null. */
function versionFromIfMatch(header: string | undefined): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}

function singular(collection: string): string {
  return collection === 'activities' ? 'activity' : collection.replace(/s$/, '');
}

let counter = 0;
function newId(collection: string, rows: readonly Row[]): string {
  for (;;) {
    counter = (counter + 1) % 1296;
    const id = `${collection.slice(0, 3)}-${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}`;
    if (!rows.some((r) => r['id'] === id)) return id;
  }
}
