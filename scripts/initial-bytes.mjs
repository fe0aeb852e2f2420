// Prints what the first page load transfers: index.html's scripts and styles plus every chunk
// they import statically, raw, gzip as the server sends it (zlib's default level), and Brotli at its best.
//   npm run build && node scripts/initial-bytes.mjs [dist/rso-dashboard/browser]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);

const seen = new Set();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dir, file), 'utf8');
  // Static imports only: `import{a}from"./chunk-X.js"` or `import"./chunk-X.js"`.
  for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
    queue.push(m[1]);
}

let raw = 0;
let gzip = 0;
let brotli = 0;
for (const file of [...seen, 'index.html']) {
  const bytes = readFileSync(join(dir, file));
  raw += bytes.length;
  // The server compresses at zlib's default level: count what it sends, not the best case.
  gzip += gzipSync(bytes).length;
  brotli += brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`initial load: ${seen.size + 1} files`);
console.log(`raw ${kb(raw)} · gzip ${kb(gzip)} · brotli ${kb(brotli)}`);
