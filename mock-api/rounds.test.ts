/**
 * Reporting rounds: every state × action × role answers as the transition table says (and a
 * refused one changes nothing); a submission is blocked by its checks until they pass; a
 * submitted or approved round locks its period's targets, actuals, narratives and activities
 * (423, the store byte-identical); reopening needs a reason and is audited; an approval
 * freezes the brief.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ROUND_ACTIONS, TRANSITIONS, type RoundAction } from '../src/app/domain/rounds';
import { startTestServer, type TestServer, validActivity } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const FRAMEWORK = 'WP2024';
const idOf = (period: string) => `${FRAMEWORK}_${period}`;
const USERS = {
  'co-manager': 'comanager',
  'co-chair': 'cochair',
  administrator: 'admin',
  'wg-member': 'wgmember',
};
const BODIES: Record<RoundAction, object> = {
  submit: { note: 'The half-year as reported to the co-chairs.' },
  approve: {},
  return: { comments: 'Please explain the variance on participants.' },
  reopen: { reason: 'A reported value was corrected by the member state.' },
};

async function round(period: string) {
  const answer = await server.send('GET', `/api/rounds/${idOf(period)}`);
  return answer.status === 200 ? answer.body : null;
}

async function move(
  period: string,
  action: RoundAction,
  role: keyof typeof USERS,
  extra: object = {},
) {
  const current = await round(period);
  return server.send(
    'POST',
    `/api/rounds/${idOf(period)}/${action}`,
    { ...BODIES[action], ...(current ? { version: current.version } : {}), ...extra },
    { client: await server.as(USERS[role]) },
  );
}

/**
 * Submits the period, first giving it what its checks ask for — a narrative for each indicator
 * off track or at risk, a value for each reported indicator due — as the co-managers would.
 */
async function submitFixing(period: string) {
  const indicators = (await server.send('GET', `/api/indicators?framework=${FRAMEWORK}`)).body as {
    id: string;
    code: string;
  }[];
  const byCode = new Map(indicators.map((i) => [i.code, i.id]));
  for (let pass = 0; pass < 4; pass++) {
    const attempt = await move(period, 'submit', 'co-manager');
    if (attempt.status === 200) return;
    assert.equal(attempt.status, 400, attempt.text);
    for (const problem of attempt.body.problems as {
      code: string;
      params: { indicator: string };
    }[]) {
      const indicator = byCode.get(problem.params.indicator)!;
      const written =
        problem.code === 'narrative-missing'
          ? await server.send('POST', '/api/narratives', {
              indicator,
              goal: null,
              period,
              text: 'Behind target: explained to the co-chairs.',
              author: 'x',
              updated: server.today,
            })
          : await server.send('POST', '/api/actuals', {
              indicator,
              date: `${period.slice(0, 4)}-${period.endsWith('H2') ? '08' : '03'}-03`,
              value: 1,
              reason: 'Reported late, for the round.',
            });
      assert.equal(written.status, 201, written.text);
    }
  }
  assert.fail(`${period} could not be made submittable`);
}

