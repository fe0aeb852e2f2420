/**
 * What the API refuses, and how: hostile ids and text, impossible periods and references,
 * writes in other encodings, query operators that crash or stall json-server, foreign hosts,
 * JSONP, the database dump — and the headers and static-file answers every response gets.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startTestServer, TestServer, validActivity, validNarrative } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const send = (
  method: string,
  path: string,
  body?: unknown,
  options?: Parameters<TestServer['send']>[3],
) => server.send(method, path, body, options);

const seed = () => server.stored();
const narrative = validNarrative;

/** Asserts a refusal: the status, a JSON message, and no stack trace or server path in it. */
function refused(answer: { status: number; body: unknown; text: string }, status: number) {
  assert.equal(answer.status, status, answer.text);
  const body = answer.body as { message?: unknown } | null;
  assert.equal(typeof body?.message, 'string', `no JSON message: ${answer.text}`);
  assert.doesNotMatch(answer.text, /\bat \S+ \(|node_modules|\/work\/|\.js:\d+/);
}

describe('writes that are refused leave the file as it was', () => {
  let before = '';
  test('record the file', async () => {
    before = await server.storedText();
  });

  test('settings is one record that can only be updated', async () => {
    const settings = (await seed())['settings']![0]!;
    const admin = { client: await server.as('admin') };
    refused(await send('POST', '/api/settings', { ...settings, id: 'second' }, admin), 405);
    refused(await send('DELETE', '/api/settings/app', undefined, admin), 405);
    refused(
      await send('PUT', '/api/settings/app', { ...settings, currentFramework: 'SP1999' }, admin),
      400,
    );
    refused(
      await send(
        'PUT',
        '/api/settings/app',
        {
          ...settings,
          currentFramework: '<img src=x onerror=alert(1)>',
        },
        admin,
      ),
      400,
    );
  });

  test('ids must be safe in a URL path', async () => {
    for (const id of ['a/b', '?x=1', '#frag', '..', '%2e%2e', ' ', 'café 1', '\u202eevil', '-x']) {
      refused(await send('POST', '/api/activities', { ...validActivity(), id }), 400);
      refused(await send('POST', '/api/narratives', narrative({ id })), 400);
    }
  });

  test('periods must exist and references must resolve', async () => {
    for (const period of ['2019-13', '2019-00', '2019-99', '19', '2019-H3', '2019-Q5'])
      refused(await send('POST', '/api/narratives', narrative({ period })), 400);
    const indicator = (await seed())['indicators']![0]!;
    refused(
      await send('PUT', `/api/indicators/${indicator['id']}`, {
        ...indicator,
        framework: 'SP1999',
      }),
      400,
    );
    refused(
      await send('POST', '/api/actuals', { indicator: 'IND-99', date: '2020-01-01', value: 1 }),
      400,
    );
  });

  test('the text policy holds in every text field', async () => {
    const indicator = (await seed())['indicators']![0]!;
    const bad = [
      'C1\u0085control',
      'lone \ud800 surrogate',
      'trailing \udc00 half',
      'bidi \u202e override',
      'isolate \u2066 x',
      'nul \u0000',
    ];
    for (const text of bad) {
      refused(await send('POST', '/api/activities', { ...validActivity(), title: text }), 400);
      refused(await send('POST', '/api/activities', { ...validActivity(), notes: text }), 400);
      refused(await send('POST', '/api/narratives', narrative({ text })), 400);
      refused(
        await send('PUT', `/api/indicators/${indicator['id']}`, { ...indicator, definition: text }),
        400,
      );
    }
    for (const code of ['<script>', 'IND\u0000', 'a b'])
      refused(await send('PUT', `/api/indicators/${indicator['id']}`, { ...indicator, code }), 400);
    refused(
      await send('PUT', `/api/indicators/${indicator['id']}`, {
        ...indicator,
        name: '<img src=x onerror=window.__xss=1>Capacity',
      }),
      400,
    );
  });

  test('writes are JSON only: form-encoded, text and untyped bodies get 415', async () => {
    const path = '/api/settings/app';
    const admin = await server.as('admin');
    const form = 'yearStartMonth=99&onTrackThreshold=lots';
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data']) {
      refused(
        await send('PATCH', path, undefined, {
          raw: form,
          headers: { 'content-type': type },
          client: admin,
        }),
        415,
      );
      refused(
        await send('PUT', '/api/narratives/nar-1', undefined, {
          raw: form,
          headers: { 'content-type': type },
        }),
        415,
      );
    }
    const untyped = await fetch(server.base + path, {
      method: 'PATCH',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: new Uint8Array([123, 125]),
    });
    assert.equal(untyped.status, 415);
  });

  test('method override is ignored', async () => {
    const answer = await send('POST', '/api/activities/act-0001', validActivity(), {
      headers: { 'x-http-method-override': 'DELETE' },
    });
    refused(answer, 405);
    assert.ok((await seed())['activities']!.some((a) => a['id'] === 'act-0001'));
  });

  test('the file is byte-identical after all of the above', async () => {
    assert.equal(await server.storedText(), before);
  });
});

