/**
 * Closing the loop safely: versions on every editable record, the audit trail written in the
 * same write as each change, reasons for changes to closed periods, and malformed writes to the
 * framework's records refused without touching the data file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { yearOf } from '../src/app/domain/dates';
import { startTestServer, TestServer } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const send = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  server.send(method, path, body, { headers });
const state = () => server.stored();
const auditTrail = async () => (await state())['audit'] as Record<string, unknown>[];
const indicator = async (id = 'IND-01') => (await state())['indicators']!.find((i) => i.id === id);
const meeting = async () => (await state())['meetings']![0];

describe('versions', () => {
  test('every editable record carries a version, and an update raises it by one', async () => {
    for (const name of [
      'frameworks',
      'meetings',
      'indicators',
      'actuals',
      'narratives',
      'settings',
    ])
      assert.ok(
        (await state())[name]!.every((r) => Number.isInteger(r.version) && r.version >= 1),
        `${name} without versions`,
      );
    const m = await meeting();
    const saved = await send('PUT', `/api/meetings/${m.id}`, { ...m, place: 'Denpasar' });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.version, m.version + 1);
  });

  test('a stale update gets 409 with the current record, and nothing changes', async () => {
    const i = await indicator('IND-02');
    const first = await send('PUT', `/api/indicators/${i.id}`, { ...i, responsible: 'First' });
    assert.equal(first.status, 200, first.text);
    const file = await server.storedText();
    const second = await send('PUT', `/api/indicators/${i.id}`, { ...i, responsible: 'Second' });
    assert.equal(second.status, 409);
    assert.equal(second.body.current.responsible, 'First');
    assert.equal(second.body.current.version, i.version + 1);
    assert.equal(await server.storedText(), file);
  });
});

describe('audit trail', () => {
  test('each write appends one entry naming the signed-in user, in the same file write', async () => {
    const count = (await auditTrail()).length;
    const created = await send('POST', '/api/meetings', {
      name: '19th Ad Hoc Group Senior Officials’ Meeting',
      shortName: '19th AHG SOM',
      kind: 'ahg-som',
      date: '2026-11-20',
      place: 'Bangkok',
    });
    assert.equal(created.status, 201, created.text);
    let trail = await auditTrail();
    assert.equal(trail.length, count + 1);
    const entry = trail.at(-1)!;
    assert.equal(entry['who'], 'comanager');
    assert.equal(entry['collection'], 'meetings');
    assert.equal(entry['id'], created.body.id);
    assert.equal(entry['before'], null);
    assert.deepEqual(entry['after'], created.body);
    assert.match(String(entry['at']), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);

    const removed = await send('DELETE', `/api/meetings/${created.body.id}`, undefined, {
      'if-match': String(created.body.version),
    });
    assert.equal(removed.status, 200, removed.text);
    trail = await auditTrail();
    assert.equal(trail.length, count + 2);
    assert.deepEqual(trail.at(-1)!['before'], created.body);
    assert.equal(trail.at(-1)!['after'], null);
    assert.ok(Number(trail.at(-1)!['seq']) > Number(trail.at(-2)!['seq']));
  });

  test('activities are audited too, as the administrator’s settings are', async () => {
    const count = (await auditTrail()).length;
    const settings = (await state())['settings']![0];
    const admin = await server.as('admin');
    const saved = await server.send(
      'PUT',
      '/api/settings/app',
      { ...settings, onTrackThreshold: 0.85 },
      { client: admin },
    );
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await auditTrail()).length, count + 1);
    assert.equal((await auditTrail()).at(-1)!['who'], 'admin');
  });

  test('nobody can write the trail, and a refused write leaves no entry', async () => {
    const file = await server.storedText();
    for (const user of ['comanager', 'admin']) {
      const client = await server.as(user);
      for (const [method, path] of [
        ['POST', '/api/audit'],
        ['PUT', '/api/audit/1'],
        ['PATCH', '/api/audit/1'],
        ['DELETE', '/api/audit/1'],
      ] as const) {
        const answer = await server.send(method, path, { who: 'someone else' }, { client });
        assert.ok(answer.status >= 400 && answer.status < 500, `${user} ${method} ${path}`);
        assert.equal(typeof answer.body.message, 'string');
      }
    }
    assert.equal(await server.storedText(), file);
  });
});

describe('reasons for closed periods', () => {
  test('changing a closed year’s target needs a reason, which the trail keeps', async () => {
    const i = await indicator('IND-03');
    const closed = String(yearOf(server.today) - 1);
    const targets = i.targets.map((t: { period: string; value: number }) =>
      t.period === closed ? { ...t, value: t.value + 5 } : t,
    );
    const file = await server.storedText();
    const refused = await send('PUT', `/api/indicators/${i.id}`, { ...i, targets });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.problems[0].field, 'reason');
    assert.match(refused.body.message, new RegExp(closed));
    assert.equal(await server.storedText(), file);

    const reason = `Target revised at the ${closed} mid-year review.`;
    const saved = await send('PUT', `/api/indicators/${i.id}`, { ...i, targets, reason });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.body.reason, undefined, 'the reason is not part of the record');
    assert.equal((await auditTrail()).at(-1)!['reason'], reason);
  });

  test('a target of the year still running needs none; last year’s does', async () => {
    const year = yearOf(server.today);
    const created = await send('POST', '/api/frameworks', {
      name: `Strategic Plan ${year - 1}–${year + 1}`,
      start: `${year - 1}-01-01`,
      end: `${year + 1}-12-31`,
      copyIndicatorsFrom: 'SP2018',
    });
    assert.equal(created.status, 201, created.text);
    const copy = (await state())['indicators']!.find((x) => x.framework === created.body.id);
    const current = [{ period: String(year), value: 12 }];
    const saved = await send('PUT', `/api/indicators/${copy.id}`, { ...copy, targets: current });
    assert.equal(saved.status, 200, saved.text);

    const lastYear = [...current, { period: String(year - 1), value: 9 }];
    const refused = await send('PUT', `/api/indicators/${copy.id}`, {
      ...saved.body,
      targets: lastYear,
    });
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.problems[0].field, 'reason');
  });

  test('an actual dated today needs no reason; one dated the day before the year began does', async () => {
    const year = yearOf(server.today);
    const today = await send('POST', '/api/actuals', {
      indicator: 'IND-21',
      date: server.today,
      value: 2,
    });
    assert.equal(today.status, 201, today.text);
    const file = await server.storedText();
    const lastYear = await send('POST', '/api/actuals', {
      indicator: 'IND-21',
      date: `${year - 1}-12-31`,
      value: 2,
    });
    assert.equal(lastYear.status, 400, lastYear.text);
    assert.equal(lastYear.body.problems[0].field, 'reason');
    assert.equal(await server.storedText(), file);
  });
});

describe('group targets', () => {
  test('a working group’s own target is kept, versioned and audited; a closed one needs a reason', async () => {
    const i = await indicator('IND-03');
    const closed = String(yearOf(server.today) - 1);
    const groupTargets = [{ workingGroup: 'WGTIP', period: closed, value: 4 }];
    const refused = await send('PUT', `/api/indicators/${i.id}`, { ...i, groupTargets });
    assert.equal(refused.status, 400, 'a closed year needs a reason');
    assert.equal(refused.body.problems[0].field, 'reason');
    const reason = `WG-TIP set its own target for ${closed}.`;
    const saved = await send('PUT', `/api/indicators/${i.id}`, { ...i, groupTargets, reason });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual(saved.body.groupTargets, groupTargets);
    assert.equal(saved.body.version, i.version + 1);
    const entry = (await auditTrail()).at(-1)!;
    assert.equal(entry['reason'], reason);
    assert.equal(entry['collection'], 'indicators');
    assert.equal(entry['id'], i.id);
    assert.deepEqual((entry['after'] as { groupTargets: unknown }).groupTargets, groupTargets);
  });

  test('an unknown group, or two targets for one group and period, are refused untouched', async () => {
    const i = await indicator('IND-03');
    const year = String(yearOf(server.today));
    const file = await server.storedText();
    for (const groupTargets of [
      [{ workingGroup: 'WG-NOPE', period: year, value: 4 }],
      [
        { workingGroup: 'WGTIP', period: year, value: 4 },
        { workingGroup: 'WGTIP', period: year, value: 5 },
      ],
      // Before the reported framework began.
      [{ workingGroup: 'WGTIP', period: '2019', value: 4 }],
      [{ workingGroup: 'WGTIP', period: year, value: 'four' }],
    ]) {
      const response = await send('PUT', `/api/indicators/${i.id}`, {
        ...i,
        groupTargets,
        reason: 'test',
      });
      assert.equal(response.status, 400, JSON.stringify(groupTargets));
      assert.ok(
        response.body.problems.some((p: { field: string }) => p.field.startsWith('groupTargets')),
        response.text,
      );
    }
    assert.equal(await server.storedText(), file);
  });
});

describe('the next framework', () => {
  test('copies the indicators of another, without targets, in one audited write', async () => {
    const from = (await state())['indicators']!.filter((i) => i.framework === 'SP2018');
    const count = (await auditTrail()).length;
    const created = await send('POST', '/api/frameworks', {
      name: 'Strategic Plan 2030–2032',
      start: '2030-01-01',
      end: '2032-12-31',
      copyIndicatorsFrom: 'SP2018',
    });
    assert.equal(created.status, 201, created.text);
    const copies = (await state())['indicators']!.filter((i) => i.framework === created.body.id);
    assert.equal(copies.length, from.length);
    assert.deepEqual(
      copies.map((c) => c.code),
      from.map((f) => f.code),
    );
    assert.ok(copies.every((c) => c.targets.length === 0 && c.frameworkTarget === null));
    assert.equal((await auditTrail()).length, count + 1 + from.length);
    assert.ok((await auditTrail()).slice(count + 1).every((e) => e['collection'] === 'indicators'));
  });

  test('a framework reported on, or with indicators, cannot be deleted', async () => {
    const reported = (await state())['settings']![0].currentFramework as string;
    const fw = (await state())['frameworks']!.find((f) => f.id === reported);
    const answer = await send('DELETE', `/api/frameworks/${reported}`, undefined, {
      'if-match': String(fw.version),
    });
    assert.equal(answer.status, 409);
    assert.deepEqual(
      answer.body.problems.map((p: { code: string }) => p.code),
      ['framework-reported', 'framework-in-use'],
    );
  });
});

describe('malformed writes to the framework’s records', () => {
  // Each is refused with 4xx and a message, and leaves the data file byte-identical.
  const cases = async (): Promise<[string, string, string, unknown, Record<string, string>?][]> => {
    const i = await indicator('IND-05');
    const m = await meeting();
    const fw = (await state())['frameworks']![0];
    const actual = (await state())['actuals']![0];
    const narrative = (await state())['narratives']![0];
    const target = (period: string, value: unknown) => ({ ...i, targets: [{ period, value }] });
    return [
      // Indicators
      ['indicator: name a number', 'PUT', `/api/indicators/${i.id}`, { ...i, name: 42 }],
      ['indicator: name empty', 'PUT', `/api/indicators/${i.id}`, { ...i, name: ' ' }],
      ['indicator: name with markup', 'PUT', `/api/indicators/${i.id}`, { ...i, name: '<b>x' }],
      ['indicator: unknown goal', 'PUT', `/api/indicators/${i.id}`, { ...i, goals: ['SG99'] }],
      ['indicator: unknown purpose', 'PUT', `/api/indicators/${i.id}`, { ...i, purposes: ['CP9'] }],
      [
        'indicator: unknown framework',
        'PUT',
        `/api/indicators/${i.id}`,
        { ...i, framework: 'SPX' },
      ],
      [
        'indicator: direction sideways',
        'PUT',
        `/api/indicators/${i.id}`,
        { ...i, direction: 'up' },
      ],
      ['indicator: level unknown', 'PUT', `/api/indicators/${i.id}`, { ...i, level: 'impact' }],
      ['indicator: targets not a list', 'PUT', `/api/indicators/${i.id}`, { ...i, targets: 5 }],
      ['indicator: target value text', 'PUT', `/api/indicators/${i.id}`, target('2019', 'ten')],
      ['indicator: target value missing', 'PUT', `/api/indicators/${i.id}`, target('2019', null)],
      [
        'indicator: target period garbage',
        'PUT',
        `/api/indicators/${i.id}`,
        target('next year', 5),
      ],
      ['indicator: target period 2019-Q5', 'PUT', `/api/indicators/${i.id}`, target('2019-Q5', 5)],
      ['indicator: target before framework', 'PUT', `/api/indicators/${i.id}`, target('2015', 5)],
      ['indicator: target after framework', 'PUT', `/api/indicators/${i.id}`, target('2035-H1', 5)],
      [
        'indicator: a period twice',
        'PUT',
        `/api/indicators/${i.id}`,
        {
          ...i,
          targets: [
            { period: '2027', value: 1 },
            { period: '2027', value: 2 },
          ],
          framework: 'SP2018',
        },
      ],
      [
        'indicator: baseline value without date',
        'PUT',
        `/api/indicators/${i.id}`,
        { ...i, baseline: { value: 3, date: null } },
      ],
      [
        'indicator: baseline date not a date',
        'PUT',
        `/api/indicators/${i.id}`,
        { ...i, baseline: { value: 3, date: '31/12/2017' } },
      ],
      [
        'indicator: framework target text',
        'PUT',
        `/api/indicators/${i.id}`,
        { ...i, frameworkTarget: 'many' },
      ],
      ['indicator: stale version', 'PUT', `/api/indicators/${i.id}`, { ...i, version: 0 }],
      ['indicator: no version', 'PUT', `/api/indicators/${i.id}`, { ...i, version: undefined }],
      ['indicator: future version', 'PUT', `/api/indicators/${i.id}`, { ...i, version: 999 }],
      ['indicator: delete', 'DELETE', `/api/indicators/${i.id}`, undefined],
      ['indicator: id mismatch', 'PUT', `/api/indicators/${i.id}`, { ...i, id: 'IND-02' }],
      ['indicator: reason a number', 'PUT', `/api/indicators/${i.id}`, { ...i, reason: 7 }],
      [
        'indicator: reason with a script',
        'PUT',
        `/api/indicators/${i.id}`,
        { ...i, reason: '<script>' },
      ],
      // Actuals
      [
        'actual: unknown indicator',
        'POST',
        '/api/actuals',
        { indicator: 'IND-99', date: '2026-05-01', value: 1 },
      ],
      [
        'actual: value text',
        'POST',
        '/api/actuals',
        { indicator: 'IND-09', date: '2026-05-01', value: 'one' },
      ],
      [
        'actual: date not real',
        'POST',
        '/api/actuals',
        { indicator: 'IND-09', date: '2026-02-30', value: 1 },
      ],
      ['actual: date missing', 'POST', '/api/actuals', { indicator: 'IND-09', value: 1 }],
      [
        'actual: link not a web address',
        'POST',
        '/api/actuals',
        { indicator: 'IND-09', date: '2026-05-01', value: 1, link: 'javascript:alert(1)' },
      ],
      [
        'actual: closed year without a reason',
        'POST',
        '/api/actuals',
        { indicator: 'IND-09', date: '2019-05-01', value: 1 },
      ],
      [
        'actual: stale version',
        'PUT',
        `/api/actuals/${actual.id}`,
        { ...actual, version: actual.version + 3, reason: 'x' },
      ],
      ['actual: delete without version', 'DELETE', `/api/actuals/${actual.id}?reason=x`, undefined],
      [
        'actual: delete stale',
        'DELETE',
        `/api/actuals/${actual.id}?reason=x`,
        undefined,
        { 'if-match': '99' },
      ],
      [
        'actual: closed-year delete without a reason',
        'DELETE',
        `/api/actuals/${actual.id}`,
        undefined,
        { 'if-match': String(actual.version) },
      ],
      // Narratives
      [
        'narrative: no subject',
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
        'narrative: unknown indicator',
        'POST',
        '/api/narratives',
        {
          indicator: 'IND-77',
          goal: null,
          period: '2026',
          text: 'x',
          author: 'a',
          updated: '2026-01-01',
        },
      ],
      [
        'narrative: unknown goal',
        'POST',
        '/api/narratives',
        {
          indicator: null,
          goal: 'SG0',
          period: '2026',
          text: 'x',
          author: 'a',
          updated: '2026-01-01',
        },
      ],
      [
        'narrative: period garbage',
        'POST',
        '/api/narratives',
        {
          indicator: 'IND-01',
          goal: null,
          period: 'last year',
          text: 'x',
          author: 'a',
          updated: '2026-01-01',
        },
      ],
      [
        'narrative: text empty',
        'POST',
        '/api/narratives',
        {
          indicator: 'IND-01',
          goal: null,
          period: '2026',
          text: '  ',
          author: 'a',
          updated: '2026-01-01',
        },
      ],
      [
        'narrative: text too long',
        'POST',
        '/api/narratives',
        {
          indicator: 'IND-01',
          goal: null,
          period: '2026',
          text: 'x'.repeat(4001),
          author: 'a',
          updated: '2026-01-01',
        },
      ],
      [
        'narrative: stale version',
        'PUT',
        `/api/narratives/${narrative.id}`,
        { ...narrative, version: 0 },
      ],
      // Meetings
      [
        'meeting: kind unknown',
        'POST',
        '/api/meetings',
        { name: 'x', shortName: 'x', kind: 'party', date: '2026-01-01', place: '' },
      ],
      [
        'meeting: date not a date',
        'POST',
        '/api/meetings',
        { name: 'x', shortName: 'x', kind: 'other', date: 'soon', place: '' },
      ],
      [
        'meeting: name missing',
        'POST',
        '/api/meetings',
        { shortName: 'x', kind: 'other', date: '2026-01-01', place: '' },
      ],
      [
        'meeting: name with markup',
        'POST',
        '/api/meetings',
        { name: '<img src=x>', shortName: 'x', kind: 'other', date: '2026-01-01', place: '' },
      ],
      [
        'meeting: id with a slash',
        'POST',
        '/api/meetings',
        { id: 'a/b', name: 'x', shortName: 'x', kind: 'other', date: '2026-01-01', place: '' },
      ],
      ['meeting: existing id', 'POST', '/api/meetings', { ...m, version: undefined }],
      ['meeting: stale version', 'PUT', `/api/meetings/${m.id}`, { ...m, version: m.version - 1 }],
      ['meeting: delete without version', 'DELETE', `/api/meetings/${m.id}`, undefined],
      // Frameworks
      [
        'framework: ends before it starts',
        'POST',
        '/api/frameworks',
        { name: 'x', start: '2030-01-01', end: '2029-12-31' },
      ],
      [
        'framework: start not a date',
        'POST',
        '/api/frameworks',
        { name: 'x', start: 'now', end: '2029-12-31' },
      ],
      [
        'framework: name empty',
        'POST',
        '/api/frameworks',
        { name: '', start: '2027-01-01', end: '2029-12-31' },
      ],
      [
        'framework: copy from unknown',
        'POST',
        '/api/frameworks',
        { name: 'x', start: '2027-01-01', end: '2029-12-31', copyIndicatorsFrom: 'SP1999' },
      ],
      [
        'framework: stale version',
        'PUT',
        `/api/frameworks/${fw.id}`,
        { ...fw, version: fw.version + 1 },
      ],
      [
        'framework: delete in use',
        'DELETE',
        `/api/frameworks/${fw.id}`,
        undefined,
        { 'if-match': String(fw.version) },
      ],
      // Settings: the reported framework must exist
      [
        'settings: unknown framework',
        'PUT',
        '/api/settings/app',
        { ...(await state())['settings']![0], currentFramework: 'SP1999' },
      ],
      // The audit trail
      [
        'audit: create',
        'POST',
        '/api/audit',
        {
          seq: 9,
          at: '2026-01-01T00:00:00Z',
          who: 'x',
          collection: 'x',
          id: 'x',
          before: null,
          after: null,
          reason: null,
        },
      ],
      ['audit: delete', 'DELETE', '/api/audit/1', undefined],
    ];
  };

  test('at least 50 are refused with 4xx and a message, the data file byte-identical', async () => {
    const all = await cases();
    assert.ok(all.length >= 50, `${all.length} cases`);
    const admin = await server.as('admin');
    for (const [name, method, path, body, headers] of all) {
      const file = await server.storedText();
      const answer = await server.send(method, path, body, {
        headers,
        client: path.startsWith('/api/settings') ? admin : undefined,
      });
      assert.ok(
        answer.status >= 400 && answer.status < 500,
        `${name}: ${answer.status} ${answer.text}`,
      );
      assert.equal(typeof answer.body?.message, 'string', `${name}: no message`);
      assert.ok(answer.body.message.length > 10, `${name}: ${answer.body.message}`);
      assert.equal(await server.storedText(), file, `${name}: the data file changed`);
    }
  });
});
