// Lists every chunk the start-up code imports statically as a module preload in index.html.
// The builder lists at most ten; the others (Angular's core among them) were found only once the
// chunk importing them had arrived, a round trip or two later on a slow connection.
//   node scripts/preload.mjs [dist/rso-dashboard/browser]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFiles, staticClosure } from './build-files.mjs';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const named = new Set(entryFiles(dir));
const missing = staticClosure(dir, [...named]).filter((file) => !named.has(file));
if (missing.length) {
  const links = missing.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  // Before the first module script, after the builder's own preloads.
  const at = html.search(/<script[^>]+type="module"/);
  if (at < 0) throw new Error('index.html has no module script: has the build changed?');
  writeFileSync(index, html.slice(0, at) + links + html.slice(at));
}
console.log(`Module preloads added to index.html: ${missing.length}.`);
