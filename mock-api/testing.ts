/**
 * Helpers for the API's tests: a server on a scratch copy of the seed — a data file, or a
 * database of its own when the suite runs on PostgreSQL — and requests to it.
 */
import { brotliCompressSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from './app';
import { Contract } from './contract';
import { FileStore } from './file-store';
import type { Db, Store } from './store';
import { todayFromEnvironment } from './clock';
import { datasetText, demonstrationOptions, generateDataset, SEED_TODAY } from './seed/generator';

export interface TestServer {
  base: string;
  /** The date the server runs as of. */
  today: string;
  dir: string;
  /** The store the server runs on: the JSON file, or PostgreSQL when the tests run on it. */
  store: Store;
  /** Its database, on PostgreSQL. */
  databaseUrl?: string;
  close(): Promise<void>;
  /** Everything stored now, as text: equal texts, equal data. */
  storedText(): Promise<string>;
  // Tests read records loosely, as a client would.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  stored(): Promise<Record<string, any[]>>;
  /** A request as the demonstration co-manager, unless `client` says otherwise (null: anonymous). */
  send(
    method: string,
    path: string,
    body?: unknown,
    options?: { raw?: string; headers?: Record<string, string>; client?: Client | null },
  ): Promise<Answer>;
  /** A signed-in session of a demonstration user (signed in once, then reused). */
  as(username: string): Promise<Client>;
}

/**
 * The date the API's tests run as of: RSO_TODAY when set (the calendar-proof runs), else the
 * date the committed seed is generated as of. Never the machine's date.
 */
export function testToday(): string {
  return todayFromEnvironment({ RSO_TODAY: process.env['RSO_TODAY'] || SEED_TODAY })();
}

/** The data set a test server starts from: the committed seed on its date, else generated. */
export function datasetFor(today: string): string {
  return today === SEED_TODAY
    ? readFileSync('mock-api/db.seed.json', 'utf8')
    : datasetText(generateDataset(demonstrationOptions(today)));
}

/**
 * Starts the API (with a tiny built app beside it) on a free port, with today pinned, over the
 * demonstration as of that day (the committed seed, when it is the seed's date) — on a JSON data
 * file of its own or, when the tests run on PostgreSQL (TEST_STORE=postgres, DATABASE_URL), on a
 * database of its own.
 */
export async function startTestServer(
  today = testToday(),
  data = datasetFor(today),
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rso-api-'));
  const staticDir = join(dir, 'www');
  const scratch = await scratchStore(dir, data);
  mkdirSync(staticDir);
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>app</title></head><body></body></html>',
  );
  // A built file with a content hash in its name, and its Brotli copy as the build writes it.
  const script = 'console.log("the dashboard");\n'.repeat(40);
  writeFileSync(join(staticDir, 'main-ABCD1234.js'), script);
  writeFileSync(join(staticDir, 'main-ABCD1234.js.br'), brotliCompressSync(script));
  // What the build names for each page to preload (scripts/preload-app.mjs).
  writeFileSync(
    join(staticDir, 'preloads.json'),
    JSON.stringify({
      languages: { id: ['chunk-INDONESIAN.js'] },
      routes: [{ path: 'overview', children: false, files: ['chunk-OVERVIEW.js'] }],
    }),
  );
  const server: Server = (
    await createApi({ store: scratch.store, staticDir, today: () => today })
  ).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = new Map<string, Promise<Client>>();
  const as = (username: string) => {
    if (!clients.has(username)) clients.set(username, signIn(base, username));
    return clients.get(username)!;
  };
  const stored = () => scratch.store.snapshot();
  return {
    base,
    today,
    as,
    send: async (method, path, body, options = {}) =>
      send(base, method, path, body, {
        ...options,
        client: options.client === undefined ? await as('comanager') : options.client,
      }),
    dir,
    store: scratch.store,
    databaseUrl: scratch.databaseUrl,
    close: async () => {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await scratch.close();
    },
    stored,
    storedText: async () => JSON.stringify(await stored()),
  };
}

/**
 * Everything a store outside this process holds now (a server the test started, say), read
 * from its data file or its database.
 */
export async function storedIn(place: { dbFile: string } | { databaseUrl: string }): Promise<Db> {
  if ('dbFile' in place) return JSON.parse(readFileSync(place.dbFile, 'utf8')) as Db;
  const { connect, PgAccess, snapshotOf } = await import('./postgres/pg-store');
  const { db } = connect(place.databaseUrl, 1);
  try {
    return await snapshotOf(new PgAccess(db));
  } finally {
    await db.destroy();
  }
}

