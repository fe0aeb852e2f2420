// HTTP/2 over TLS in front of a local server, as a reverse proxy in front of `npm start` serves
// the app in production: for measuring (npm run perf:phone -- --http2), not for serving. The
// certificate is a throwaway self-signed one made with openssl.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Headers that belong to one connection and are never forwarded (RFC 9113 §8.2.2). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
]);

function throwawayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'rso-h2-'));
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  if (made.status !== 0)
    throw new Error(
      'Measuring over HTTP/2 needs openssl for a throwaway certificate (apt-get install openssl).',
    );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Starts the proxy on `port` for `target` (http://host:port); answers its https:// base and a stop. */
export async function startHttp2Proxy(target, port) {
  const upstream = new URL(target);
  const forwarded = (headers) =>
    Object.fromEntries(
      Object.entries(headers).filter(([k]) => !k.startsWith(':') && !HOP_BY_HOP.has(k)),
    );
  const server = http2.createSecureServer(throwawayCertificate(), (req, res) => {
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...forwarded(req.headers), host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwarded(answer.headers));
        answer.pipe(res);
      },
    );
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { base: `https://127.0.0.1:${port}`, stop: () => server.close() };
}
