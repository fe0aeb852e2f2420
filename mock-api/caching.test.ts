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
