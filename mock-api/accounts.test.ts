/**
 * Accounts, second round: user administration audited (administrators alone read those
 * entries), sessions that end with their user's credentials and after an absolute lifetime, no
 * lock-out by strangers, a password policy, self-service changes (forced after a reset), every
 * author from the session, markup refused in free text, and JSON refusals outside the API.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { SESSION_DAYS } from './auth';
import { passwordRefusal } from './password-policy';
import {
  changePassword,
  send,
  signIn,
  startTestServer,
  validActivity,
  validNarrative,
  type Answer,
  type Client,
  type TestServer,
} from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const asAdmin = async () => ({ client: await server.as('admin') });
const fileUsers = async () => (await server.stored())['users'] as Record<string, unknown>[];
const userEntries = async () =>
  ((await server.stored())['audit'] as Record<string, unknown>[]).filter(
    (e) => e['collection'] === 'users',
  );

/** A user added by the administrator, who then chose their own password. */
async function newUser(username: string, role = 'co-manager'): Promise<Client> {
  const added = await server.send(
    'POST',
    '/api/users',
    {
      username,
      name: `Person ${username}`,
      role,
      workingGroup: null,
      password: 'given-by-admin-42',
    },
    await asAdmin(),
  );
  assert.equal(added.status, 201, added.text);
  const first = await signIn(server.base, username, 'given-by-admin-42');
  const changed = await changePassword(
    server.base,
    first,
    'given-by-admin-42',
    'orchard-violet-signal',
  );
  assert.equal(changed.status, 200, changed.text);
  return first;
}

const read = (client: Client, path = '/api/goals') =>
  send(server.base, 'GET', path, undefined, { client });

describe('user administration is audited', () => {
  test('every accepted write leaves one entry, in the same file write, without a hash', async () => {
    const before = (await userEntries()).length;
    await newUser('audited1');
    const admin = await asAdmin();
    const user = (await fileUsers()).find((u) => u['id'] === 'audited1')!;
    const role = await server.send(
      'PATCH',
      '/api/users/audited1',
      { role: 'co-chair', version: user['version'] },
      admin,
    );
    const reset = await server.send(
      'PATCH',
      '/api/users/audited1',
      { password: 'meadow-copper-tide', version: role.body.version },
      admin,
    );
    const disabled = await server.send(
      'PATCH',
      '/api/users/audited1',
      { disabled: true, version: reset.body.version },
      admin,
    );
    assert.equal(disabled.status, 200, disabled.text);
    const entries = (await userEntries()).slice(before);
    // Created, own password chosen, role, reset, disabled.
    assert.deepEqual(
      entries.map((e) => e['who']),
      ['admin', 'audited1', 'admin', 'admin', 'admin'],
    );
    assert.equal((entries[2]!['after'] as Record<string, unknown>)['role'], 'co-chair');
    assert.equal((entries[4]!['after'] as Record<string, unknown>)['disabled'], true);
    assert.doesNotMatch(JSON.stringify(entries), /passwordHash|\$2[aby]\$/);
  });

  test('administrators read the entries about users; everyone else reads the rest', async () => {
    await newUser('audited2');
    const admin = await server.send('GET', '/api/audit', undefined, await asAdmin());
    assert.ok(admin.body.some((e: { collection: string }) => e.collection === 'users'));
    for (const role of ['comanager', 'cochair', 'wgmember']) {
      const client = await server.as(role);
      for (const path of ['/api/audit', '/api/audit?collection=users', '/api/audit?_sort=seq']) {
        const answer = await read(client, path);
        assert.equal(answer.status, 200, `${role} ${path}`);
        assert.ok(
          !answer.body.some((e: { collection: string }) => e.collection === 'users'),
          `${role} ${path}`,
        );
      }
    }
  });
});

