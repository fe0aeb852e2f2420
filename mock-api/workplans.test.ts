/**
 * Work plans: co-managers keep one per work-plan year of a framework, versioned and audited;
 * a plan the rules refuse is refused whole; a submitted or approved year holds its plan.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const item = (over: object = {}) => ({
  id: 'i1',
  title: 'Regional workshop',
  type: 'workshop',
  workingGroups: ['WGTIP'],
  goals: ['SG1'],
  purposes: [],
  plannedStart: null,
  plannedEnd: '2025-06-30',
  budget: 5000,
  activities: [],
  cancelled: false,
  ...over,
});

test('a co-manager keeps a work plan; the rules refuse a bad one whole; others may not write', async () => {
  const created = await server.send('POST', '/api/workPlans', {
    framework: 'WP2024',
    year: '2025',
    items: [item()],
  });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.version, 1);
  const before = await server.storedText();
  for (const bad of [
    { ...created.body, items: [item({ goals: ['SG99'] })] },
    { ...created.body, items: [item({ plannedEnd: '2027-01-01' })] },
    { ...created.body, items: [item(), item()] },
    { ...created.body, framework: 'NOPE' },
  ]) {
    const answer = await server.send('PUT', `/api/workPlans/${created.body.id}`, bad);
    assert.equal(answer.status, 400, answer.text);
  }
  const chair = await server.as('cochair');
  assert.equal(
    (await server.send('PUT', `/api/workPlans/${created.body.id}`, created.body, { client: chair }))
      .status,
    403,
  );
  assert.equal(await server.storedText(), before);
  const changed = await server.send('PUT', `/api/workPlans/${created.body.id}`, {
    ...created.body,
    items: [item({ cancelled: true })],
  });
  assert.equal(changed.status, 200);
  const trail = (await server.send('GET', `/api/audit?collection=workPlans&id=${created.body.id}`))
    .body;
  assert.equal(trail.length, 2);
});

test('a submitted year holds its work plan (423)', async () => {
  const plan = (
    await server.send('POST', '/api/workPlans', { framework: 'WP2024', year: '2024', items: [] })
  ).body;
  // The year 2024 as submitted: written as the API writes rounds, through its move.
  let answer = await server.send('POST', '/api/rounds/WP2024_2024/submit', { note: 'Year.' });
  for (let pass = 0; pass < 4 && answer.status === 400; pass++) {
    const indicators = (await server.send('GET', '/api/indicators?framework=WP2024')).body as {
      id: string;
      code: string;
    }[];
    for (const p of answer.body.problems as { code: string; params: { indicator: string } }[]) {
      const indicator = indicators.find((i) => i.code === p.params.indicator)!.id;
      await (p.code === 'narrative-missing'
        ? server.send('POST', '/api/narratives', {
            indicator,
            goal: null,
            period: '2024',
            text: 'x',
            author: 'x',
            updated: server.today,
          })
        : server.send('POST', '/api/actuals', {
            indicator,
            date: '2024-05-05',
            value: 1,
            reason: 'Late.',
          }));
    }
    answer = await server.send('POST', '/api/rounds/WP2024_2024/submit', { note: 'Year.' });
  }
  assert.equal(answer.status, 200, answer.text);
  const locked = await server.send('PUT', `/api/workPlans/${plan.id}`, {
    ...plan,
    items: [item({ plannedEnd: '2024-06-30' })],
  });
  assert.equal(locked.status, 423, locked.text);
  assert.equal(locked.body.params.period, '2024');
});
