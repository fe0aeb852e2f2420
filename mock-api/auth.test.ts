/**
 * Sign-in and roles, enforced by the API: every role × every write on every collection, no
 * session, cookie flags, CSRF, rate limits, administration, and no password hash in any answer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { canWrite, type Role } from '../src/app/domain/users';
import { createApi } from './app';
import { DELAY_STEP_MS, FREE_ATTEMPTS } from './auth';
import {
  changePassword,
  scratchStore,
  type Client,
  send,
  signIn,
  startTestServer,
  TestServer,
  validActivity,
  validNarrative,
} from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const ROLE_OF: Record<string, Role> = {
  comanager: 'co-manager',
  cochair: 'co-chair',
  wgmember: 'wg-member',
  admin: 'administrator',
};

interface Write {
  collection: string;
  method: string;
  /** Builds a request that the API accepts from a role allowed to make it. */
  build(): Promise<{ path: string; body?: unknown; headers?: Record<string, string> }>;
  /** What an allowed role gets: 2xx, or the collection's own refusal (read-only, singleton…). */
  allowed: number;
}

const seed = () => server.stored();
let fresh = 0;
const newId = (prefix: string) => `test-${prefix}-${++fresh}`;
const created = async (collection: string, body: object) => {
  const answer = await server.send('POST', `/api/${collection}`, body);
  assert.equal(answer.status, 201, answer.text);
  return answer.body;
};
const narrative = () => validNarrative({ id: newId('nar') });
// 2019 has closed, so an actual dated in it needs a reason.
const actual = () => ({
  id: newId('act'),
  indicator: 'IND-09',
  date: '2019-05-01',
  value: 2,
  reason: 'Late report from the 2019 meeting.',
});

const WRITES: Write[] = [
  {
    collection: 'activities',
    method: 'POST',
    allowed: 201,
    build: async () => ({ path: '/api/activities', body: validActivity() }),
  },
  {
    collection: 'activities',
    method: 'PUT',
    allowed: 200,
    build: async () => {
      const a = await created('activities', validActivity());
      return { path: `/api/activities/${a.id}`, body: { ...a, title: 'Edited' } };
    },
  },
  {
    collection: 'activities',
    method: 'DELETE',
    allowed: 200,
    build: async () => {
      const a = await created('activities', validActivity());
      return { path: `/api/activities/${a.id}`, headers: { 'if-match': String(a.version) } };
    },
  },
  {
    collection: 'indicators',
    method: 'PUT',
    allowed: 200,
    build: async () => {
      const i = (await seed())['indicators']![0]!;
      return { path: `/api/indicators/${i.id}`, body: { ...i, responsible: 'Co-managers' } };
    },
  },
  {
    collection: 'actuals',
    method: 'POST',
    allowed: 201,
    build: async () => ({ path: '/api/actuals', body: actual() }),
  },
  {
    collection: 'actuals',
    method: 'DELETE',
    allowed: 200,
    build: async () => {
      const a = await created('actuals', actual());
      return {
        path: `/api/actuals/${a.id}?reason=Entered%20twice`,
        headers: { 'if-match': String(a.version) },
      };
    },
  },
  {
    collection: 'narratives',
    method: 'POST',
    allowed: 201,
    build: async () => ({ path: '/api/narratives', body: narrative() }),
  },
  {
    collection: 'narratives',
    method: 'PUT',
    allowed: 200,
    build: async () => {
      const n = await created('narratives', narrative());
      return { path: `/api/narratives/${n.id}`, body: { ...n, text: 'Explained again.' } };
    },
  },
  {
    collection: 'settings',
    method: 'PUT',
    allowed: 200,
    build: async () => ({ path: '/api/settings/app', body: (await seed())['settings']![0] }),
  },
  {
    collection: 'users',
    method: 'POST',
    allowed: 201,
    build: async () => ({
      path: '/api/users',
      body: {
        username: newId('user'),
        name: 'New colleague',
        role: 'co-chair',
        workingGroup: null,
        password: 'a-long-enough-password',
      },
    }),
  },
  {
    collection: 'goals',
    method: 'POST',
    allowed: 405,
    build: async () => ({
      path: '/api/goals',
      body: { id: 'SG9', code: 'SG9', title: 'x', statement: '', framework: 'SP2018' },
    }),
  },
  {
    collection: 'members',
    method: 'DELETE',
    allowed: 405,
    build: async () => ({ path: '/api/members/AUS' }),
  },
  {
    collection: 'meetings',
    method: 'POST',
    allowed: 201,
    build: async () => ({
      path: '/api/meetings',
      body: {
        id: newId('m'),
        name: 'x',
        shortName: 'x',
        kind: 'other',
        date: '2026-01-01',
        place: '',
      },
    }),
  },
  {
    collection: 'meetings',
    method: 'PUT',
    allowed: 200,
    build: async () => {
      const m = (await seed())['meetings']![0]!;
      return { path: `/api/meetings/${m.id}`, body: { ...m, place: 'Bali' } };
    },
  },
  {
    collection: 'frameworks',
    method: 'POST',
    allowed: 201,
    build: async () => ({
      path: '/api/frameworks',
      body: { id: newId('fw'), name: 'Next plan', start: '2027-01-01', end: '2029-12-31' },
    }),
  },
  {
    collection: 'narratives',
    method: 'DELETE',
    allowed: 200,
    build: async () => {
      const n = await created('narratives', narrative());
      return { path: `/api/narratives/${n.id}`, headers: { 'if-match': String(n.version) } };
    },
  },
  // The audit trail is written only by the writes it records: no role may write it.
  {
    collection: 'audit',
    method: 'POST',
    allowed: 405,
    build: async () => ({
      path: '/api/audit',
      body: {
        seq: 1,
        at: '',
        who: 'x',
        collection: 'x',
        id: 'x',
        before: null,
        after: null,
        reason: null,
      },
    }),
  },
  {
    collection: 'audit',
    method: 'DELETE',
    allowed: 405,
    build: async () => ({ path: '/api/audit/x' }),
  },
];

