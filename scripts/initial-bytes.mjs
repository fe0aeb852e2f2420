// Prints what the first page load transfers: index.html's scripts and styles plus every chunk
// they import statically — raw, and as the server sends them: the build's Brotli and gzip copies
// (scripts/compress.mjs); index.html, compressed on the fly, at zlib's default level.
//   npm run build && node scripts/initial-bytes.mjs [dist/rso-dashboard/browser]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
const size = (path) => readFileSync(path).length;
for (const file of [...seen, 'index.html']) {
  const path = join(dir, file);
  raw += size(path);
  // The build's copy where there is one; otherwise the server compresses on the fly with gzip
  // (zlib's default level), also for a browser that accepts Brotli.
  // index.html is always compressed on the fly (its headers depend on the session).
  const copies = file !== 'index.html';
  const gz =
    copies && existsSync(`${path}.gz`) ? size(`${path}.gz`) : gzipSync(readFileSync(path)).length;
  gzip += gz;
  brotli += copies && existsSync(`${path}.br`) ? size(`${path}.br`) : gz;
}
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`initial load: ${seen.size + 1} files`);
console.log(`raw ${kb(raw)} · gzip ${kb(gzip)} · brotli ${kb(brotli)}`);
