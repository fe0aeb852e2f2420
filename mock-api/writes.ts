/**
 * Every write the API accepts: checked against the shared schema and rules, against the
 * version the client read, and stored with its audit entry — all in one transaction, so no
 * other write can come between the check and the write. Reads never see a write half-done.
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
  workPlanProblems,
} from '../src/app/domain/rules';
import type { Problem } from '../src/app/domain/problems';
import {
  COLLECTION_SCHEMAS,
  CollectionName,
  describeIssues,
  type Indicator,
  type Round,
  shortText,
} from '../src/app/domain/schema';
import { lockingRound } from '../src/app/domain/rounds';
import { auditEntries, type Change } from './audit';
import { currentUser } from './auth';
import type { Today } from './clock';
import {
  AUDIT_COLLECTION,
  READ_ONLY_COLLECTIONS,
  VERSIONED_COLLECTIONS,
} from '../src/app/domain/collections';
import { pathSegments } from './paths';
import { refuse } from './refuse';
import { Refused, type Reader, type Row, type Store, type Transaction } from './store';

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
  workPlans: workPlanProblems,
};

export async function referenceIds(tx: Reader): Promise<ReferenceIds> {
  const [frameworks, goals, purposes, functions, workingGroups, members, indicators, month] =
    await Promise.all([
      tx.all('frameworks'),
      tx.ids('goals'),
      tx.ids('purposes'),
      tx.ids('functions'),
      tx.ids('workingGroups'),
      tx.ids('members', 'code'),
      tx.ids('indicators'),
      firstMonth(tx),
    ]);
  return {
    frameworks: new Set(frameworks.map((f) => String(f['id']))),
    goals,
    purposes,
    functions,
    workingGroups,
    members,
    indicators,
    frameworkSpans: new Map(
      frameworks.map((f) => [
        String(f['id']),
        { start: String(f['start']), end: String(f['end']) },
      ]),
    ),
    firstMonth: month,
  };
}

async function firstMonth(tx: Reader): Promise<number> {
  const month = (await tx.all('settings'))[0]?.['yearStartMonth'];
  return typeof month === 'number' ? month : 1;
}

/** Handles POST, PUT, PATCH and DELETE under /api; reads pass through. */
export function writes(store: Store, today: Today) {
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
    const write = req.method === 'DELETE' ? remove : save;
    store
      .transaction((tx) => write(tx, { req, res, today, collection, id }))
      .then((answer) => {
        if (answer.location) res.location(answer.location);
        res.status(answer.status).json(answer.body);
      })
      .catch(next);
  };
}

interface WriteRequest {
  req: Request;
  res: Response;
  today: Today;
  collection: string;
  id: string | undefined;
}

interface Answer {
  status: number;
  body: unknown;
  location?: string;
}

const audit = (
  tx: Transaction,
  res: Response,
  collection: string,
  changes: readonly Change[],
  reason: string | null,
) => tx.audit(auditEntries(currentUser(res).username, collection, changes, reason));

/** The record `id` of the collection, or a 404. */
async function existing(tx: Reader, collection: string, id: string): Promise<Row> {
  const current = await tx.one(collection, id);
  if (!current) throw new Refused(404, { code: 'no-record-in', params: { id, collection } });
  return current;
}

async function remove(
  tx: Transaction,
  { req, res, today, collection, id }: WriteRequest,
): Promise<Answer> {
  if (id === undefined) throw new Refused(405, 'delete-one');
  const current = await existing(tx, collection, id);
  if (UNDELETABLE.has(collection))
    throw new Refused(405, { code: 'undeletable', params: { collection } });
  let read: number | undefined;
  if (VERSIONED.has(collection)) {
    const version = versionFromIfMatch(req.get('if-match'));
    if (version === null) throw new Refused(428, 'if-match-required');
    if (version !== current['version']) throw conflict(current);
    read = version;
  }
  await refuseLocked(tx, collection, current, null);
  const inUse = collection === 'frameworks' ? await frameworkInUse(tx, id) : [];
  if (inUse.length) throw new Refused(409, { code: 'framework-in-use', problems: inUse });
  const reason = await reasonFor(tx, today, req.query['reason'], collection, current, null);
  if (!(await tx.remove(collection, id, read))) throw conflict(await existing(tx, collection, id));
  await audit(tx, res, collection, [{ id, before: current, after: null }], reason);
  return { status: 200, body: {} };
}