describe('who may write what', () => {
  for (const username of [...Object.keys(ROLE_OF), 'nobody']) {
    const role = ROLE_OF[username];
    test(`${role ?? 'no session'}: every write on every collection`, async () => {
      const client: Client | null = role ? await server.as(username) : null;
      for (const write of WRITES) {
        const request = await write.build();
        const before = await server.storedText();
        const answer = await send(server.base, write.method, request.path, request.body, {
          client,
          headers: request.headers,
        });
        const expected = !role ? 401 : canWrite(role, write.collection) ? write.allowed : 403;
        const what = `${role ?? 'anonymous'} ${write.method} ${request.path}`;
        assert.equal(answer.status, expected, `${what}: ${answer.text}`);
        if (expected >= 400) {
          assert.equal(typeof answer.body?.message, 'string', what);
          assert.equal(await server.storedText(), before, `${what} changed the data file`);
        }
      }
    });
  }

  test('no session: every read answers 401 too, except the sign-in', async () => {
    for (const path of [
      '/api/activities',
      '/api/reference',
      '/api/goals',
      '/api/users',
      '/api/settings/app',
    ]) {
      const answer = await send(server.base, 'GET', path, undefined, { client: null });
      assert.equal(answer.status, 401, path);
    }
    const signInPage = await send(server.base, 'GET', '/api/session', undefined, { client: null });
    assert.equal(signInPage.status, 401);
    assert.ok(signInPage.body.demoUsers.length === 4, 'the demonstration users are listed');
  });
});

