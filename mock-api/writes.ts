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
  closedPeriodsChanged,
  frameworkProblems,
  looksLikeMarkup,
  markupInChangedText,
  goalProblems,
  indicatorProblems,
  meetingProblems,
  narrativeProblems,
  ReferenceIds,
  settingsProblems,
} from '../src/app/domain/rules';
import type { Refusal } from '../src/app/domain/refusal-text';
import type { Problem } from '../src/app/domain/problems';
import {
  COLLECTION_SCHEMAS,
  CollectionName,
  describeIssues,
  type Indicator,
  shortText,
} from '../src/app/domain/schema';
import { withAudit, type Change } from './audit';
import { currentUser } from './auth';
import type { Today } from './clock';
import {
  AUDIT_COLLECTION,
  READ_ONLY_COLLECTIONS,
  VERSIONED_COLLECTIONS,
} from '../src/app/domain/collections';
import { pathSegments } from './paths';
import { refuse } from './refuse';
import type { DurableStore, Row } from './store';

const READ_ONLY: ReadonlySet<string> = new Set(READ_ONLY_COLLECTIONS);
/** One record, created with the data set: it can be updated, never created or deleted. */
const SINGLETONS: ReadonlySet<string> = new Set(['settings']);
const UNDELETABLE: ReadonlySet<string> = new Set(['indicators', 'settings']);
/** Records whose updates and deletes must carry the version they were read at. */
const VERSIONED: ReadonlySet<string> = new Set(VERSIONED_COLLECTIONS);
/** A reason is plain text, like any other field. */
const reasonSchema = shortText(500);

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
    frameworkSpans: new Map(
      store
        .rows('frameworks')
        .map((f) => [String(f['id']), { start: String(f['start']), end: String(f['end']) }]),
    ),
    firstMonth: firstMonth(store),
  };
}

function firstMonth(store: DurableStore): number {
  const month = store.rows('settings')[0]?.['yearStartMonth'];
  return typeof month === 'number' ? month : 1;
}

