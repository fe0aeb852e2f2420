/**
 * The PostgreSQL store (DATABASE_URL): pg with Kysely, one table per collection (tables.ts),
 * the schema from Kysely's migrator (migrations.ts, `npm run db:migrate`).
 *
 * Every write is one transaction that first takes the database's write lock (a transaction-level
 * advisory lock, so it holds across server processes too): writes run one at a time, as on the
 * file store, so a check and the write it guards never interleave and the audit trail is
 * numbered without gaps in the order writes commit. Updates and deletes also name the version
 * they read (`UPDATE … WHERE id = $1 AND version = $2`): no row changed means someone else's
 * write came first, and the client gets 409 with the record as it is now. Reads never wait for
 * writes.
 */
import connectPgSimple from 'connect-pg-simple';
import type { Request, Response } from 'express';
import session from 'express-session';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AUDIT_COLLECTION } from '../../src/app/domain/collections';
import { pathSegments } from '../paths';
import { readQuery } from '../reads';
import { refuse } from '../refuse';
import { throttleTouches } from '../session-stores';
import {
  handled,
  Refused,
  type AuditInput,
  type Db,
  type Reader,
  type Row,
  type Store,
  type Transaction,
} from '../store';
import { MIGRATIONS } from './migrations';
import { conditions, ordering, window } from './query';
import { COLLECTIONS, toRecord, toRow } from './tables';

// Tables are reached by the name of their collection.
type Tables = Record<string, Record<string, unknown>>;
export type Database = Kysely<Tables>;

/** The advisory lock every write transaction holds until it commits. */
const WRITE_LOCK = 7_340_301;

/** Dates stay the plain text the API wrote: no time zone ever touches them. */
const DATE_OID = 1082;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format)) as never,
};

export function connect(url: string, max = 10): { db: Database; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, types, max });
  // A connection lost while idle (the database restarted, say) is replaced at the next query;
  // without a listener its error would stop the server.
  pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
  const db = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  return { db, pool };
}

export function migrator(db: Database): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

/** The store on DATABASE_URL; refuses to start on a database whose schema is not up to date. */
export async function openPostgres(url: string): Promise<PgStore> {
  const { db, pool } = connect(url);
  const migrations = await migrator(db).getMigrations();
  const pending = migrations.filter((m) => !m.executedAt).map((m) => m.name);
  if (pending.length) {
    await db.destroy();
    throw new Error(
      `The database's schema is not up to date (${pending.join(', ')} not applied): run npm run db:migrate first.`,
    );
  }
  return new PgStore(db, pool);
}

/** Holds the write lock until the transaction `db` is in ends. */
export async function lockWrites(db: Database): Promise<void> {
  await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(db);
}

/** The column records of a collection are listed in. */
const own = (collection: string) => (collection === AUDIT_COLLECTION ? 'seq' : 'position');

export class PgStore implements Store {
  readonly kind = 'postgres';
  readonly reader: Reader;
  readonly sessions;

  constructor(
    readonly db: Database,
    pool: pg.Pool,
  ) {
    this.reader = new PgAccess(db);
    const PgSession = connectPgSimple(session);
    this.sessions = throttleTouches(
      new PgSession({ pool, tableName: 'session', createTableIfMissing: false }),
    );
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await lockWrites(trx);
      return work(new PgAccess(trx));
    });
  }

  reads(isAdministrator: (res: Response) => boolean) {
    return handled(async (req: Request, res: Response) => {
      const [collection, id] = pathSegments(req.path)!;
      const name = collection!;
      // Readers other than administrators never see the audit trail's entries about users.
      const hidden = name === AUDIT_COLLECTION && !isAdministrator(res);
      let base = this.db.selectFrom(name);
      if (hidden) base = base.where('collection', '<>', 'users');
      if (id !== undefined) {
        const row = await base
          .selectAll()
          .where('id', '=', id)
          .orderBy(own(name))
          .limit(1)
          .executeTakeFirst();
        return row ? res.json(toRecord(name, row)) : refuse(res, 404, 'no-such-record');
      }
      const query = readQuery(res);
      const where = conditions(name, query);
      const filtered = where.length ? base.where((eb) => eb.and(where)) : base;
      const { offset, limit, counted } = window(query);
      if (counted) {
        const { total } = await filtered
          .select((eb) => eb.fn.countAll<string>().as('total'))
          .executeTakeFirstOrThrow();
        res.setHeader('X-Total-Count', String(total));
        res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
      }
      let list = filtered
        .selectAll()
        .orderBy(ordering(name, query, own(name)))
        .offset(offset);
      if (limit !== null) list = list.limit(limit);
      const rows = await list.execute();
      res.json(rows.map((row) => toRecord(name, row)));
    });
  }

  async snapshot(): Promise<Db> {
    return snapshotOf(this.reader);
  }

  async close(): Promise<void> {
    (this.sessions as { close?: () => void }).close?.();
    await this.db.destroy();
  }
}

