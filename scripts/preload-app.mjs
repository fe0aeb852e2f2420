// Lets the browser fetch the app while main.js still runs: main.js imports the app only after it
// knows the reader's language (src/main.ts), so without these links the app's chunks would be
// found one import at a time. Adds a modulepreload link to index.html for the app chunk and
// every chunk it imports statically. The Indonesian files are not preloaded: only readers of
// Indonesian fetch them.
//   node scripts/preload-app.mjs [dist/rso-dashboard/browser]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFiles, startChunks, staticClosure } from './build-files.mjs';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const seen = new Set();
const entries = staticClosure(dir, entryFiles(dir), seen);
const app = staticClosure(dir, [startChunks(dir, entries).app], seen);
const links = app.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
const first = html.indexOf('<link rel="modulepreload"');
const at = first >= 0 ? first : html.indexOf('<script src="polyfills');
if (at < 0) throw new Error('index.html has no module preloads or polyfills script to add to.');
writeFileSync(index, html.slice(0, at) + links + html.slice(at));
console.log(`Preloading the app: ${app.length} chunks.`);
