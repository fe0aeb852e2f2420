/**
 * Bulk classification: one request, one durable write, one audit entry per record changed,
 * and an answer for every record — a stale or invalid one named with its reason while the
 * rest are saved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, TestServer } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Row = {
  id: string;
  version: number;
  status: string;
  goals: string[];
  workingGroups: string[];
} & Record<string, unknown>;
const activities = async () => (await server.stored())['activities'] as Row[];
const trail = async () => (await server.stored())['audit'] as { id: string; collection: string }[];

describe('bulk classification', () => {
  test('sets a working group on every completed activity without one, audited one entry each', async () => {
    const without = (await activities()).filter(
      (a) => a.status === 'completed' && a.workingGroups.length === 0,
    );
    assert.ok(without.length >= 2, `${without.length} completed activities without a group`);
    const audit = (await trail()).length;
    const [stale, ...rest] = without;
    const answer = await server.send('POST', '/api/activities/bulk', {
      records: [
        { id: stale!.id, version: stale!.version - 1 },
        ...rest.map(({ id, version }) => ({ id, version })),
      ],
      set: { workingGroups: ['WGTIP'] },
    });
    assert.equal(answer.status, 200, answer.text);
    const notSaved = answer.body.outcomes.filter((o: { saved: boolean }) => !o.saved);
    // Records with other problems of their own are named too, each with its reason.
    assert.ok(
      notSaved.some(
        (o: { id: string; reason: string }) => o.id === stale!.id && o.reason === 'stale',
      ),
    );
    for (const o of notSaved) assert.ok(o.message.length > 0);
    const saved = answer.body.outcomes.filter((o: { saved: boolean }) => o.saved);
    assert.equal(answer.body.saved, saved.length);
    assert.ok(saved.length >= 1);
    const after = new Map((await activities()).map((a) => [a.id, a]));
    for (const o of saved) {
      const before = rest.find((a) => a.id === o.id)!;
      assert.deepEqual(after.get(o.id)!.workingGroups, ['WGTIP']);
      assert.equal(after.get(o.id)!.version, before.version + 1);
    }
    assert.deepEqual(after.get(stale!.id)!.workingGroups, [], 'the stale one is left as it was');
    const entries = (await trail()).slice(audit);
    assert.equal(entries.length, saved.length);
    assert.deepEqual(
      entries.map((e) => e.id).sort(),
      saved.map((o: { id: string }) => o.id).sort(),
    );
  });

  test('adds to what is there, keeping each value once', async () => {
    const [a] = (await activities()).filter((x) => x.goals.length > 0);
    const answer = await server.send('POST', '/api/activities/bulk', {
      records: [{ id: a!.id, version: a!.version }],
      add: { goals: [a!.goals[0]!, 'SG7'], workingGroups: ['WGTIP'] },
    });
    assert.equal(answer.status, 200, answer.text);
    const written = (await activities()).find((x) => x.id === a!.id)!;
    assert.deepEqual(written.goals, [...new Set([...a!.goals, 'SG7'])]);
    assert.ok((written['workingGroups'] as string[]).includes('WGTIP'));
  });

  test('an unknown goal is refused for every record, and the file is untouched', async () => {
    const some = (await activities()).slice(0, 3);
    const file = await server.storedText();
    const answer = await server.send('POST', '/api/activities/bulk', {
      records: some.map(({ id, version }) => ({ id, version })),
      set: { goals: ['SG99'] },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.saved, 0);
    for (const o of answer.body.outcomes) {
      assert.equal(o.reason, 'invalid');
      assert.match(o.message, /SG99/);
    }
    assert.equal(await server.storedText(), file);
  });

  test('malformed requests get 400; a co-chair may not classify', async () => {
    const [a] = await activities();
    for (const body of [
      {},
      { records: [], set: { goals: ['SG1'] } },
      { records: [{ id: a!.id, version: a!.version }] },
      { records: [{ id: a!.id, version: a!.version }], set: { title: 'x' } },
    ])
      assert.equal((await server.send('POST', '/api/activities/bulk', body)).status, 400);
    const cochair = await server.as('cochair');
    const refused = await server.send(
      'POST',
      '/api/activities/bulk',
      { records: [{ id: a!.id, version: a!.version }], set: { goals: ['SG1'] } },
      { client: cochair },
    );
    assert.equal(refused.status, 403);
  });
});
