/**
 * Sessions are kept by the store: a server started again on the same data, with the same
 * SESSION_SECRET, knows who was signed in; sign-out still ends a session for good; and a busy
 * session's expiry is written at most once a minute.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import session from 'express-session';
import { createApi } from './app';
import { throttleTouches, TOUCH_INTERVAL_MS } from './session-stores';
import type { Store } from './store';
import { datasetFor, scratchStore, send, signIn, testToday } from './testing';

async function serve(store: Store): Promise<{ base: string; stop(): Promise<void> }> {
  const today = testToday();
  const server: Server = (await createApi({ store, today: () => today })).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

test('a restart with the same secret keeps a session; sign-out ends it for good', async () => {
  const secret = process.env['SESSION_SECRET'];
  process.env['SESSION_SECRET'] = 'a fixed secret for this test, long enough to be one';
  const scratch = await scratchStore(
    mkdtempSync(join(tmpdir(), 'rso-sessions-')),
    datasetFor(testToday()),
  );
  const stores: Store[] = [];
  try {
    const first = await serve(scratch.store);
    const client = await signIn(first.base, 'cochair');
    await first.stop();

    const reopened = await scratch.reopen();
    stores.push(reopened);
    const second = await serve(reopened);
    const session = await send(second.base, 'GET', '/api/session', undefined, { client });
    assert.equal(session.status, 200);
    assert.equal(session.body.user.username, 'cochair');
    assert.equal((await send(second.base, 'GET', '/api/goals', undefined, { client })).status, 200);
    assert.equal(
      (await send(second.base, 'DELETE', '/api/session', undefined, { client })).status,
      204,
    );
    await second.stop();

    const again = await scratch.reopen();
    stores.push(again);
    const third = await serve(again);
    assert.equal(
      (await send(third.base, 'GET', '/api/session', undefined, { client })).status,
      401,
    );
    await third.stop();
  } finally {
    for (const store of stores) await store.close();
    await scratch.close();
    if (secret === undefined) delete process.env['SESSION_SECRET'];
    else process.env['SESSION_SECRET'] = secret;
  }
});

test(`a busy session's expiry is written at most once per ${TOUCH_INTERVAL_MS / 1000} s`, () => {
  const written: string[] = [];
  const inner = new session.MemoryStore();
  inner.touch = (sid, _sess, done) => {
    written.push(sid);
    done?.();
  };
  const store = throttleTouches(inner);
  const sess = { cookie: { originalMaxAge: 1000, expires: new Date() } } as session.SessionData;
  for (let i = 0; i < 50; i++) store.touch('a', sess, () => undefined);
  store.touch('b', sess, () => undefined);
  assert.deepEqual(written, ['a', 'b']);
});
