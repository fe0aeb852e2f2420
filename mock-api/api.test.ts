/**
 * The mock API against a scratch copy of the seed: reads, validated writes, version
 * conflicts, and a file that is never left half-written or changed by a refused write.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { REFERENCE_COLLECTIONS } from '../src/app/domain/collections';
import { startTestServer, TestServer, validActivity } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** As the co-manager; settings as the administrator, whose role writes them. */
const send = async (method: string, path: string, body?: unknown, raw?: string) =>
  server.send(method, path, body, {
    raw,
    ...(path.startsWith('/api/settings') ? { client: await server.as('admin') } : {}),
  });
const fileState = () => server.stored();
const dbText = () => server.storedText();

describe('reads', () => {
  test('serves every collection', async () => {
    for (const name of [...REFERENCE_COLLECTIONS, 'activities']) {
      const { status, body } = await send('GET', `/api/${name}`);
      assert.equal(status, 200, name);
      // The demonstration starts with no reporting round and no work plan written.
      assert.ok(
        Array.isArray(body) && (body.length > 0 || ['rounds', 'workPlans'].includes(name)),
        name,
      );
    }
  });

  test('serves the whole results framework in one response', async () => {
    const { status, body } = await send('GET', '/api/reference');
    assert.equal(status, 200);
    assert.equal(body.goals.length, 7);
    assert.equal(body.purposes.length, 4);
    assert.equal(body.settings[0].id, 'app');
    assert.equal(body.activities, undefined);
  });

  test('answers a whole collection as stored, and follows every write', async () => {
    const before = await send('GET', '/api/activities');
    assert.deepEqual(before.body, (await fileState())['activities']);
    const created = await send('POST', '/api/activities', validActivity());
    const after = await send('GET', '/api/activities');
    assert.equal(after.body.length, before.body.length + 1);
    assert.deepEqual(after.body.at(-1), created.body);
    assert.deepEqual(after.body, (await fileState())['activities']);
    // A query still goes to json-server's filters.
    const one = await send('GET', `/api/activities?id=${encodeURIComponent(created.body.id)}`);
    assert.deepEqual(one.body, [created.body]);
  });

  test('serves the app with index.html for deep links', async () => {
    const response = await fetch(`${server.base}/indicators/IND-01?period=framework`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>app<\/title>/);
  });
});

