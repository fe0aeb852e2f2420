// Prints what the first page load transfers: index.html's scripts and styles plus every chunk
// they import statically — raw, and as the server sends them: the build's Brotli and gzip copies
// (scripts/compress.mjs); index.html, compressed on the fly, at zlib's default level.
// Then what a signed-in first visit to /overview adds before the overview shows: the lazily
// loaded shell and overview page with every chunk they import statically.
//   npm run build && node scripts/initial-bytes.mjs [dist/rso-dashboard/browser]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);

/** The files and every chunk they import statically, added to `seen`; returns the new ones. */
function closure(files, seen) {
  const added = [];
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    added.push(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import{a}from"./chunk-X.js"` or `import"./chunk-X.js"`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(m[1]);
  }
  return added;
}

/** The chunk a route loads: `import("./chunk-X.js").then(m=>m.Shell)` in the start-up code. */
function routeChunk(files, exportName) {
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const m = code.match(
      new RegExp(`import\\("\\./([^"]+\\.js)"\\)\\.then\\(\\w+=>\\w+\\.${exportName}\\)`),
    );
    if (m) return m[1];
  }
  throw new Error(`No chunk found for ${exportName}: has the route changed?`);
}

const size = (path) => readFileSync(path).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

function report(label, files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
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
  console.log(`${label}: ${files.length} files`);
  console.log(`  raw ${kb(raw)} · gzip ${kb(gzip)} · brotli ${kb(brotli)}`);
}

const seen = new Set();
const initial = [...closure(entries, seen), 'index.html'];
report('initial load', initial);
const routes = [routeChunk(initial, 'Shell'), routeChunk(initial, 'OverviewPage')];
const firstScreen = closure(routes, seen);
report('+ shell and overview (signed in, /overview)', firstScreen);
report('= before the overview shows', [...initial, ...firstScreen]);