async function save(
  tx: Transaction,
  { req, res, today, collection, id }: WriteRequest,
): Promise<Answer> {
  const current = id === undefined ? undefined : await existing(tx, collection, id);
  if (!req.is('application/json')) throw new Refused(415, 'send-json');
  if ((req.method === 'POST') !== (id === undefined))
    throw new Refused(405, req.method === 'POST' ? 'create-on-collection' : 'update-one');
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new Refused(400, 'body-not-object');
  // The reason for the change and a framework's indicators to copy travel with the record
  // but are not part of it.
  const { reason: givenReason, copyIndicatorsFrom, ...input } = body as Row;
  if (id !== undefined && input['id'] !== undefined && String(input['id']) !== id)
    throw new Refused(400, {
      code: 'id-mismatch',
      problems: [{ field: 'id', code: 'id-mismatch' }],
    });

  const versioned = VERSIONED.has(collection);
  if (versioned && current) {
    if (typeof input['version'] !== 'number')
      throw new Refused(400, {
        code: 'version-required',
        problems: [{ field: 'version', code: 'required' }],
      });
    if (input['version'] !== current['version']) throw conflict(current);
  }
  // A new record may bring its own id (undo of a delete does); without one, or with an
  // empty one, it gets a fresh id.
  const ownId = input['id'] === undefined || input['id'] === '' ? undefined : input['id'];
  if (!current && ownId !== undefined && (await tx.one(collection, String(ownId))))
    throw new Refused(409, { code: 'id-exists', params: { id: String(ownId) } });

  const merged: Row = {
    ...(req.method === 'PATCH' ? current : {}),
    ...input,
    id: id ?? ownId ?? (await newId(tx, collection)),
  };
  if (versioned) merged['version'] = current ? (current['version'] as number) + 1 : 1;
  // Who wrote a narrative is the signed-in user, whatever the request says.
  if (collection === 'narratives') merged['author'] = currentUser(res).name;

  const record = await check(tx, collection, merged, current ?? null);
  await refuseLocked(tx, collection, current ?? null, record);
  const reason = await reasonFor(tx, today, givenReason, collection, current ?? null, record);
  const copies =
    collection === 'frameworks' && !current && copyIndicatorsFrom !== undefined
      ? await copyIndicators(tx, copyIndicatorsFrom, record)
      : [];

  if (current) {
    const read = versioned ? (current['version'] as number) : undefined;
    if (!(await tx.update(collection, record, read)))
      throw conflict(await existing(tx, collection, String(current['id'])));
  } else await tx.insert(collection, record);
  for (const copy of copies) await tx.insert('indicators', copy);
  await audit(
    tx,
    res,
    collection,
    [
      { id: String(record['id']), before: current ?? null, after: record },
      ...copies.map((after) => ({
        id: String(after['id']),
        before: null,
        after,
        collection: 'indicators',
      })),
    ],
    reason,
  );
  if (current) return { status: 200, body: record };
  // A path, not a URL built from the request's Host header.
  return {
    status: 201,
    body: record,
    location: `/api/${collection}/${encodeURIComponent(String(record['id']))}`,
  };
}

/** The record as the schema reads it and the rules allow it, or a refusal saying why not. */
async function check(tx: Reader, collection: string, row: Row, current: Row | null): Promise<Row> {
  const schema = COLLECTION_SCHEMAS[collection as CollectionName] as z.ZodMiniType;
  const parsed = schema.safeParse(row);
  const refs = await referenceIds(tx);
  const problems = !parsed.success
    ? describeIssues(parsed.error)
    : blocking([
        ...(collection === 'indicators'
          ? indicatorProblems(parsed.data as Indicator, refs, current as Indicator | null)
          : (RULES[collection as CollectionName]?.(parsed.data as never, refs) ?? [])),
        ...markupInChangedText(collection, current, parsed.data as Row),
      ]);
  if (problems.length)
    throw new Refused(400, { code: 'record-not-valid', params: { collection }, problems });
  return parsed.data as Row;
}

