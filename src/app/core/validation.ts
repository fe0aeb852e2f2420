/**
 * Checks API responses against the shared schema: the work the validation worker does, and
 * what the app falls back to where workers are unavailable. No Angular here.
 */
import type { ReferenceData } from '../domain/reference-data';
import type { Activity } from '../domain/schema';
import { readActivity } from '../domain/read-activity';
import { sameJson } from '../domain/same-json';
import { listShare } from './list-bytes';
import { parseJson } from './parts';
import {
  COLLECTION_SCHEMAS,
  CollectionName,
  partitionRecords,
  RecordReader,
  RejectedRecord,
  schemaReader,
} from '../domain/schema';

/** Records that passed the schema, and the ones set aside with the reason. */
export interface Checked<T> {
  data: T;
  rejected: RejectedRecord[];
}

/**
 * A response to check. `json` is the body as received (UTF-8 JSON bytes): it is parsed where the
 * checks run, so the main thread never copies parsed records to the worker.
 */
export type ValidationRequest =
  | {
      id: number;
      kind: 'collection';
      collection: CollectionName;
      json: ArrayBuffer;
      /** Parse and check only this share of the list (see list-bytes.ts and parts.ts). */
      part?: RecordPart;
    }
  | { id: number; kind: 'reference'; json: ArrayBuffer };

export interface RecordPart {
  index: number;
  of: number;
}

/**
 * `no-settings`: the reference response had no valid settings record, so nothing can be shown;
 * `not-json`: the body could not be read as JSON at all.
 */
export type ValidationFailure = 'no-settings' | 'not-json';

/**
 * What the checks decided about a list, by position. The main thread parses the same bytes
 * itself while the workers check them, so only the decisions travel back: copying 50 000 checked
 * records between threads costs more than parsing them again.
 */
export interface ListVerdict {
  /** Positions in the list of the records kept, in order. */
  kept: number[];
  /** Kept records that differ from what was sent (fields read as unknown, keys dropped). */
  changed: Map<number, unknown>;
  rejected: RejectedRecord[];
}

export type ValidationResponse =
  | { id: number; checked: Checked<unknown> }
  | { id: number; verdict: ListVerdict }
  | { id: number; failure: ValidationFailure };

/** The type of a record of a collection as the app reads it. */
export type RecordOf<K extends CollectionName> = K extends 'activities'
  ? Activity
  : ReturnType<(typeof COLLECTION_SCHEMAS)[K]['parse']>;

/** Activities degrade field by field; other records are used whole or set aside. */
function readerOf(collection: CollectionName): RecordReader<unknown> {
  return collection === 'activities'
    ? readActivity
    : schemaReader(COLLECTION_SCHEMAS[collection] as Parameters<typeof schemaReader>[0]);
}

/** The verdict on `rows`, a list whose first record is at `first` in the whole list. */
function judgeList(collection: CollectionName, rows: unknown, first = 0): ListVerdict {
  const kept: number[] = [];
  const changed = new Map<number, unknown>();
  // Each record as read is compared and dropped at once: held to the end, 50 000 of them
  // outlive the young generation, and checking took about 15% longer.
  const rejected = partitionRecords(collection, rows, readerOf(collection), (record, position) => {
    kept.push(first + position);
    // The schemas drop keys they do not know and read unusable fields as unknown.
    if (!sameJson(record, (rows as unknown[])[position])) changed.set(first + position, record);
  });
  return { kept, changed, rejected };
}

function checkCollection(collection: CollectionName, rows: unknown): Checked<unknown[]> {
  const data: unknown[] = [];
  const rejected = partitionRecords(collection, rows, readerOf(collection), (record) =>
    data.push(record),
  );
  return { data, rejected };
}

/** The reference response holds every lookup collection; each is checked on its own. */
function checkReference(body: unknown): Checked<ReferenceData> | null {
  const parts = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const rejected: RejectedRecord[] = [];
  const check = <K extends CollectionName>(name: K) => {
    const result = checkCollection(name, parts[name]);
    rejected.push(...result.rejected);
    return result.data as RecordOf<K>[];
  };
  const [settings] = check('settings');
  if (!settings) return null;
  const data: ReferenceData = {
    frameworks: check('frameworks'),
    goals: check('goals'),
    purposes: check('purposes'),
    functions: check('functions'),
    members: check('members'),
    workingGroups: check('workingGroups'),
    meetings: check('meetings'),
    indicators: check('indicators'),
    actuals: check('actuals'),
    narratives: check('narratives'),
    settings,
    rounds: check('rounds'),
    workPlans: check('workPlans'),
  };
  return { data, rejected };
}

export function validate(request: ValidationRequest): ValidationResponse {
  const { id } = request;
  const bytes = new Uint8Array(request.json);
  const share = request.kind === 'collection' && request.part && listShare(bytes, request.part);
  const parsed = parseJson(share ? share.text : new TextDecoder().decode(bytes));
  if (!parsed) return { id, failure: 'not-json' };
  if (request.kind === 'reference') {
    const checked = checkReference(parsed.body);
    return checked ? { id, checked } : { id, failure: 'no-settings' };
  }
  // Not a list: the first share reports it, the others have nothing to add.
  if (request.part && !share && request.part.index > 0)
    return { id, verdict: { kept: [], changed: new Map(), rejected: [] } };
  return { id, verdict: judgeList(request.collection, parsed.body, share ? share.first : 0) };
}