describe('sessions end with their user’s credentials', () => {
  for (const [name, change] of [
    ['a password reset', { password: 'lantern-quarry-ember' }],
    ['a role change', { role: 'co-chair' }],
    ['disabling', { disabled: true }],
  ] as const) {
    test(`${name} ends the user's sessions at once`, async () => {
      const username = `ends${name.length}`;
      const session = await newUser(username);
      assert.equal((await read(session)).status, 200);
      const user = (await fileUsers()).find((u) => u['id'] === username)!;
      const answer = await server.send(
        'PATCH',
        `/api/users/${username}`,
        { ...change, version: user['version'] },
        await asAdmin(),
      );
      assert.equal(answer.status, 200, answer.text);
      assert.equal((await read(session)).status, 401);
    });
  }

  test('a user’s own change ends their other sessions, not this one', async () => {
    const here = await newUser('selfchange');
    const elsewhere = await signIn(server.base, 'selfchange', 'orchard-violet-signal');
    const changed = await changePassword(
      server.base,
      here,
      'orchard-violet-signal',
      'granite-willow-beacon',
    );
    assert.equal(changed.status, 200, changed.text);
    assert.equal((await read(here)).status, 200);
    assert.equal((await read(elsewhere)).status, 401);
    const wrong = await changePassword(
      server.base,
      here,
      'not-the-password',
      'summit-falcon-river',
    );
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.problems[0].field, 'current');
  });

  test('after an administrator’s reset, nothing is served until the user chooses a password', async () => {
    await newUser('forced');
    const user = (await fileUsers()).find((u) => u['id'] === 'forced')!;
    await server.send(
      'PATCH',
      '/api/users/forced',
      { password: 'temporary-harbor-77', version: user['version'] },
      await asAdmin(),
    );
    const session = await signIn(server.base, 'forced', 'temporary-harbor-77');
    const held = await read(session);
    assert.equal(held.status, 403);
    assert.equal(held.body.code, 'password-change-required');
    const me = await read(session, '/api/session');
    assert.equal(me.body.user.mustChangePassword, true);
    const changed = await changePassword(
      server.base,
      session,
      'temporary-harbor-77',
      'cobalt-prairie-lark',
    );
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.user.mustChangePassword, false);
    assert.equal((await read(session)).status, 200);
  });

  test(`a session ends ${SESSION_DAYS} days after sign-in, however busy`, async () => {
    const session = await signIn(server.base, 'cochair');
    const realNow = Date.now;
    try {
      let offset = 0;
      Date.now = () => realNow() + offset;
      // A request every seven hours keeps the 8-hour idle limit at bay…
      for (; offset < (SESSION_DAYS * 24 - 7) * 3600_000; offset += 7 * 3600_000)
        assert.equal((await read(session)).status, 200, `after ${offset / 3600_000} h`);
      // …but not the absolute lifetime.
      offset = SESSION_DAYS * 24 * 3600_000 + 60_000;
      assert.equal((await read(session)).status, 401);
    } finally {
      Date.now = realNow;
    }
  });
});

