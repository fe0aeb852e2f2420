/**
 * Concurrent writes: exactly one of many updates carrying the same version wins, the rest get
 * 409 with the current record; a stale delete is refused; concurrent creates never collide.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, TestServer, validActivity } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const ROUNDS = 10;
const WRITERS = 30;

describe('concurrent writes', () => {
  test(`${ROUNDS} rounds of ${WRITERS} concurrent updates from one version: one wins each round`, async () => {
    const created = (await server.send('POST', '/api/activities', validActivity())).body;
    let read = created;
    for (let round = 0; round < ROUNDS; round++) {
      const method = round % 2 ? 'PATCH' : 'PUT';
      const answers = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) => {
          // Two writers ask json-server to hold their request: the delay must be ignored, not
          // open a window between the version check and the write.
          const delay = i < 2 ? '?_delay=1500' : '';
          const body =
            method === 'PUT'
              ? { ...read, title: `Round ${round} writer ${i}` }
              : { version: read.version, title: `Round ${round} writer ${i}` };
          return server.send(method, `/api/activities/${created.id}${delay}`, body);
        }),
      );
      const won = answers.filter((a) => a.status === 200);
      const lost = answers.filter((a) => a.status === 409);
      assert.equal(won.length, 1, `round ${round}: ${answers.map((a) => a.status).join(' ')}`);
      assert.equal(lost.length, WRITERS - 1, `round ${round}`);
      assert.equal(won[0]!.body.version, read.version + 1);
      for (const a of lost) assert.equal(a.body.current.title, won[0]!.body.title);
      const stored = (await server.stored())['activities']!.find((a) => a['id'] === created.id)!;
      assert.equal(stored['title'], won[0]!.body.title);
      assert.equal(stored['version'], read.version + 1);
      read = won[0]!.body;
    }
  });

  test('a delete must carry the version it read: stale gets 409, none gets 428', async () => {
    const created = (await server.send('POST', '/api/activities', validActivity())).body;
    const edited = await server.send('PUT', `/api/activities/${created.id}`, {
      ...created,
      title: 'Edited by a colleague',
    });
    assert.equal(edited.status, 200);
    const path = `/api/activities/${created.id}`;
    const stale = await server.send('DELETE', path, undefined, {
      headers: { 'if-match': '1' },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.title, 'Edited by a colleague');
    const blind = await server.send('DELETE', path);
    assert.equal(blind.status, 428);
    assert.ok((await server.stored())['activities']!.some((a) => a['id'] === created.id));
    const ok = await server.send('DELETE', path, undefined, {
      headers: { 'if-match': '"2"' },
    });
    assert.equal(ok.status, 200);
    assert.ok(!(await server.stored())['activities']!.some((a) => a['id'] === created.id));
  });

  test('50 concurrent creates make 50 records with 50 distinct ids', async () => {
    const before = (await server.stored())['activities']!.length;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => server.send('POST', '/api/activities', validActivity())),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(50).fill(201),
    );
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 50);
    assert.equal((await server.stored())['activities']!.length, before + 50);
  });

  test('50 concurrent creates with one id make one record; the rest get 409', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        server.send('POST', '/api/activities', { ...validActivity(), id: 'act-shared' }),
      ),
    );
    assert.equal(answers.filter((a) => a.status === 201).length, 1);
    assert.equal(answers.filter((a) => a.status === 409).length, 49);
    for (const a of answers.filter((x) => x.status === 409))
      assert.match(a.body.message, /already exists/);
    const stored = (await server.stored())['activities']!.filter((a) => a['id'] === 'act-shared');
    assert.equal(stored.length, 1);
  });
});
