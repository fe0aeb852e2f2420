/**
 * A real office starts clean: `npm run api -- --clean` makes a store with the RSO's reference
 * data alone, the first administrator from ADMIN_PASSWORD, no demonstration label, user or
 * record.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { onPostgres, scratchDatabase, signIn, storedIn } from './testing';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

test('the clean start has the reference data, the administrator from ADMIN_PASSWORD and nothing else', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'rso-clean-')), 'rso.json');
  const database = onPostgres() ? await scratchDatabase() : null;
  const port = await freePort();
  const password = 'Quiet harbour lanterns 2027';
  const args = ['--clean', '--reset', '--db', db, '--port', String(port)];
  const server = spawn(process.execPath, ['--import', 'tsx', 'mock-api/server.ts', ...args], {
    env: {
      ...process.env,
      ADMIN_PASSWORD: password,
      ...(database ? { DATABASE_URL: database.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Mock API')) resolve();
      });
      server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    await assert.rejects(signIn(base, 'comanager'), /could not sign in/);
    const admin = await signIn(base, 'admin', password);
    const get = async (path: string) =>
      (await fetch(`${base}/api/${path}`, { headers: { cookie: admin.cookie } })).json();

    const [settings] = await get('settings');
    assert.equal(settings.demoData, false);
    assert.deepEqual(
      (await get('users')).map((u: { username: string }) => u.username),
      ['admin'],
    );
    for (const empty of ['activities', 'indicators', 'actuals', 'narratives'])
      assert.deepEqual(await get(empty), [], empty);
    assert.equal((await get('goals')).length, 7);
    assert.equal((await get('workingGroups')).length, 7);
    const frameworks = await get('frameworks');
    assert.ok(frameworks.some((f: { id: string }) => f.id === settings.currentFramework));
    assert.ok(!JSON.stringify(await get('meetings')).includes('demonstration'));
    const stored = JSON.stringify(await storedIn(database ?? { dbFile: db }));
    assert.ok(!stored.includes('-demo'), 'no demonstration password');
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
    await database?.drop();
  }
});
