/**
 * What the API keeps its data in. Two stores answer to this one interface: the JSON file
 * (file-store.ts, the zero-set-up default) and PostgreSQL (postgres/pg-store.ts, when
 * DATABASE_URL is set). Nothing the API does depends on which one is behind it: the same test
 * suite runs against both.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Store as SessionStore } from 'express-session';
import type { Refusal } from '../src/app/domain/refusal-text';

export type Row = Record<string, unknown>;
/** Every collection and its records, in the shape of the JSON data file. */
export type Db = Record<string, Row[]>;

/** An audit entry as a write hands it over; the store numbers it. */
export interface AuditInput {
  at: string;
  who: string;
  collection: string;
  id: string;
  before: Row | null;
  after: Row | null;
  reason: string | null;
}

/** What a check may read: the committed data, or inside a transaction the data as it stands there. */
export interface Reader {
  /** Every record of a small collection (reference data, indicators, users), in order. */
  all(collection: string): Promise<Row[]>;
  /** The values of one field (the id unless told) across a small collection. */
  ids(collection: string, key?: string): Promise<Set<string>>;
  one(collection: string, id: string): Promise<Row | undefined>;
  /** The records with these ids that exist, by id. */
  some(collection: string, ids: readonly string[]): Promise<Map<string, Row>>;
}

/**
 * A write and the checks it depends on, all or nothing: what a transaction read cannot change
 * before it commits, and two transactions never interleave between a version check and the
 * write it guards. Throwing (a Refused, say) leaves everything as it was.
 */
export interface Transaction extends Reader {
  /** Adds a record; a record with its id already there is refused with 409. */
  insert(collection: string, row: Row): Promise<void>;
  /** Replaces a record if it is still at version `read` (any version when not given); false when not. */
  update(collection: string, row: Row, read?: number): Promise<boolean>;
  /** Deletes a record if it is still at version `read` (any version when not given); false when not. */
  remove(collection: string, id: string, read?: number): Promise<boolean>;
  /** Appends to the audit trail, numbered after the last entry, in the same commit as the change. */
  audit(entries: readonly AuditInput[]): Promise<void>;
}

export interface Store {
  readonly kind: 'file' | 'postgres';
  /** Reads outside any write: they never wait for one. */
  readonly reader: Reader;
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * GET and HEAD of `/<collection>` and `/<collection>/<id>`, with the query surface both stores
   * share (reads.ts checks it first): field filters, `_ne`, `_like`, `_gte`, `_lte`, `q`,
   * `_sort`/`_order` and paging. Readers other than administrators never see audit entries
   * about users.
   */
  reads(isAdministrator: (res: Response) => boolean): RequestHandler;
  /** Where sessions live, so that a restart does not sign anyone out. */
  readonly sessions: SessionStore;
  /** Every collection, as the JSON data file holds it. */
  snapshot(): Promise<Db>;
  close(): Promise<void>;
}

/** A write refused inside a transaction: nothing it did is kept, and the client gets this. */
export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly refusal: string | Refusal,
    readonly extra: object = {},
  ) {
    super(typeof refusal === 'string' ? refusal : refusal.code);
  }
}

/** Express 4 does not catch a rejected promise: an async handler's errors go to `next`. */
export function handled(work: (req: Request, res: Response) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    work(req, res).catch(next);
  };
}