/** Which store the API's tests run on: the JSON file unless TEST_STORE says postgres. */
export const onPostgres = () => process.env['TEST_STORE'] === 'postgres';

interface Scratch {
  store: Store;
  /** Another store on the same data, as a restarted server opens it. */
  reopen(): Promise<Store>;
  /** The scratch database's address, on PostgreSQL. */
  databaseUrl?: string;
  close(): Promise<void>;
}

let databases = 0;

/** A store of the test's own, holding `data`: a data file in `dir`, or a fresh database. */
export async function scratchStore(dir: string, data: string): Promise<Scratch> {
  if (!onPostgres()) {
    const dbFile = join(dir, 'db.json');
    writeFileSync(dbFile, data);
    const store = new FileStore(dbFile);
    return { store, reopen: async () => new FileStore(dbFile), close: () => store.close() };
  }
  const { databaseUrl, drop } = await scratchDatabase(data);
  const { openPostgres } = await import('./postgres/pg-store');
  const store = await openPostgres(databaseUrl);
  return {
    store,
    databaseUrl,
    reopen: () => openPostgres(databaseUrl),
    close: async () => {
      await store.close();
      await drop();
    },
  };
}

/**
 * A database of its own on the server DATABASE_URL points at, its schema migrated, holding
 * `data` when given; dropped at the end.
 */
export async function scratchDatabase(
  data?: string,
): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const server = process.env['DATABASE_URL'];
  if (!server)
    throw new Error('TEST_STORE=postgres needs DATABASE_URL (scripts/with-postgres.sh sets it).');
  const name = `rso_test_${process.pid}_${++databases}`;
  const admin = async (statement: string) => {
    const client = new pg.Client(server);
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const { connect, migrator } = await import('./postgres/pg-store');
  const { importData } = await import('./postgres/transfer');
  const setup = connect(url.toString(), 2).db;
  try {
    const { error } = await migrator(setup).migrateToLatest();
    if (error) throw error;
    if (data !== undefined) await importData(setup, JSON.parse(data));
  } finally {
    await setup.destroy();
  }
  // A pool that has just ended may still be closing its connections: wait for them a moment
  // rather than cut them off (they would report being terminated), then insist.
  const drop = async () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      try {
        return await admin(`drop database ${name}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error;
        await sleep(50);
      }
    }
    await admin(`drop database ${name} with (force)`);
  };
  return { databaseUrl: url.toString(), drop };
}

let loaded: Contract | undefined;
const contract = () => (loaded ??= Contract.fromFile());

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
  headers: Headers;
}

/** A signed-in session: its cookie, and the CSRF token its writes carry. */
export interface Client {
  cookie: string;
  csrf: string;
}

/** Signs a demonstration user in (their password is `<name>-demo`). */
export async function signIn(
  base: string,
  username: string,
  password = `${username}-demo`,
): Promise<Client> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`${username} could not sign in: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** A signed-in user changes their own password. */
export function changePassword(
  base: string,
  client: Client,
  current: string,
  password: string,
): Promise<Answer> {
  return send(base, 'POST', '/api/session/password', { current, password }, { client });
}

/** One request with a JSON body (or `raw` text), answered with its parsed JSON body when it has one. */
export async function send(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  options: { raw?: string; headers?: Record<string, string>; client?: Client | null } = {},
): Promise<Answer> {
  const client = options.client;
  const response = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {}),
      ...options.headers,
    },
    body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  // Every answer of the API is held to its contract (openapi.json).
  if (path.startsWith('/api') && method !== 'HEAD') {
    const problems = contract().problems(method, path, response.status, parsed, text);
    if (problems.length)
      throw new Error(`The answer leaves the API's contract:\n  ${problems.join('\n  ')}`);
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

export const validActivity = () => ({
  title: 'Workshop on victim identification',
  type: 'workshop',
  status: 'completed',
  startDate: '2026-02-02',
  endDate: '2026-02-04',
  modality: 'in-person',
  location: 'Bangkok',
  hostCountry: 'THA',
  workingGroups: ['WGTIP'],
  goals: ['SG1'],
  purposes: ['CP2'],
  functions: ['F2'],
  partners: ['IOM'],
  participants: { total: 30, female: 14, male: 16 },
  members: [
    { code: 'THA', count: 10 },
    { code: 'IDN', count: 20 },
  ],
  cost: 12000,
  notes: '',
});

export const validNarrative = (over: object = {}) => ({
  indicator: 'IND-01',
  goal: null,
  period: '2019',
  text: 'Explained.',
  author: 'Co-managers',
  updated: '2020-01-10',
  ...over,
});