describe('a created record', () => {
  test('is addressed by a path, not by the Host it was asked under', async () => {
    const answer = await send('POST', '/api/narratives', narrative({ period: '2019-07' }));
    assert.equal(answer.status, 201);
    assert.equal(answer.headers.get('location'), `/api/narratives/${answer.body.id}`);
  });

  test('can be edited and deleted by the rules of its collection', async () => {
    const created = (await send('POST', '/api/narratives', narrative({ id: 'nar_safe-1' }))).body;
    const edited = await send('PUT', `/api/narratives/${created.id}`, {
      ...created,
      text: 'Updated.',
    });
    assert.equal(edited.status, 200);
    // A delete says which version it removes.
    assert.equal((await send('DELETE', `/api/narratives/${created.id}`)).status, 428);
    const deleted = await send('DELETE', `/api/narratives/${created.id}`, undefined, {
      headers: { 'if-match': String(edited.body.version) },
    });
    assert.equal(deleted.status, 200);
  });
});

describe('reads', () => {
  test('unknown collections and the database dump answer 404 with a message', async () => {
    refused(await send('GET', '/api/db'), 404);
    refused(await send('GET', '/api/unicorns'), 404);
    refused(await send('GET', '/api/activities/act-9999'), 404);
    refused(await send('GET', '/api/goals/SG1/activities'), 404);
  });

  test('JSONP is off', async () => {
    const answer = await send('GET', '/api/goals?callback=steal');
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type') ?? '', /application\/json/);
    assert.ok(answer.text.startsWith('['));
  });

  test('query operators that would crash json-server are refused with JSON', async () => {
    for (const query of [
      '/api/actuals?_expand=indicator',
      '/api/activities?_expand=goal',
      '/api/activities?_embed=actuals',
      '/api/activities?_sort[]=a',
      '/api/activities?_order[]=a',
      '/api/activities?_sort=title&_order=sideways',
      '/api/activities?_page=first',
      '/api/activities?title[a]=b',
    ])
      refused(await send('GET', query), 400);
  });

  test('_like matches text literally: no regular expression runs, none can stall the server', async () => {
    const bracket = await send('GET', '/api/activities?title_like=%5B');
    assert.equal(bracket.status, 200);
    assert.deepEqual(bracket.body, []);
    const started = Date.now();
    const evil = await send(
      'GET',
      `/api/activities?title_like=${encodeURIComponent('^(\\w+\\s?){1,13}!')}`,
    );
    assert.equal(evil.status, 200);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    const plain = await send('GET', '/api/activities?title_like=workshop');
    assert.ok(plain.body.length > 0);
    const script = await send(
      'GET',
      `/api/activities?title_like=${encodeURIComponent('<img src=x onerror=alert(1)>[')}`,
    );
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /application\/json/);
  });

  test('_delay is ignored', async () => {
    const started = Date.now();
    assert.equal((await send('GET', '/api/goals?_delay=8000')).status, 200);
    assert.ok(Date.now() - started < 2000);
  });
});

describe('every response', () => {
  test('carries the security headers', async () => {
    for (const path of ['/api/goals', '/', '/overview']) {
      const headers = (await send('GET', path)).headers;
      const csp = headers.get('content-security-policy') ?? '';
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-eval/, path);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      assert.ok(headers.get('referrer-policy'), path);
    }
  });

  test('a request for another host name is refused (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${server.base}/api/activities`,
        { headers: { host: 'evil.example:80' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 421);
  });
});

describe('static files', () => {
  test('missing files and dotfiles are 404, deep links get the app', async () => {
    for (const path of [
      '/nope.js',
      '/nope.css',
      '/main.js.map',
      '/logo.png',
      '/.env',
      '/.git/config',
    ])
      assert.equal((await fetch(server.base + path)).status, 404, path);
    assert.equal((await fetch(`${server.base}/main-ABCD1234.js`)).status, 200);
    const deep = await fetch(`${server.base}/activities/act-0001/edit`);
    assert.equal(deep.status, 200);
    assert.match(await deep.text(), /<title>app<\/title>/);
  });
});