describe('sessions', () => {
  test('the session cookie is HttpOnly, SameSite=Strict, with an expiry', async () => {
    const response = await fetch(`${server.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'cochair', password: 'cochair-demo' }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^rso\.sid=/);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    assert.match(cookie, /Expires=|Max-Age=/i);
    assert.match(cookie, /Path=\//);
  });

  test('a write without the CSRF token, or with a wrong one, is refused and changes nothing', async () => {
    const { cookie } = await server.as('comanager');
    const before = await server.storedText();
    for (const token of [undefined, 'not-the-token']) {
      const answer = await send(server.base, 'POST', '/api/activities', validActivity(), {
        client: null,
        headers: { cookie, ...(token ? { 'x-csrf-token': token } : {}) },
      });
      assert.equal(answer.status, 403, answer.text);
      assert.match(answer.body.message, /security token/);
    }
    assert.equal(await server.storedText(), before);
  });

  test('one generic message for a wrong name or a wrong password', async () => {
    const wrong = async (username: string, password: string) =>
      send(server.base, 'POST', '/api/session', { username, password }, { client: null });
    const [noUser, badPassword] = [
      await wrong('nobody', 'whatever'),
      await wrong('cochair', 'nope'),
    ];
    assert.equal(noUser.status, 401);
    assert.equal(badPassword.status, 401);
    assert.equal(noUser.body.message, badPassword.body.message);
  });

  test('each user chooses their language: kept on the account, audited, refused when unknown', async () => {
    const client = await signIn(server.base, 'wgmember');
    const before = await send(server.base, 'GET', '/api/session', undefined, { client });
    assert.equal(before.body.user.language, null);
    const unknown = await send(
      server.base,
      'PATCH',
      '/api/session',
      { language: 'fr' },
      { client },
    );
    assert.equal(unknown.status, 400, unknown.text);
    assert.equal(unknown.body.code, 'language-not-changed');
    assert.equal(unknown.body.problems[0].field, 'language');
    const chosen = await send(server.base, 'PATCH', '/api/session', { language: 'id' }, { client });
    assert.equal(chosen.status, 200, chosen.text);
    assert.equal(chosen.body.user.language, 'id');
    // Another browser, a new session: the choice follows the account.
    const elsewhere = await signIn(server.base, 'wgmember');
    const again = await send(server.base, 'GET', '/api/session', undefined, { client: elsewhere });
    assert.equal(again.body.user.language, 'id');
    // The session that chose goes on: a language is not a credential.
    assert.equal((await send(server.base, 'GET', '/api/goals', undefined, { client })).status, 200);
    const audit = (await server.stored())['audit'] ?? [];
    const last = audit.at(-1) as { collection: string; after: { language?: string } } | undefined;
    assert.equal(last?.collection, 'users');
    assert.equal(last?.after.language, 'id');
    await send(server.base, 'PATCH', '/api/session', { language: 'en' }, { client });
  });

  test("refusals carry a code and parameters the app writes in its reader's language", async () => {
    const anonymous = await send(server.base, 'GET', '/api/goals', undefined, { client: null });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'session-ended');
    const missing = await server.send('GET', '/api/nowhere');
    assert.equal(missing.body.code, 'no-such-collection');
    assert.deepEqual(missing.body.params, { collection: 'nowhere' });
    const invalid = await server.send('POST', '/api/activities', { ...validActivity(), title: '' });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.code, 'record-not-valid');
    assert.deepEqual(invalid.body.params, { collection: 'activities' });
    assert.ok(invalid.body.problems.every((p: { code?: unknown }) => typeof p.code === 'string'));
  });

  test('sign-out ends the session', async () => {
    const client = await signIn(server.base, 'cochair');
    assert.equal((await send(server.base, 'GET', '/api/goals', undefined, { client })).status, 200);
    assert.equal(
      (await send(server.base, 'DELETE', '/api/session', undefined, { client })).status,
      204,
    );
    assert.equal((await send(server.base, 'GET', '/api/goals', undefined, { client })).status, 401);
  });

  test('no answer ever contains a password hash', async () => {
    const admin = await server.as('admin');
    const bodies = [];
    for (const path of [
      '/api/users',
      '/api/session',
      '/api/reference',
      '/api/activities',
      '/api/users/admin',
    ])
      bodies.push((await send(server.base, 'GET', path, undefined, { client: admin })).text);
    bodies.push(
      (
        await send(
          server.base,
          'POST',
          '/api/users',
          {
            username: newId('hash'),
            name: 'Hash check',
            role: 'co-chair',
            workingGroup: null,
            password: 'a-long-enough-password',
          },
          { client: admin },
        )
      ).text,
    );
    for (const body of bodies) {
      assert.doesNotMatch(body, /passwordHash/);
      assert.doesNotMatch(body, /\$2[aby]\$\d\d\$/);
    }
  });
});

describe('administration', () => {
  test('an administrator adds, disables and re-enables users and sets roles', async () => {
    const admin = { client: await server.as('admin') };
    const user = (
      await server.send(
        'POST',
        '/api/users',
        {
          username: 'newchair',
          name: 'New co-chair',
          role: 'co-chair',
          workingGroup: null,
          password: 'sturdy-lantern-meadow',
        },
        admin,
      )
    ).body;
    // The administrator chose that password: its owner replaces it before anything else.
    const first = await signIn(server.base, 'newchair', 'sturdy-lantern-meadow');
    const changed = await changePassword(
      server.base,
      first,
      'sturdy-lantern-meadow',
      'quiet-harbour-compass',
    );
    assert.equal(changed.status, 200, changed.text);
    const session = first;
    const disabled = await server.send(
      'PATCH',
      `/api/users/${user.id}`,
      { disabled: true, version: changed.body.user.version },
      admin,
    );
    assert.equal(disabled.status, 200, disabled.text);
    // A disabled user's session ends, and they cannot sign in again.
    assert.equal(
      (await send(server.base, 'GET', '/api/goals', undefined, { client: session })).status,
      401,
    );
    await assert.rejects(signIn(server.base, 'newchair', 'quiet-harbour-compass'));
    const enabled = await server.send(
      'PATCH',
      `/api/users/${user.id}`,
      { disabled: false, role: 'co-manager', version: disabled.body.version },
      admin,
    );
    assert.equal(enabled.body.role, 'co-manager');
    const back = await signIn(server.base, 'newchair', 'quiet-harbour-compass');
    assert.equal(
      (await send(server.base, 'POST', '/api/narratives', narrative(), { client: back })).status,
      201,
    );
  });

  test('an administrator resets a password and moves a working-group member to another group', async () => {
    const admin = { client: await server.as('admin') };
    const list = (await server.send('GET', '/api/users', undefined, admin)).body;
    const member = list.find((u: { id: string }) => u.id === 'wgmember');
    const changed = await server.send(
      'PATCH',
      '/api/users/wgmember',
      { password: 'a-brand-new-password', workingGroup: 'WGDCN', version: member.version },
      admin,
    );
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.workingGroup, 'WGDCN');
    await assert.rejects(signIn(server.base, 'wgmember'));
    const session = await signIn(server.base, 'wgmember', 'a-brand-new-password');
    const me = await send(server.base, 'GET', '/api/session', undefined, { client: session });
    assert.equal(me.body.user.workingGroup, 'WGDCN');
    // The administrator knows the new password: nothing else is served until its owner changes it.
    assert.equal(me.body.user.mustChangePassword, true);
    const held = await send(server.base, 'GET', '/api/goals', undefined, { client: session });
    assert.equal(held.status, 403);
    assert.equal(held.body.code, 'password-change-required');
    const tooShort = await server.send(
      'PATCH',
      '/api/users/wgmember',
      { password: 'short', version: changed.body.version },
      admin,
    );
    assert.equal(tooShort.status, 400);
    assert.equal(tooShort.body.problems[0].field, 'password');
  });

  test('the last administrator cannot be disabled or given another role', async () => {
    const admin = { client: await server.as('admin') };
    const me = await server.send('GET', '/api/users/admin', undefined, admin);
    const list = (await server.send('GET', '/api/users', undefined, admin)).body;
    const current = list.find((u: { id: string }) => u.id === 'admin');
    for (const change of [{ disabled: true }, { role: 'co-chair' }]) {
      const answer = await server.send(
        'PATCH',
        '/api/users/admin',
        { ...change, version: current.version },
        admin,
      );
      assert.equal(answer.status, 409, answer.text);
      assert.match(answer.body.message, /last administrator/);
    }
    assert.equal(me.status, 405);
  });

  test('only an administrator manages users', async () => {
    const answer = await server.send('GET', '/api/users');
    assert.equal(answer.status, 403);
  });
});

describe('sign-in is rate-limited', () => {
  test('per account: failures slow the next attempts down, and none is refused', async () => {
    const fresh = await startTestServer();
    try {
      const attempt = (password: string) =>
        send(
          fresh.base,
          'POST',
          '/api/session',
          { username: 'cochair', password },
          { client: null },
        );
      for (let i = 0; i < FREE_ATTEMPTS; i++) assert.equal((await attempt('wrong')).status, 401);
      // Past the free attempts, each failure makes the next wait longer: a lower bound only.
      const started = Date.now();
      assert.equal((await attempt('wrong')).status, 401);
      assert.equal((await attempt('wrong')).status, 401);
      assert.ok(Date.now() - started >= DELAY_STEP_MS * 3 - 50, `${Date.now() - started} ms`);
      // The right password waits like anyone else, and then signs in.
      assert.equal((await attempt('cochair-demo')).status, 200);
    } finally {
      await fresh.close();
    }
  });

  test('per address: failures on many accounts add up', async () => {
    const fresh = await startTestServer();
    try {
      for (let i = 0; i < 10; i++) {
        const answer = await send(
          fresh.base,
          'POST',
          '/api/session',
          { username: `guess${i}`, password: 'x' },
          { client: null },
        );
        assert.equal(answer.status, 401);
      }
      const next = await send(
        fresh.base,
        'POST',
        '/api/session',
        { username: 'admin', password: 'admin-demo' },
        { client: null },
      );
      assert.equal(next.status, 429);
    } finally {
      await fresh.close();
    }
  });
});

describe('first start without demonstration data', () => {
  const realData = () => {
    const data = JSON.parse(readFileSync('mock-api/db.seed.json', 'utf8'));
    data.settings[0].demoData = false;
    data.users = [];
    return JSON.stringify(data);
  };

  test('needs the administrator password: there is no default', async () => {
    const scratch = await scratchStore(mkdtempSync(join(tmpdir(), 'rso-real-')), realData());
    try {
      await assert.rejects(createApi({ store: scratch.store }), /ADMIN_PASSWORD/);
    } finally {
      await scratch.close();
    }
  });

  test('creates the administrator with the password given, and no demonstration users', async () => {
    const scratch = await scratchStore(mkdtempSync(join(tmpdir(), 'rso-real-')), realData());
    try {
      await createApi({ store: scratch.store, adminPassword: 'a-chosen-password' });
      const users = (await scratch.store.snapshot())['users']!;
      assert.deepEqual(
        users.map((u) => [u['username'], u['role']]),
        [['admin', 'administrator']],
      );
    } finally {
      await scratch.close();
    }
  });
});