/** Handles POST, PUT, PATCH and DELETE under /api; reads pass through. */
export function writes(store: DurableStore, today: Today) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const segments = pathSegments(req.path);
    if (!segments) return refuse(res, 400, 'address-not-valid');
    const [collection, id, ...rest] = segments;
    if (!collection || !Object.hasOwn(COLLECTION_SCHEMAS, collection))
      return refuse(res, 404, {
        code: 'no-such-collection',
        params: { collection: collection ?? '' },
      });
    if (rest.length) return refuse(res, 405, 'nested-writes');
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method))
      return refuse(res, 405, { code: 'method-not-supported', params: { method: req.method } });
    if (collection === AUDIT_COLLECTION) return refuse(res, 405, 'audit-read-only');
    if (READ_ONLY.has(collection))
      return refuse(res, 405, { code: 'reference-read-only', params: { collection } });
    if (SINGLETONS.has(collection) && (req.method === 'POST' || req.method === 'DELETE'))
      return refuse(res, 405, { code: 'singleton', params: { collection } });

    const rows = store.rows(collection);
    const index = id === undefined ? -1 : rows.findIndex((r) => String(r['id']) === id);
    if (id !== undefined && index < 0)
      return refuse(res, 404, { code: 'no-record-in', params: { id, collection } });
    const current = index < 0 ? undefined : rows[index];
    const versioned = VERSIONED.has(collection);
    const audit = (changes: readonly Change[], reason: string | null) =>
      withAudit(store, currentUser(res).username, collection, changes, reason);

    if (req.method === 'DELETE') {
      if (!current) return refuse(res, 405, 'delete-one');
      if (UNDELETABLE.has(collection))
        return refuse(res, 405, { code: 'undeletable', params: { collection } });
      if (versioned) {
        const read = versionFromIfMatch(req.get('if-match'));
        if (read === null) return refuse(res, 428, 'if-match-required');
        if (read !== current['version']) return conflict(res, current);
      }
      const inUse = collection === 'frameworks' ? frameworkInUse(store, String(current['id'])) : [];
      if (inUse.length) return refuse(res, 409, { code: 'framework-in-use', problems: inUse });
      const reason = reasonFor(store, today, req.query['reason'], collection, current, null);
      if ('refusal' in reason) return refuse(res, 400, reason.refusal);
      store.commit({
        [collection]: rows.filter((_, i) => i !== index),
        ...audit([{ id: String(current['id']), before: current, after: null }], reason.text),
      });
      return res.status(200).json({});
    }

    if (!req.is('application/json')) return refuse(res, 415, 'send-json');
    if ((req.method === 'POST') !== (id === undefined)) {
      return refuse(res, 405, req.method === 'POST' ? 'create-on-collection' : 'update-one');
    }
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return refuse(res, 400, 'body-not-object');
    // The reason for the change and a framework's indicators to copy travel with the record
    // but are not part of it.
    const { reason: givenReason, copyIndicatorsFrom, ...input } = body as Row;
    if (id !== undefined && input['id'] !== undefined && String(input['id']) !== id) {
      return refuse(res, 400, {
        code: 'id-mismatch',
        problems: [{ field: 'id', code: 'id-mismatch' }],
      });
    }

    if (versioned && current) {
      if (typeof input['version'] !== 'number') {
        return refuse(res, 400, {
          code: 'version-required',
          problems: [{ field: 'version', code: 'required' }],
        });
      }
      if (input['version'] !== current['version']) return conflict(res, current);
    }
    // A new record may bring its own id (undo of a delete does); without one, or with an
    // empty one, it gets a fresh id.
    const ownId = input['id'] === undefined || input['id'] === '' ? undefined : input['id'];
    if (!current && ownId !== undefined && rows.some((r) => r['id'] === ownId))
      return refuse(res, 409, { code: 'id-exists', params: { id: String(ownId) } });

    const merged: Row = {
      ...(req.method === 'PATCH' ? current : {}),
      ...input,
      id: id ?? ownId ?? newId(collection, rows),
    };
    if (versioned) merged['version'] = current ? (current['version'] as number) + 1 : 1;
    // Who wrote a narrative is the signed-in user, whatever the request says.
    if (collection === 'narratives') merged['author'] = currentUser(res).name;

    const checked = check(store, collection, merged, current ?? null);
    if ('refusal' in checked) return refuse(res, 400, checked.refusal);
    const record = checked.record;
    const reason = reasonFor(store, today, givenReason, collection, current ?? null, record);
    if ('refusal' in reason) return refuse(res, 400, reason.refusal);

    const copies =
      collection === 'frameworks' && !current && copyIndicatorsFrom !== undefined
        ? copyIndicators(store, copyIndicatorsFrom, record)
        : { indicators: [] as Row[] };
    if ('refusal' in copies) return refuse(res, 400, copies.refusal);

    const updated = current ? rows.map((r, i) => (i === index ? record : r)) : [...rows, record];
    const changes: Change[] = [
      { id: String(record['id']), before: current ?? null, after: record },
    ];
    const extra: Record<string, Row[]> = {};
    if (copies.indicators.length) {
      extra['indicators'] = [...store.rows('indicators'), ...copies.indicators];
      changes.push(
        ...copies.indicators.map((after) => ({
          id: String(after['id']),
          before: null,
          after,
          collection: 'indicators',
        })),
      );
    }
    store.commit({
      [collection]: updated,
      ...extra,
      ...audit(changes, reason.text),
    });
    if (current) return res.status(200).json(record);
    // A path, not a URL built from the request's Host header.
    res.location(`/api/${collection}/${encodeURIComponent(String(record['id']))}`);
    return res.status(201).json(record);
  };
}

interface Refused {
  refusal: Refusal;
}

