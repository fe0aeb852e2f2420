/**
 * Checks API responses against the shared schema: the work the validation worker does, and
 * what the app falls back to where workers are unavailable. No Angular here.
 */
import type { ReferenceData } from '../domain/reference-data';
import type { Activity } from '../domain/schema';
import { readActivity } from '../domain/read-activity';
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
 * checks run, so with a large data set the main thread neither parses it nor copies the parsed
 * records to the worker.
 */
export type ValidationRequest =
  | {
      id: number;
      kind: 'collection';
      collection: CollectionName;
      json: ArrayBuffer;
      /** Check only this share of the records (the `index`-th of `of` equal runs), see parts.ts. */
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

export type ValidationResponse =
  { id: number; checked: Checked<unknown> } | { id: number; failure: ValidationFailure };

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

function checkCollection(
  collection: CollectionName,
  rows: unknown,
  part?: RecordPart,
): Checked<unknown[]> {
  const share =
    part && Array.isArray(rows)
      ? rows.slice(
          Math.floor((rows.length * part.index) / part.of),
          Math.floor((rows.length * (part.index + 1)) / part.of),
        )
      : rows;
  const { valid, rejected } = partitionRecords(collection, share, readerOf(collection));
  return { data: valid, rejected };
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
  };
  return { data, rejected };
}

export function validate(request: ValidationRequest): ValidationResponse {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(request.json));
  } catch {
    return { id: request.id, failure: 'not-json' };
  }
  if (request.kind === 'collection')
    return { id: request.id, checked: checkCollection(request.collection, body, request.part) };
  const checked = checkReference(body);
  return checked ? { id: request.id, checked } : { id: request.id, failure: 'no-settings' };
}
