/**
 * Return visits cost nothing: hashed files are kept for a year, index.html and the API are
 * always revalidated, and a browser that accepts Brotli gets the build's Brotli copy.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { startTestServer, TestServer } from './testing';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A raw GET (fetch would decode the body and hide the encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  const url = new URL(path, server.base);
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test('a file with a content hash in its name is kept for a year and never asked for again', async () => {
  const answer = await get('/main-ABCD1234.js');
  assert.equal(answer.status, 200);
  assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
});

test('a browser that accepts Brotli gets the Brotli copy, marked as such and varying by encoding', async () => {
  const answer = await get('/main-ABCD1234.js', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(answer.status, 200);
  assert.equal(answer.headers['content-encoding'], 'br');
  assert.match(String(answer.headers['vary']), /Accept-Encoding/i);
  assert.match(String(answer.headers['content-type']), /javascript/);
  assert.match(brotliDecompressSync(answer.body).toString(), /the dashboard/);
  assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
  // Without Brotli in Accept-Encoding, the plain file.
  const plain = await get('/main-ABCD1234.js', { 'accept-encoding': 'identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.match(plain.body.toString(), /the dashboard/);
});

test('index.html is revalidated on every visit, with a validator', async () => {
  for (const path of ['/', '/overview']) {
    const answer = await get(path);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['cache-control'], 'no-cache', path);
    assert.ok(answer.headers['etag'] || answer.headers['last-modified'], `${path}: no validator`);
  }
});

test('API answers are never reused without asking, and carry an ETag to ask cheaply', async () => {
  const client = await server.as('cochair');
  const first = await get('/api/goals', { cookie: client.cookie });
  assert.equal(first.status, 200);
  assert.equal(first.headers['cache-control'], 'private, no-cache');
  const etag = String(first.headers['etag']);
  assert.ok(etag);
  const again = await get('/api/goals', { cookie: client.cookie, 'if-none-match': etag });
  assert.equal(again.status, 304);
  // Refusals too: a 401 is not cached either.
  assert.equal((await get('/api/goals')).headers['cache-control'], 'private, no-cache');
});

test("a signed-in visitor's page carries the session, kept by no cache, and preloads the data", async () => {
  const client = await server.as('cochair');
  const page = await get('/overview', { cookie: client.cookie });
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], 'private, no-store');
  assert.match(String(page.headers['link']), /<\/api\/reference>; rel=preload/);
  const html = page.body.toString();
  const block = /<script type="application\/json" id="rso-session">(.*?)<\/script>/.exec(html);
  assert.ok(block, html);
  // What the app will load on this screen, named so it comes with the app.
  assert.match(html, /<link rel="modulepreload" href="chunk-OVERVIEW.js"[^>]*><\/head>/);
  assert.doesNotMatch(html, /chunk-INDONESIAN/);
  const session = await server.send('GET', '/api/session', undefined, { client });
  assert.deepEqual(JSON.parse(block[1]!), session.body);
  // Signed out: revalidated, nothing of anyone in it — no user, the demonstration accounts the
  // 401 lists — and no preload (both would answer 401).
  const anonymous = await get('/overview');
  assert.equal(anonymous.headers['cache-control'], 'no-cache');
  assert.equal(anonymous.headers['link'], undefined);
  assert.doesNotMatch(anonymous.body.toString(), /modulepreload/);
  const carried = /id="rso-session">(.*?)<\/script>/.exec(anonymous.body.toString());
  const refused = await server.send('GET', '/api/session', undefined, { client: null });
  assert.equal(refused.status, 401);
  assert.deepEqual(JSON.parse(carried![1]!), { user: null, demoUsers: refused.body.demoUsers });
});

test("a reader of Indonesian's page names the language's files too", async () => {
  const client = await server.as('comanager');
  const chosen = await server.send('PATCH', '/api/session', { language: 'id' }, { client });
  assert.equal(chosen.status, 200);
  const html = (await get('/overview', { cookie: client.cookie })).body.toString();
  assert.match(html, /<link rel="modulepreload" href="chunk-INDONESIAN.js">/);
  await server.send('PATCH', '/api/session', { language: 'en' }, { client });
});

test('data in the page can neither close its block nor open markup', async () => {
  const { jsonBlock } = await import('./static-files');
  const hostile = { name: '</script><script>alert(1)</script> & <!-- $& \u2028' };
  const block = jsonBlock('x', hostile);
  assert.equal(block.match(/<\/script>/g)?.length, 1);
  const json = /<script type="application\/json" id="x">(.*)<\/script>$/.exec(block)![1]!;
  assert.doesNotMatch(json, /[<>&\u2028]/);
  assert.deepEqual(JSON.parse(json), hostile);
});