/** The record as the schema reads it and the rules allow it, or why not. */
function check(
  store: DurableStore,
  collection: string,
  row: Row,
  current: Row | null,
): { record: Row } | Refused {
  const schema = COLLECTION_SCHEMAS[collection as CollectionName] as z.ZodMiniType;
  const parsed = schema.safeParse(row);
  const refs = referenceIds(store);
  const problems = !parsed.success
    ? describeIssues(parsed.error)
    : blocking([
        ...(collection === 'indicators'
          ? indicatorProblems(parsed.data as Indicator, refs, current as Indicator | null)
          : (RULES[collection as CollectionName]?.(parsed.data as never, refs) ?? [])),
        ...markupInChangedText(collection, current, parsed.data as Row),
      ]);
  if (problems.length)
    return { refusal: { code: 'record-not-valid', params: { collection }, problems } };
  return { record: parsed.data as Row };
}

/**
 * The reason given for a write, checked; required when the write changes a closed period's
 * target or reported actual.
 */
function reasonFor(
  store: DurableStore,
  today: Today,
  given: unknown,
  collection: string,
  before: Row | null,
  after: Row | null,
): { text: string | null } | Refused {
  const blank = given === undefined || given === null || given === '';
  if (!blank) {
    const parsed = reasonSchema.safeParse(given);
    const markup = parsed.success && looksLikeMarkup(parsed.data);
    if (!parsed.success || markup) {
      const problems: Problem[] = parsed.success
        ? [{ field: 'reason', code: 'markup' }]
        : describeIssues(parsed.error).map((p) => ({ ...p, field: 'reason' }));
      return { refusal: { code: 'reason-not-valid', problems } };
    }
    return { text: parsed.data };
  }
  const closed = closedPeriodsChanged(collection, before, after, today(), firstMonth(store));
  if (!closed.length) return { text: null };
  const problem: Problem = {
    field: 'reason',
    code: 'reason-required',
    params: { periods: closed.join(', ') },
  };
  return { refusal: { code: 'reason-required', problems: [problem] } };
}

/** Why a framework cannot be deleted: it is reported on, or indicators or goals belong to it. */
function frameworkInUse(store: DurableStore, id: string): Problem[] {
  const problems: Problem[] = [];
  if (store.rows('settings')[0]?.['currentFramework'] === id)
    problems.push({ field: 'id', code: 'framework-reported' });
  if ([...store.rows('indicators'), ...store.rows('goals')].some((r) => r['framework'] === id))
    problems.push({ field: 'id', code: 'framework-in-use' });
  return problems;
}

/**
 * The indicators of another framework, copied into a new one: same definitions, goals,
 * measures and baselines, no targets yet (the old periods lie outside the new framework).
 */
function copyIndicators(
  store: DurableStore,
  from: unknown,
  framework: Row,
): { indicators: Row[] } | Refused {
  const source = typeof from === 'string' ? from : '';
  if (!store.rows('frameworks').some((f) => f['id'] === source)) {
    const problem: Problem = {
      field: 'copyIndicatorsFrom',
      code: 'unknown-reference',
      params: { kind: 'framework', values: String(from) },
    };
    return { refusal: { code: 'copy-failed', problems: [problem] } };
  }
  const taken = new Set(store.rows('indicators').map((i) => String(i['id'])));
  const indicators = store
    .rows('indicators')
    .filter((i) => i['framework'] === source)
    .map((i) => {
      let copyId = `${String(i['id'])}-${String(framework['id'])}`.slice(0, 60);
      while (taken.has(copyId)) copyId = `${copyId.slice(0, 56)}-${taken.size % 1000}`;
      taken.add(copyId);
      return {
        ...i,
        id: copyId,
        framework: framework['id'],
        targets: [],
        frameworkTarget: null,
        version: 1,
      };
    });
  return { indicators };
}

function conflict(res: Response, current: Row) {
  return refuse(res, 409, 'changed-meanwhile', {
    current,
  });
}

/** `If-Match: 3` or `If-Match: "3"` → 3; anything else → null. */
function versionFromIfMatch(header: string | undefined): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}

let counter = 0;
function newId(collection: string, rows: readonly Row[]): string {
  for (;;) {
    counter = (counter + 1) % 1296;
    const id = `${collection.slice(0, 3)}-${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}`;
    if (!rows.some((r) => r['id'] === id)) return id;
  }
}