/** Every collection, in the data file's shape. */
export async function snapshotOf(reader: Reader): Promise<Db> {
  const db: Db = {};
  for (const name of COLLECTIONS) db[name] = await reader.all(name);
  return db;
}

/** Reads and writes on the pool, or inside one transaction. */
export class PgAccess implements Transaction {
  constructor(private readonly db: Database) {}

  async all(collection: string): Promise<Row[]> {
    const rows = await this.db
      .selectFrom(collection)
      .selectAll()
      .orderBy(own(collection))
      .execute();
    return rows.map((row) => toRecord(collection, row));
  }

  async ids(collection: string, key = 'id'): Promise<Set<string>> {
    const rows = await this.db.selectFrom(collection).select(key).execute();
    return new Set(rows.map((row) => String(row[key])));
  }

  async one(collection: string, id: string): Promise<Row | undefined> {
    const row = await this.db
      .selectFrom(collection)
      .selectAll()
      .where('id', '=', id)
      .orderBy(own(collection))
      .limit(1)
      .executeTakeFirst();
    return row && toRecord(collection, row);
  }

  async some(collection: string, ids: readonly string[]): Promise<Map<string, Row>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .selectFrom(collection)
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [String(row['id']), toRecord(collection, row)]));
  }

  async insert(collection: string, record: Row): Promise<void> {
    try {
      await this.db.insertInto(collection).values(toRow(collection, record)).execute();
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code !== '23505') throw error;
      throw constraint === 'users_username'
        ? new Refused(409, {
            code: 'user-exists',
            params: { username: String(record['username']) },
          })
        : new Refused(409, { code: 'id-exists', params: { id: String(record['id']) } });
    }
  }

  async update(collection: string, record: Row, read?: number): Promise<boolean> {
    let update = this.db
      .updateTable(collection)
      .set(toRow(collection, record))
      .where('id', '=', String(record['id']));
    if (read !== undefined) update = update.where('version', '=', read);
    const { numUpdatedRows } = await update.executeTakeFirst();
    return numUpdatedRows > 0n;
  }

  async remove(collection: string, id: string, read?: number): Promise<boolean> {
    let remove = this.db.deleteFrom(collection).where('id', '=', id);
    if (read !== undefined) remove = remove.where('version', '=', read);
    const { numDeletedRows } = await remove.executeTakeFirst();
    return numDeletedRows > 0n;
  }

  async audit(entries: readonly AuditInput[]): Promise<void> {
    if (!entries.length) return;
    // Numbered under the write lock this transaction holds: no other write can take a number.
    const { last } = await this.db
      .selectFrom(AUDIT_COLLECTION)
      .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), sql.lit(0)).as('last'))
      .executeTakeFirstOrThrow();
    let seq = Number(last);
    await this.db
      .insertInto(AUDIT_COLLECTION)
      .values(entries.map((e) => toRow(AUDIT_COLLECTION, { seq: ++seq, ...e })))
      .execute();
  }
}