/** A sign-in from another loopback address than the tests' usual 127.0.0.1. */
function signInFrom(
  base: string,
  address: string,
  username: string,
  password: string,
): Promise<Answer> {
  const url = new URL('/api/session', base);
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: address,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text ? JSON.parse(text) : null,
            text,
            headers: new Headers(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('no lock-out by strangers', () => {
  test('ten failures from one address do not stop the right password from another', async () => {
    const fresh = await startTestServer();
    try {
      for (let i = 0; i < 10; i++)
        assert.equal(
          (await signInFrom(fresh.base, '127.0.0.2', 'admin', `guess-${i}`)).status,
          401,
        );
      // The stranger's own address is refused from now on…
      assert.equal((await signInFrom(fresh.base, '127.0.0.2', 'admin', 'guess-10')).status, 429);
      // …while the administrator, elsewhere, waits a little and signs in.
      const right = await signInFrom(fresh.base, '127.0.0.1', 'admin', 'admin-demo');
      assert.equal(right.status, 200, right.text);
    } finally {
      await fresh.close();
    }
  });
});

describe('password policy', () => {
  const attempt = async (password: string, username = 'policy1') =>
    server.send(
      'POST',
      '/api/users',
      { username, name: 'Policy Person', role: 'co-chair', workingGroup: null, password },
      await asAdmin(),
    );

  test('weak passwords are refused with a message', async () => {
    for (const weak of [
      '          ',
      'aaaaaaaaaa',
      '1234567890',
      'password12',
      'policy1-password',
    ]) {
      const answer = await attempt(weak);
      assert.equal(answer.status, 400, JSON.stringify(weak));
      assert.equal(answer.body.problems[0].field, 'password');
      assert.match(answer.body.problems[0].message, /easy to guess|user name/);
    }
  });

  test('only the first 72 bytes would count: a longer password is refused, not cut', async () => {
    const long = await attempt('L'.repeat(72) + 'x');
    assert.equal(long.status, 400);
    assert.match(long.body.problems[0].message, /at most 72 bytes/);
    // Bytes, not characters: 25 three-byte letters are 75 bytes.
    assert.equal((await attempt('ก'.repeat(25), 'policy2')).status, 400);
    const exactly72 = 'correct-horse-battery-staple-orchard-violet-signal-granite-willow-beacon';
    assert.equal(exactly72.length, 72);
    assert.equal((await attempt(exactly72, 'policy3')).status, 201);
  });
});

describe('every write’s author comes from the session', () => {
  test('a forged narrative author is replaced by the signed-in user', async () => {
    const answer = await server.send(
      'POST',
      '/api/narratives',
      validNarrative({ period: '2026', author: 'Administrator (demonstration)' }),
    );
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.body.author, 'Co-manager (demonstration)');
  });
});

describe('markup is refused in free text', () => {
  const tag = '<img src=x onerror=alert(1)>';
  const cases: [string, string, () => object][] = [
    ['activities', 'title', () => ({ ...validActivity(), title: tag })],
    ['activities', 'location', () => ({ ...validActivity(), location: tag })],
    ['activities', 'notes', () => ({ ...validActivity(), notes: tag })],
    ['activities', 'partners', () => ({ ...validActivity(), partners: ['IOM', tag] })],
    ['narratives', 'text', () => validNarrative({ period: '2026', text: tag })],
    ['actuals', 'note', () => ({ indicator: 'IND-21', date: server.today, value: 1, note: tag })],
    [
      'actuals',
      'source',
      () => ({ indicator: 'IND-21', date: server.today, value: 1, source: tag }),
    ],
    [
      'meetings',
      'place',
      () => ({ name: 'Meeting', shortName: 'M', kind: 'other', date: '2026-01-01', place: tag }),
    ],
  ];
  for (const [collection, field, body] of cases) {
    test(`${collection}.${field}`, async () => {
      const file = await server.storedText();
      const answer = await server.send('POST', `/api/${collection}`, body());
      assert.equal(answer.status, 400, answer.text);
      assert.ok(
        answer.body.problems.some(
          (p: { field: string; code: string }) => p.field === field && p.code === 'markup',
        ),
        answer.text,
      );
      assert.equal(await server.storedText(), file);
    });
  }

  test('indicator texts, user names and reasons too', async () => {
    const indicator = ((await server.stored())['indicators'] as Record<string, unknown>[])[0]!;
    for (const field of ['definition', 'unit', 'dataSource', 'responsible']) {
      const answer = await server.send('PUT', `/api/indicators/${String(indicator['id'])}`, {
        ...indicator,
        [field]: `<b>${field}</b>`,
      });
      assert.equal(answer.status, 400, field);
    }
    const user = await server.send(
      'POST',
      '/api/users',
      {
        username: 'markup1',
        name: '<script>x</script>',
        role: 'co-chair',
        workingGroup: null,
        password: 'orchard-violet-signal',
      },
      await asAdmin(),
    );
    assert.equal(user.status, 400);
    const reason = await server.send('PUT', `/api/indicators/${String(indicator['id'])}`, {
      ...indicator,
      responsible: 'RSO',
      reason: '<a href=x>why</a>',
    });
    assert.equal(reason.status, 400);
    assert.equal(reason.body.problems[0].field, 'reason');
  });
});

describe('outside the API', () => {
  test('a POST to a page answers with the JSON refusal', async () => {
    for (const path of ['/', '/overview', '/nope.js']) {
      const answer = await server.send('POST', path, {});
      assert.equal(answer.status, 405, path);
      assert.match(answer.headers.get('content-type') ?? '', /json/);
      assert.equal(typeof answer.body.message, 'string');
    }
  });
});

describe('the first administrator’s password', () => {
  test('is held to the same policy, said in one sentence', () => {
    const admin = { username: 'admin', name: 'Administrator' };
    assert.match(passwordRefusal('password12', admin) ?? '', /easy to guess/);
    assert.match(passwordRefusal('short', admin) ?? '', /at least 10 characters/);
    assert.match(passwordRefusal('admin-password-x', admin) ?? '', /user name/);
    assert.equal(passwordRefusal('quiet-harbour-compass', admin), null);
  });
});
