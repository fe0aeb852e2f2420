// Prints what the first page load transfers: index.html's scripts and styles, every chunk they
// import statically, and the app main.js imports once the language is known — raw, and as the
// server sends them: the build's Brotli and gzip copies (scripts/compress.mjs); index.html,
// compressed on the fly, at zlib's default level. Then what a reader of Bahasa Indonesia adds
// (the catalogue, the locale data and the translated readers, fetched only for them).
// Then what a signed-in first visit to /overview adds before the overview shows: the lazily
// loaded shell and overview page with every chunk they import statically.
//   npm run build && node scripts/initial-bytes.mjs [dist/rso-dashboard/browser]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryFiles, routeChunk, startChunks, staticClosure } from './build-files.mjs';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';

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
const entries = staticClosure(dir, entryFiles(dir), seen);
const start = startChunks(dir, entries);
const initial = [...entries, ...staticClosure(dir, [start.app], seen), 'index.html'];
report('initial load (code, English)', initial);
report(
  '+ Bahasa Indonesia (catalogue, locale data, readers)',
  staticClosure(dir, start.indonesian, seen),
);
const routes = [routeChunk(dir, initial, 'Shell'), routeChunk(dir, initial, 'OverviewPage')];
const firstScreen = staticClosure(dir, routes, seen);
report('+ shell and overview (signed in, /overview)', firstScreen);
report('= before the overview shows', [...initial, ...firstScreen]);