describe('the transition matrix', () => {
  // One round in each state; the successful moves come last, on the same rounds.
  const STATES = {
    open: '2024-H1',
    submitted: '2024-H2',
    approved: '2025-H1',
    returned: '2025-H2',
  };

  before(async () => {
    for (const period of Object.values(STATES)) await submitFixing(period);
    // Open again after a full round: the same state as never written, and its checks pass.
    assert.equal((await move(STATES.open, 'approve', 'co-chair')).status, 200);
    assert.equal((await move(STATES.open, 'reopen', 'administrator')).status, 200);
    assert.equal((await move(STATES.approved, 'approve', 'co-chair')).status, 200);
    assert.equal((await move(STATES.returned, 'return', 'co-chair')).status, 200);
  });

  for (const [state, period] of Object.entries(STATES))
    for (const action of ROUND_ACTIONS)
      for (const role of Object.keys(USERS) as (keyof typeof USERS)[]) {
        const allowed =
          TRANSITIONS[action].role === role && TRANSITIONS[action].from.includes(state as never);
        if (allowed) continue;
        test(`${state} × ${action} × ${role}: ${TRANSITIONS[action].role === role ? 409 : 403}, nothing changes`, async () => {
          const before = await server.storedText();
          const answer = await move(period, action, role);
          assert.equal(answer.status, TRANSITIONS[action].role === role ? 409 : 403, answer.text);
          assert.equal(
            answer.body.code,
            TRANSITIONS[action].role === role ? 'round-state' : 'round-role',
          );
          assert.equal(await server.storedText(), before);
        });
      }

  test('each allowed move: by its role, from its states, versioned and audited', async () => {
    const moves: [string, RoundAction, keyof typeof USERS, string][] = [
      [STATES.approved, 'reopen', 'administrator', 'open'],
      [STATES.returned, 'submit', 'co-manager', 'submitted'],
      [STATES.submitted, 'approve', 'co-chair', 'approved'],
      [STATES.returned, 'return', 'co-chair', 'returned'],
      [STATES.open, 'submit', 'co-manager', 'submitted'],
    ];
    for (const [period, action, role, to] of moves) {
      const was = await round(period);
      const answer = await move(period, action, role);
      assert.equal(answer.status, 200, `${period} ${action}: ${answer.text}`);
      assert.equal(answer.body.state, to);
      assert.equal(answer.body.version, was.version + 1);
      const trail = (await server.send('GET', `/api/audit?collection=rounds&id=${idOf(period)}`))
        .body;
      assert.equal(trail.at(-1).who, USERS[role]);
      assert.equal(trail.at(-1).after.state, to);
    }
    // A stale version is a conflict with the round as it is now.
    const stale = await move(STATES.open, 'approve', 'co-chair', { version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'changed-meanwhile');
    assert.equal(stale.body.current.state, 'submitted');
  });
});

describe('what a round holds', () => {
  const PERIOD = '2026-H1';
  let activity: { id: string; version: number; endDate: string };

  before(async () => {
    const created = await server.send('POST', '/api/activities', {
      ...validActivity(),
      startDate: '2026-03-02',
      endDate: '2026-03-04',
    });
    activity = created.body;
    await submitFixing(PERIOD);
  });

  test('a missing narrative blocks a submission, with the indicator named', async () => {
    const answer = await server.send(
      'POST',
      `/api/rounds/${idOf('2025')}/submit`,
      { note: null },
      { client: await server.as('comanager') },
    );
    assert.equal(answer.status, 400);
    assert.equal(answer.body.code, 'submission-checks');
    assert.ok(
      answer.body.problems.some((p: { code: string }) => p.code === 'narrative-missing'),
      answer.text,
    );
  });

  test('a running period cannot be submitted', async () => {
    // The half-year the server's today falls in, whatever that day is.
    const running = `${server.today.slice(0, 4)}-H${Number(server.today.slice(5, 7)) <= 6 ? 1 : 2}`;
    const answer = await server.send(
      'POST',
      `/api/rounds/${idOf(running)}/submit`,
      { note: 'Early.' },
      { client: await server.as('comanager') },
    );
    assert.equal(answer.status, 400);
    assert.ok(answer.body.problems.some((p: { code: string }) => p.code === 'period-running'));
  });

  test("the period's targets, actuals, narratives and activities are locked (423), the store unchanged", async () => {
    const before = await server.storedText();
    const indicator = (await server.send('GET', '/api/indicators/IND-01')).body;
    const actuals = (await server.send('GET', '/api/actuals')).body as {
      id: string;
      date: string;
      version: number;
      value: number;
    }[];
    const inPeriod = actuals.find((a) => a.date >= '2026-01-01' && a.date <= '2026-06-30');
    const narrative = (
      (await server.send('GET', `/api/narratives?period=${PERIOD}`)).body as {
        id: string;
        version: number;
      }[]
    )[0]!;
    const settings = (await server.send('GET', '/api/settings')).body[0];
    const attempts: [string, string, string, unknown, string?][] = [
      [
        'a target of the period',
        'PATCH',
        '/api/indicators/IND-01',
        {
          version: indicator.version,
          targets: [
            ...indicator.targets.filter((t: { period: string }) => t.period !== '2026-Q1'),
            { period: '2026-Q1', value: 7 },
          ],
        },
      ],
      [
        'a new actual dated in it',
        'POST',
        '/api/actuals',
        { indicator: 'IND-01', date: '2026-05-05', value: 3 },
      ],
      [
        'a narrative of it',
        'PATCH',
        `/api/narratives/${narrative.id}`,
        { version: narrative.version, text: 'Changed.' },
      ],
      [
        'a new narrative of it',
        'POST',
        '/api/narratives',
        {
          indicator: 'IND-02',
          goal: null,
          period: PERIOD,
          text: 'x',
          author: 'x',
          updated: server.today,
        },
      ],
      [
        'an activity ending in it',
        'PATCH',
        `/api/activities/${activity.id}`,
        { version: activity.version, title: 'Renamed' },
      ],
      [
        'an activity moved out of it',
        'PATCH',
        `/api/activities/${activity.id}`,
        { version: activity.version, startDate: '2026-08-02', endDate: '2026-08-04' },
      ],
      [
        'an activity moved into it',
        'PATCH',
        '/api/activities/act-0001',
        {
          version: (await server.send('GET', '/api/activities/act-0001')).body.version,
          endDate: '2026-02-02',
          startDate: '2026-02-01',
        },
      ],
      [
        'an activity of it deleted',
        'DELETE',
        `/api/activities/${activity.id}`,
        undefined,
        String(activity.version),
      ],
      [
        'the first month of the year',
        'PATCH',
        '/api/settings/app',
        { version: settings.version, yearStartMonth: 7 },
      ],
    ];
    if (inPeriod)
      attempts.push([
        'an actual dated in it',
        'PATCH',
        `/api/actuals/${inPeriod.id}`,
        { version: inPeriod.version, value: inPeriod.value + 1 },
      ]);
    for (const [what, method, path, body, ifMatch] of attempts) {
      const client = path.startsWith('/api/settings') ? await server.as('admin') : undefined;
      const answer = await server.send(method, path, body, {
        ...(client ? { client } : {}),
        ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}),
      });
      assert.equal(answer.status, 423, `${what}: ${answer.text}`);
      assert.equal(answer.body.code, 'period-locked', what);
      // Settings would move every held period: the refusal names one of them.
      if (!path.startsWith('/api/settings')) assert.equal(answer.body.params.period, PERIOD, what);
    }
    const bulk = await server.send('POST', '/api/activities/bulk', {
      records: [{ id: activity.id, version: activity.version }],
      add: { goals: ['SG2'] },
    });
    assert.equal(bulk.status, 200);
    assert.equal(bulk.body.outcomes[0].reason, 'locked');
    assert.equal(await server.storedText(), before);
  });

  test('approval freezes the brief; reopening needs a reason, is audited, and unlocks', async () => {
    const approved = await move(PERIOD, 'approve', 'co-chair', { meeting: null });
    assert.equal(approved.status, 200, approved.text);
    const briefId = approved.body.approvals.at(-1).brief;
    const frozen = (await server.send('GET', `/api/briefs/${briefId}`)).body;
    assert.equal(frozen.period, PERIOD);
    assert.equal(frozen.approvedBy, 'cochair');
    assert.ok(frozen.brief.results.length > 0);
    assert.equal(frozen.brief.interval.current.start, '2026-01-01');

    const noReason = await move(PERIOD, 'reopen', 'administrator', { reason: '  ' });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.problems[0].field, 'reason');
    const reopened = await move(PERIOD, 'reopen', 'administrator');
    assert.equal(reopened.status, 200);
    const entry = (
      await server.send('GET', `/api/audit?collection=rounds&id=${idOf(PERIOD)}`, undefined, {
        client: await server.as('admin'),
      })
    ).body.at(-1);
    assert.equal(entry.who, 'admin');
    assert.equal(entry.reason, (BODIES.reopen as { reason: string }).reason);

    const changed = await server.send('PATCH', `/api/activities/${activity.id}`, {
      version: activity.version,
      title: 'Renamed after reopening',
    });
    assert.equal(changed.status, 200, changed.text);
    // The approved brief is not recomputed.
    assert.deepEqual((await server.send('GET', `/api/briefs/${briefId}`)).body, frozen);
    const written = await server.send('POST', '/api/briefs', {});
    assert.equal(written.status, 405);
    assert.equal(written.body.code, 'round-by-transition');
  });
});