/**
 * The reason given for a write, checked; required when the write changes a closed period's
 * target or reported actual.
 */
async function reasonFor(
  tx: Reader,
  today: Today,
  given: unknown,
  collection: string,
  before: Row | null,
  after: Row | null,
): Promise<string | null> {
  const blank = given === undefined || given === null || given === '';
  if (!blank) {
    const parsed = reasonSchema.safeParse(given);
    const markup = parsed.success && looksLikeMarkup(parsed.data);
    if (!parsed.success || markup) {
      const problems: Problem[] = parsed.success
        ? [{ field: 'reason', code: 'markup' }]
        : describeIssues(parsed.error).map((p) => ({ ...p, field: 'reason' }));
      throw new Refused(400, { code: 'reason-not-valid', problems });
    }
    return parsed.data;
  }
  const closed = closedPeriodsChanged(collection, before, after, today(), await firstMonth(tx));
  if (!closed.length) return null;
  const problem: Problem = {
    field: 'reason',
    code: 'reason-required',
    params: { periods: closed.join(', ') },
  };
  throw new Refused(400, { code: 'reason-required', problems: [problem] });
}

/** Why a framework cannot be deleted: it is reported on, or indicators or goals belong to it. */
async function frameworkInUse(tx: Reader, id: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  if ((await tx.all('settings'))[0]?.['currentFramework'] === id)
    problems.push({ field: 'id', code: 'framework-reported' });
  const [indicators, goals] = await Promise.all([tx.all('indicators'), tx.all('goals')]);
  if ([...indicators, ...goals].some((r) => r['framework'] === id))
    problems.push({ field: 'id', code: 'framework-in-use' });
  return problems;
}

/**
 * The indicators of another framework, copied into a new one: same definitions, goals,
 * measures and baselines, no targets yet (the old periods lie outside the new framework).
 */
async function copyIndicators(tx: Reader, from: unknown, framework: Row): Promise<Row[]> {
  const source = typeof from === 'string' ? from : '';
  if (!(await tx.one('frameworks', source))) {
    const problem: Problem = {
      field: 'copyIndicatorsFrom',
      code: 'unknown-reference',
      params: { kind: 'framework', values: String(from) },
    };
    throw new Refused(400, { code: 'copy-failed', problems: [problem] });
  }
  const indicators = await tx.all('indicators');
  const taken = new Set(indicators.map((i) => String(i['id'])));
  return indicators
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
}

/**
 * A change to what a submitted or approved reporting round holds is refused with 423 (not 409:
 * nothing the client could re-apply would be accepted until the round is reopened).
 */
async function refuseLocked(tx: Reader, collection: string, before: Row | null, after: Row | null) {
  const lock = await lockOf(tx, collection, before, after);
  if (lock)
    throw new Refused(423, {
      code: 'period-locked',
      params: { period: lock.period, state: lock.state },
    });
}

/** The round that holds this change, if any (domain/rounds.ts). */
export async function lockOf(
  tx: Reader,
  collection: string,
  before: Row | null,
  after: Row | null,
): Promise<Round | null> {
  const rounds = (await tx.all('rounds')) as unknown as Round[];
  if (!rounds.length) return null;
  return lockingRound(collection, before, after, rounds, await firstMonth(tx));
}

/** The record changed since the client read it: 409 with the record as it is now. */
function conflict(current: Row): Refused {
  return new Refused(409, 'changed-meanwhile', { current });
}

/** `If-Match: 3` or `If-Match: "3"` → 3; anything else → null. */
function versionFromIfMatch(header: string | undefined): number | null {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}

let counter = 0;
async function newId(tx: Reader, collection: string): Promise<string> {
  for (;;) {
    counter = (counter + 1) % 1296;
    const id = `${collection.slice(0, 3)}-${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}`;
    if (!(await tx.one(collection, id))) return id;
  }
}
