/**
 * Starts the API (and, with --static, the built app on the same origin).
 *   tsx mock-api/server.ts [--port 3000] [--db mock-api/data/db.json] [--reset] [--seed FILE | --clean] [--static DIR]
 * The data lives in the JSON file --db, or in PostgreSQL when DATABASE_URL is set (its schema
 * made by npm run db:migrate). The data set is made on first start of a file, or with --reset
 * (which, on PostgreSQL, replaces everything in the database): a copy of --seed FILE; with
 * --clean the RSO's reference data alone, for real use (no demonstration records, no users: the
 * first administrator's password comes from ADMIN_PASSWORD); else the demonstration generated
 * as of today (RSO_TODAY or the machine's date). Seeds are never written: the server works on
 * its data file under mock-api/data/, or on the database.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { MIN_PASSWORD } from '../src/app/domain/users';
import { createApi } from './app';
import { openStore } from './open-store';
import { sessionsFileOf } from './session-stores';
import type { PgStore } from './postgres/pg-store';
import type { Db, Store } from './store';
import { passwordRefusal } from './password-policy';
import { todayFromEnvironment, type Today } from './clock';
import { cleanDatasetText } from './seed/clean';
import { datasetText, demonstrationOptions, generateDataset } from './seed/generator';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['API_PORT'] ?? '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: 'mock-api/data/db.json' },
    seed: { type: 'string' },
    reset: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
    static: { type: 'string' },
  },
});

let today: Today;
try {
  today = todayFromEnvironment();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const dbFile = resolve(values.db!);
const databaseUrl = process.env['DATABASE_URL'];

/** The data set --reset (or a first start) begins with, as text. */
function startingData(): string {
  if (values.seed) return readFileSync(resolve(values.seed), 'utf8');
  if (values.clean) return cleanDatasetText();
  return datasetText(generateDataset(demonstrationOptions(today())));
}

if (!databaseUrl && (values.reset || !existsSync(dbFile))) {
  mkdirSync(dirname(dbFile), { recursive: true });
  writeFileSync(dbFile, startingData());
  // The sessions belonged to the users of the data set replaced.
  rmSync(sessionsFileOf(dbFile), { force: true });
}

async function openData(): Promise<Store> {
  const store = await openStore(dbFile, databaseUrl);
  if (store.kind === 'postgres') {
    const { importData } = await import('./postgres/transfer');
    if (values.reset) await importData((store as PgStore).db, JSON.parse(startingData()) as Db);
    else if (!(await store.reader.all('settings')).length) {
      await store.close();
      throw new Error(
        'The database holds no data set: import one with npm run db:import -- <file>, or start with --reset (--clean for real use).',
      );
    }
  }
  return store;
}

/**
 * A data set that is not demonstration data starts with no users: the first administrator's
 * password comes from ADMIN_PASSWORD or, at a terminal, is asked for. There is no default.
 */
async function firstAdminPassword(store: Store): Promise<string | undefined> {
  const users = await store.reader.all('users');
  const settings = await store.reader.all('settings');
  if (users.length > 0 || settings[0]?.['demoData'] === true) return;
  const admin = { username: 'admin', name: 'Administrator' };
  const fromEnv = process.env['ADMIN_PASSWORD'];
  if (fromEnv) {
    const refusal = passwordRefusal(fromEnv, admin);
    if (refusal === null) return fromEnv;
    console.error(`ADMIN_PASSWORD is not accepted. ${refusal}`);
    process.exit(1);
  }
  if (!process.stdin.isTTY) {
    console.error(
      `The data set has no users. Start with ADMIN_PASSWORD=<at least ${MIN_PASSWORD} characters> to create the administrator "admin".`,
    );
    process.exit(1);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  for (;;) {
    const answer = await prompt.question(
      `The data set has no users. Choose a password for the administrator "admin" (at least ${MIN_PASSWORD} characters): `,
    );
    const refusal = passwordRefusal(answer, admin);
    if (refusal === null) {
      prompt.close();
      return answer;
    }
    console.error(refusal);
  }
}

async function start() {
  const store = await openData();
  const adminPassword = await firstAdminPassword(store);
  const app = await createApi({
    store,
    today,
    adminPassword,
    staticDir: values.static ? resolve(values.static) : undefined,
    allowedHosts: [
      values.host!,
      ...(process.env['ALLOWED_HOSTS'] ?? '').split(',').filter(Boolean),
    ],
  });
  const port = Number(values.port);
  const server = app.listen(port, values.host!, () => {
    const url = `http://${values.host}:${port}`;
    console.log(values.static ? `RSO Results Dashboard: ${url}/` : `Mock API: ${url}/api`);
    console.log(databaseUrl ? 'Data: PostgreSQL (DATABASE_URL)' : `Data: ${dbFile}`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} on ${values.host} is already in use: stop what uses it, or choose another port with --port.`
        : `The server could not start: ${error.message}`,
    );
    process.exit(1);
  });
}

start().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
