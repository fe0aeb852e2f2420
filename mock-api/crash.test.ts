/**
 * Durability: the server, run as its own process, is killed with SIGKILL at random moments
 * while it is answering writes. After every restart the data file parses (or the database
 * answers), and every write that was answered 201 is in it; no temporary file is left behind.
 */
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { onPostgres, scratchDatabase, signIn, storedIn, validActivity } from './testing';

const KILLS = 6;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startServer(
  dbFile: string,
  port: number,
  databaseUrl?: string,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mock-api/server.ts', '--port', String(port), '--db', dbFile],
    {
      stdio: 'ignore',
      env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    },
  );
  for (let i = 0; i < 300; i++) {
    try {
      // Any answer, even 401, means the server is listening.
      await fetch(`http://127.0.0.1:${port}/api/settings`);
      return child;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

test(`every acknowledged write survives ${KILLS} kills during a write loop`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rso-crash-'));
  const dbFile = join(dir, 'db.json');
  copyFileSync('mock-api/db.seed.json', dbFile);
  // On PostgreSQL, a database of the test's own holding the seed.
  const database = onPostgres()
    ? await scratchDatabase(readFileSync('mock-api/db.seed.json', 'utf8'))
    : null;
  const place = database ?? { dbFile };
  const port = await freePort();
  const acknowledged: string[] = [];
  let attempted = 0;

  for (let kill = 0; kill < KILLS; kill++) {
    const child = await startServer(dbFile, port, database?.databaseUrl);
    // Each start has a session secret of its own: each needs a new sign-in.
    const client = await signIn(`http://127.0.0.1:${port}`, 'comanager');
    let alive = true;
    child.once('exit', () => (alive = false));
    const writers = Array.from({ length: 4 }, async () => {
      while (alive) {
        attempted++;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/activities`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: client.cookie,
              'x-csrf-token': client.csrf,
            },
            body: JSON.stringify(validActivity()),
          });
          if (response.status === 201) acknowledged.push((await response.json()).id);
        } catch {
          // the connection died with the server: that write was never acknowledged
        }
      }
    });
    await sleep(150 + Math.random() * 600);
    child.kill('SIGKILL');
    await Promise.all(writers);

    const state = await storedIn(place);
    const stored = new Set(state['activities']!.map((a) => a['id']));
    const missing = acknowledged.filter((id) => !stored.has(id));
    assert.deepEqual(missing, [], `after kill ${kill + 1}: acknowledged writes lost`);
  }
  // A restart clears what a kill left half-done.
  const last = await startServer(dbFile, port, database?.databaseUrl);
  last.kill('SIGKILL');
  await new Promise((resolve) => last.once('exit', resolve));
  await database?.drop();
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
    'temporary files left behind',
  );
  assert.ok(acknowledged.length > KILLS * 5, `only ${acknowledged.length} writes acknowledged`);
  console.log(`${acknowledged.length} of ${attempted} writes acknowledged across ${KILLS} kills`);
});
