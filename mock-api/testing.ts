/** Helpers for the mock API's tests: a server on a scratch copy of the seed, and requests to it. */
import { brotliCompressSync } from 'node:zlib';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from './app';
import { todayFromEnvironment } from './clock';
import { datasetText, demonstrationOptions, generateDataset, SEED_TODAY } from './seed/generator';

export interface TestServer {
  base: string;
  /** The date the server runs as of. */
  today: string;
  dbFile: string;
  dir: string;
  close(): Promise<void>;
  /** The data file as it is on disk now. */
  fileText(): string;
  // Tests read records loosely, as a client would.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fileState(): Record<string, any[]>;
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

/**
 * Starts the API (with a tiny built app beside it) on a free port, with today pinned, over the
 * demonstration as of that day (the committed seed, when it is the seed's date).
 */
export async function startTestServer(today = testToday()): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rso-api-'));
  const dbFile = join(dir, 'db.json');
  const staticDir = join(dir, 'www');
  if (today === SEED_TODAY) copyFileSync('mock-api/db.seed.json', dbFile);
  else writeFileSync(dbFile, datasetText(generateDataset(demonstrationOptions(today))));
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  // A built file with a content hash in its name, and its Brotli copy as the build writes it.
  const script = 'console.log("the dashboard");\n'.repeat(40);
  writeFileSync(join(staticDir, 'main-ABCD1234.js'), script);
  writeFileSync(join(staticDir, 'main-ABCD1234.js.br'), brotliCompressSync(script));
  const server: Server = createApi({ dbFile, staticDir, today: () => today }).listen(
    0,
    '127.0.0.1',
  );
  await new Promise((resolve) => server.once('listening', resolve));
  const fileText = () => readFileSync(dbFile, 'utf8');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = new Map<string, Promise<Client>>();
  const as = (username: string) => {
    if (!clients.has(username)) clients.set(username, signIn(base, username));
    return clients.get(username)!;
  };
  return {
    base,
    today,
    as,
    send: async (method, path, body, options = {}) =>
      send(base, method, path, body, {
        ...options,
        client: options.client === undefined ? await as('comanager') : options.client,
      }),
    dbFile,
    dir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    fileText,
    fileState: () => JSON.parse(fileText()),
  };
}

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