describe('writes', () => {
  test('creates a valid activity, with version 1, and persists it', async () => {
    const { status, body } = await send('POST', '/api/activities', validActivity());
    assert.equal(status, 201);
    assert.equal(body.version, 1);
    assert.ok(body.id);
    assert.ok((await fileState())['activities']!.some((a: { id: string }) => a.id === body.id));
  });

  test('updates with the current version and refuses a stale one with 409', async () => {
    const created = (await send('POST', '/api/activities', validActivity())).body;
    const first = await send('PUT', `/api/activities/${created.id}`, {
      ...created,
      title: 'First edit',
    });
    assert.equal(first.status, 200);
    assert.equal(first.body.version, 2);
    const stale = await send('PUT', `/api/activities/${created.id}`, {
      ...created,
      title: 'Second edit',
    });
    assert.equal(stale.status, 409);
    assert.match(stale.body.message, /changed by someone else/);
    assert.equal(stale.body.current.title, 'First edit');
    const stored = (await fileState())['activities']!.find(
      (a: { id: string }) => a.id === created.id,
    );
    assert.equal(stored.title, 'First edit');
  });

  test('patches by merging into the stored record and validating the result', async () => {
    const created = (await send('POST', '/api/activities', validActivity())).body;
    const ok = await send('PATCH', `/api/activities/${created.id}`, {
      version: 1,
      title: 'Patched',
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.type, 'workshop');
    const bad = await send('PATCH', `/api/activities/${created.id}`, {
      version: 2,
      participants: { total: 5, female: 4, male: 4 },
    });
    assert.equal(bad.status, 400);
  });

  test('gives a new record without an id, or with an empty one, a fresh safe id', async () => {
    const a = await send('POST', '/api/activities', { ...validActivity(), id: '' });
    const b = await send('POST', '/api/activities', validActivity());
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual(a.body.id, b.body.id);
    for (const id of [a.body.id, b.body.id]) assert.match(id, /^[A-Za-z0-9][A-Za-z0-9_-]*$/);
  });

  test('deletes an activity, and says 404 for one that does not exist', async () => {
    const created = (await send('POST', '/api/activities', validActivity())).body;
    const remove = () =>
      server.send('DELETE', `/api/activities/${created.id}`, undefined, {
        headers: { 'if-match': String(created.version) },
      });
    assert.equal((await remove()).status, 200);
    assert.equal((await remove()).status, 404);
    assert.ok(!(await fileState())['activities']!.some((a: { id: string }) => a.id === created.id));
  });

  test('saves valid settings and refuses thresholds in the wrong order', async () => {
    const settings = (await send('GET', '/api/settings')).body[0];
    const saved = await send('PUT', '/api/settings/app', { ...settings, onTrackThreshold: 0.85 });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.version, settings.version + 1);
    const bad = await send('PUT', '/api/settings/app', {
      ...saved.body,
      atRiskThreshold: 0.95,
      onTrackThreshold: 0.9,
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /atRiskThreshold/);
  });

  test('keeps the currency of amounts as a three-letter code, or none', async () => {
    const settings = (await send('GET', '/api/settings')).body[0];
    assert.equal(settings.currency, 'USD');
    const lower = await send('PUT', '/api/settings/app', { ...settings, currency: 'usd' });
    assert.equal(lower.status, 400);
    assert.match(lower.body.message, /three-letter currency code/);
    const aud = await send('PUT', '/api/settings/app', { ...settings, currency: 'AUD' });
    assert.equal(aud.status, 200, aud.text);
    assert.equal(aud.body.currency, 'AUD');
    const none = { ...aud.body };
    delete none.currency;
    const cleared = await send('PUT', '/api/settings/app', none);
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal('currency' in cleared.body, false);
  });

  test('refuses writes to reference data', async () => {
    const goal = { id: 'SG8', code: 'SG8', title: 'x', statement: '', framework: 'SP2018' };
    const byRole = await send('POST', '/api/goals', goal);
    assert.equal(byRole.status, 403);
    assert.match(byRole.body.message, /may not change strategic goals/);
    assert.equal(byRole.body.code, 'role-may-not-change');
    assert.deepEqual(byRole.body.params, { role: 'co-manager', collection: 'goals' });
    const member = await send('DELETE', '/api/members/AUS');
    assert.equal(member.status, 403);
  });
});

describe('malformed writes', () => {
  const a = validActivity;
  const cases: [string, string, string, unknown, string?][] = [
    ['empty body', 'POST', '/api/activities', {}],
    ['array body', 'POST', '/api/activities', [a()]],
    ['string body', 'POST', '/api/activities', 'hello'],
    ['null body', 'POST', '/api/activities', null],
    ['invalid JSON', 'POST', '/api/activities', undefined, '{"title": '],
    ['title missing', 'POST', '/api/activities', { ...a(), title: undefined }],
    ['title empty', 'POST', '/api/activities', { ...a(), title: '   ' }],
    ['title a number', 'POST', '/api/activities', { ...a(), title: 42 }],
    ['title too long', 'POST', '/api/activities', { ...a(), title: 'x'.repeat(201) }],
    [
      'title with a script tag',
      'POST',
      '/api/activities',
      { ...a(), title: '<script>alert(1)</script>' },
    ],
    ['notes with a script tag', 'POST', '/api/activities', { ...a(), notes: 'see <SCRIPT src=x>' }],
    [
      'title with control characters',
      'POST',
      '/api/activities',
      { ...a(), title: 'bad\u0000title' },
    ],
    ['notes too long', 'POST', '/api/activities', { ...a(), notes: 'n'.repeat(2001) }],
    ['unknown type', 'POST', '/api/activities', { ...a(), type: 'party' }],
    ['unknown status', 'POST', '/api/activities', { ...a(), status: 'done' }],
    ['unknown modality', 'POST', '/api/activities', { ...a(), modality: 'telepathy' }],
    ['start date missing', 'POST', '/api/activities', { ...a(), startDate: undefined }],
    [
      'start date with time',
      'POST',
      '/api/activities',
      { ...a(), startDate: '2026-02-02T00:00:00Z' },
    ],
    ['start date not a date', 'POST', '/api/activities', { ...a(), startDate: 'yesterday' }],
    ['end date impossible', 'POST', '/api/activities', { ...a(), endDate: '2026-02-30' }],
    [
      'end before start',
      'POST',
      '/api/activities',
      { ...a(), startDate: '2026-02-05', endDate: '2026-02-01' },
    ],
    [
      'negative total',
      'POST',
      '/api/activities',
      { ...a(), participants: { total: -1, female: null, male: null } },
    ],
    [
      'negative women',
      'POST',
      '/api/activities',
      { ...a(), participants: { total: 10, female: -2, male: 5 } },
    ],
    [
      'fractional total',
      'POST',
      '/api/activities',
      { ...a(), participants: { total: 10.5, female: null, male: null } },
    ],
    [
      'total as text',
      'POST',
      '/api/activities',
      { ...a(), participants: { total: '30', female: 14, male: 16 } },
    ],
    [
      'women and men above total',
      'POST',
      '/api/activities',
      { ...a(), participants: { total: 20, female: 14, male: 16 } },
    ],
    ['participants missing', 'POST', '/api/activities', { ...a(), participants: undefined }],
    ['participants not an object', 'POST', '/api/activities', { ...a(), participants: 30 }],
    ['unknown goal', 'POST', '/api/activities', { ...a(), goals: ['SG9'] }],
    ['goals not a list', 'POST', '/api/activities', { ...a(), goals: 'SG1' }],
    ['completed without goal', 'POST', '/api/activities', { ...a(), goals: [] }],
    ['unknown purpose', 'POST', '/api/activities', { ...a(), purposes: ['CP7'] }],
    ['unknown function', 'POST', '/api/activities', { ...a(), functions: ['F9'] }],
    ['unknown working group', 'POST', '/api/activities', { ...a(), workingGroups: ['WG-NOPE'] }],
    [
      'unknown member code',
      'POST',
      '/api/activities',
      { ...a(), members: [{ code: 'XXX', count: 1 }] },
    ],
    ['unknown host country', 'POST', '/api/activities', { ...a(), hostCountry: 'ATL' }],
    [
      'member listed twice',
      'POST',
      '/api/activities',
      {
        ...a(),
        members: [
          { code: 'THA', count: 1 },
          { code: 'THA', count: 2 },
        ],
      },
    ],
    [
      'member counts above total',
      'POST',
      '/api/activities',
      {
        ...a(),
        members: [
          { code: 'THA', count: 25 },
          { code: 'IDN', count: 25 },
        ],
      },
    ],
    [
      'negative member count',
      'POST',
      '/api/activities',
      { ...a(), members: [{ code: 'THA', count: -3 }] },
    ],
    ['member without code', 'POST', '/api/activities', { ...a(), members: [{ count: 3 }] }],
    ['negative cost', 'POST', '/api/activities', { ...a(), cost: -100 }],
    [
      'satisfaction out of range',
      'POST',
      '/api/activities',
      { ...a(), evaluation: { satisfaction: 7 } },
    ],
    [
      'too many partners',
      'POST',
      '/api/activities',
      { ...a(), partners: Array.from({ length: 31 }, (_, i) => `P${i}`) },
    ],
    ['partner name empty', 'POST', '/api/activities', { ...a(), partners: [''] }],
    ['duplicate id', 'POST', '/api/activities', { ...a(), id: 'act-0001' }],
    ['update without version', 'PUT', '/api/activities/act-0001', { ...a(), id: 'act-0001' }],
    [
      'update with stale version',
      'PUT',
      '/api/activities/act-0001',
      { ...a(), id: 'act-0001', version: 99 },
    ],
    [
      'update with id mismatch',
      'PUT',
      '/api/activities/act-0001',
      { ...a(), id: 'act-0002', version: 1 },
    ],
    ['update of a missing record', 'PUT', '/api/activities/act-9999', { ...a(), version: 1 }],
    ['create on a record', 'POST', '/api/activities/act-0001', a()],
    ['delete a collection', 'DELETE', '/api/activities', undefined],
    ['write to an unknown collection', 'POST', '/api/unicorns', { id: 'u1' }],
    ['write to members', 'POST', '/api/members', { id: 'ATL', code: 'ATL', name: 'Atlantis' }],
    ['nested write', 'POST', '/api/goals/SG1/activities', a()],
    [
      'settings with month 13',
      'PUT',
      '/api/settings/app',
      {
        id: 'app',
        yearStartMonth: 13,
        onTrackThreshold: 0.9,
        atRiskThreshold: 0.6,
        currentFramework: 'SP2018',
        demoData: true,
      },
    ],
    [
      'actual for unknown indicator',
      'POST',
      '/api/actuals',
      { indicator: 'IND-99', date: '2026-01-31', value: 3 },
    ],
    [
      'narrative for nothing',
      'POST',
      '/api/narratives',
      {
        indicator: null,
        goal: null,
        period: '2026',
        text: 'x',
        author: 'a',
        updated: '2026-01-01',
      },
    ],
    [
      'indicator with duplicate targets',
      'PUT',
      '/api/indicators/IND-01',
      {
        ...readSeedIndicator(),
        targets: [
          { period: '2019', value: 1 },
          { period: '2019', value: 2 },
        ],
      },
    ],
    ['oversized body', 'POST', '/api/activities', { ...a(), notes: 'x'.repeat(600_000) }],
  ];

  test(`refuses ${cases.length} malformed bodies with a message and leaves the file as it was`, async () => {
    const before = await dbText();
    for (const [name, method, path, body, raw] of cases) {
      const response = await send(method, path, body, raw);
      assert.ok(
        [400, 403, 404, 405, 409, 413].includes(response.status),
        `${name}: got ${response.status} ${response.text}`,
      );
      assert.equal(typeof response.body?.message, 'string', `${name}: no message`);
      assert.ok(response.body.message.length > 10, `${name}: message too short`);
    }
    const after = await dbText();
    assert.equal(after, before);
    assert.doesNotThrow(() => JSON.parse(after));
  });

  test('names the field and the rule', async () => {
    const { body } = await send('POST', '/api/activities', {
      ...a(),
      participants: { total: -1, female: null, male: null },
    });
    assert.match(body.message, /participants\.total/);
    assert.ok(
      body.problems.some(
        (p: { field: string; message: string }) =>
          p.field === 'participants.total' && /negative/.test(p.message),
      ),
    );
  });
});

function readSeedIndicator() {
  return JSON.parse(readFileSync('mock-api/db.seed.json', 'utf8')).indicators[0];
}
