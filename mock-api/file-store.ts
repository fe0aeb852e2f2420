/**
 * The JSON-file store: the zero-set-up default. The data set lives in memory and in one file,
 * rewritten durably on every write (durable-file.ts); json-server answers reads from memory.
 *
 * Writes run one at a time, in the order they arrive: a transaction works on its own copy of
 * the collections it changes and, when it ends, commits them in one durable write — so a version
 * check and the write it guards never interleave with another write, and a refused or failed
 * transaction leaves nothing behind. Reads never wait for a write: they see the last commit.
 */
import type { NextFunction, Request, Response } from 'express';
import jsonServer from 'json-server';
import { AUDIT_COLLECTION } from '../src/app/domain/collections';
import { COLLECTION_SCHEMAS } from '../src/app/domain/schema';
import { DurableStore, rowsOf } from './durable-file';
import { pathSegments } from './paths';
import { readQuery, wholeCollections } from './reads';
import { refuse } from './refuse';
import { FileSessionStore, sessionsFileOf, throttleTouches } from './session-stores';
import {
  Refused,
  type AuditInput,
  type Db,
  type Reader,
  type Row,
  type Store,
  type Transaction,
} from './store';

export class FileStore implements Store {
  readonly kind = 'file';
  readonly reader: Reader;
  readonly sessions;
  private readonly durable: DurableStore;
  /** The last transaction queued: the next one starts when it has ended. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.durable = new DurableStore(file);
    // Every collection is served, even one a data file from before it existed does not have.
    for (const name of Object.keys(COLLECTION_SCHEMAS)) this.durable.state[name] ??= [];
    this.reader = new Staged(this.durable.state);
    this.sessions = throttleTouches(new FileSessionStore(sessionsFileOf(file)));
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const tx = new Staged(this.durable.state);
      const result = await work(tx);
      const changes = tx.changes();
      if (Object.keys(changes).length) this.durable.commit(changes);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  reads(isAdministrator: (res: Response) => boolean) {
    const state = this.durable.state;
    // Administrators read everything; everyone else the audit trail without its entries about
    // users.
    const view = readerView(state);
    const routers = { all: readRouter(state), reader: readRouter(view) };
    const whole = wholeCollections((name, res) =>
      isAdministrator(res) ? rowsOf(state, name) : rowsOf(view, name),
    );
    return (req: Request, res: Response, next: NextFunction) =>
      whole(req, res, () => {
        const rows = rowsOf(isAdministrator(res) ? state : view, pathSegments(req.path)![0]!);
        const { filters, paging } = readQuery(res);
        // json-server drops a filter on a field no record has, and answers everything; a record
        // without the field matches no filter, so the answer is nothing.
        if (filters.some(({ field }) => !rows.some((r) => Object.hasOwn(r, field)))) {
          if (paging.page ?? paging.limit ?? paging.end) res.setHeader('X-Total-Count', '0');
          res.json([]);
          return;
        }
        const query = req.query as Record<string, string>;
        // json-server turns `_like` into a regular expression: make it match the text
        // literally, so no query can run a pattern of its own (or stall the server with one).
        for (const { field, op, value } of filters)
          if (op === 'like') query[`${field}_like`] = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        (isAdministrator(res) ? routers.all : routers.reader)(req, res, next);
      });
  }

  async snapshot(): Promise<Db> {
    return structuredClone(this.durable.state);
  }

  async close(): Promise<void> {
    await this.queue;
  }
}

/**
 * The collections as a transaction sees them: the committed arrays until it changes one, then
 * its own copy of that one. A committed array is never changed in place (reads.ts relies on it).
 */
class Staged implements Transaction {
  private readonly staged = new Map<string, Row[]>();

  constructor(private readonly state: Db) {}

  private rows(collection: string): Row[] {
    return this.staged.get(collection) ?? rowsOf(this.state, collection);
  }

  private writable(collection: string): Row[] {
    let rows = this.staged.get(collection);
    if (!rows) this.staged.set(collection, (rows = [...rowsOf(this.state, collection)]));
    return rows;
  }

  private indexOf(rows: readonly Row[], id: string): number {
    return rows.findIndex((r) => String(r['id']) === id);
  }

  async all(collection: string): Promise<Row[]> {
    return this.rows(collection);
  }

  async ids(collection: string, key = 'id'): Promise<Set<string>> {
    return new Set(this.rows(collection).map((r) => String(r[key])));
  }

  async one(collection: string, id: string): Promise<Row | undefined> {
    return this.rows(collection).find((r) => String(r['id']) === id);
  }

  async some(collection: string, ids: readonly string[]): Promise<Map<string, Row>> {
    const wanted = new Set(ids);
    return new Map(
      this.rows(collection)
        .filter((r) => wanted.has(String(r['id'])))
        .map((r) => [String(r['id']), r]),
    );
  }

  async insert(collection: string, row: Row): Promise<void> {
    const rows = this.writable(collection);
    if (this.indexOf(rows, String(row['id'])) >= 0)
      throw new Refused(409, { code: 'id-exists', params: { id: String(row['id']) } });
    rows.push(row);
  }

  async update(collection: string, row: Row, read?: number): Promise<boolean> {
    const rows = this.writable(collection);
    const index = this.indexOf(rows, String(row['id']));
    if (index < 0 || (read !== undefined && rows[index]!['version'] !== read)) return false;
    rows[index] = row;
    return true;
  }

  async remove(collection: string, id: string, read?: number): Promise<boolean> {
    const rows = this.writable(collection);
    const index = this.indexOf(rows, id);
    if (index < 0 || (read !== undefined && rows[index]!['version'] !== read)) return false;
    rows.splice(index, 1);
    return true;
  }

  async audit(entries: readonly AuditInput[]): Promise<void> {
    const trail = this.writable(AUDIT_COLLECTION);
    let seq = Number(trail.at(-1)?.['seq'] ?? 0);
    trail.push(...entries.map((e) => ({ seq: ++seq, ...e })));
  }

  changes(): Db {
    return Object.fromEntries(this.staged);
  }
}

/** json-server's router over a data set: plain JSON, and our refusals instead of its own. */
function readRouter(state: Db) {
  const router = jsonServer.router(state);
  router.render = (_req, res) => {
    if (res.statusCode === 404) return refuse(res, 404, 'no-such-record');
    // Paging answers carry X-Total-Count; the Link header json-server adds is built from the
    // request's Host header and is not part of the API.
    res.removeHeader('Link');
    res.json(res.locals['data']);
  };
  // json-server's own error handler answers with the stack trace: let ours answer instead.
  router.stack = router.stack.filter((layer) => layer.handle.length !== 4);
  return router;
}

/**
 * The data set as read by anyone but an administrator: the same collections, live, except the
 * audit trail without its entries about users (kept per version of the trail).
 */
function readerView(state: Db): Db {
  const kept = new WeakMap<readonly Row[], Row[]>();
  const view: Db = {};
  for (const name of Object.keys(state)) {
    Object.defineProperty(view, name, {
      enumerable: true,
      get: () => {
        const rows = rowsOf(state, name);
        if (name !== AUDIT_COLLECTION) return rows;
        let visible = kept.get(rows);
        if (!visible) kept.set(rows, (visible = rows.filter((r) => r['collection'] !== 'users')));
        return visible;
      },
    });
  }
  return view;
}
