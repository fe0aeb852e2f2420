// Lets the browser fetch the app while main.js still runs: main.js imports the app only after it
// knows the reader's language (src/main.ts), so without these links the app's chunks would be
// found one import at a time. Adds a modulepreload link to index.html for the app chunk and
// every chunk it imports statically. The Indonesian files are not preloaded: only readers of
// Indonesian fetch them.
//
// Beside index.html it writes preloads.json, for the server to name in each page what that page
// will load once the app runs (mock-api/page-preloads.ts): the Indonesian files and each lazy
// route's chunks — otherwise found one import at a time, after the app and the shell have started.
//   node scripts/preload-app.mjs [dist/rso-dashboard/browser]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFiles, lazyRoutes, routeChunk, startChunks, staticClosure } from './build-files.mjs';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const seen = new Set();
const entries = staticClosure(dir, entryFiles(dir), seen);
const { app: appChunk, indonesian } = startChunks(dir, entries);
const app = staticClosure(dir, [appChunk], seen);
const links = app.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
const first = html.indexOf('<link rel="modulepreload"');
const at = first >= 0 ? first : html.indexOf('<script src="polyfills');
if (at < 0) throw new Error('index.html has no module preloads or polyfills script to add to.');
writeFileSync(index, html.slice(0, at) + links + html.slice(at));
console.log(`Preloading the app: ${app.length} chunks.`);

// Each list leaves out what index.html already preloads; a route's leaves out the shell's too (the
// app asks for the shell as it starts).
const shellChunk = routeChunk(dir, [...seen], 'Shell');
const shell = staticClosure(dir, [shellChunk], new Set(seen));
const besideShell = new Set([...seen, ...shell]);
const routes = lazyRoutes(dir, [...seen, ...shell]).map((route) =>
  route.redirectTo !== undefined
    ? route
    : {
        path: route.path,
        children: route.children,
        files: staticClosure(dir, [route.chunk], new Set(besideShell)),
      },
);
if (!routes.some((r) => r.path === 'overview'))
  throw new Error('No overview route found in the build: has the route table changed?');
const manifest = {
  languages: { id: staticClosure(dir, indonesian, new Set(seen)) },
  routes,
};
writeFileSync(join(dir, 'preloads.json'), JSON.stringify(manifest));
console.log(
  `Preloads for pages: ${routes.length} routes (besides the shell's ${shell.length} chunks), ` +
    `${manifest.languages.id.length} Indonesian files.`,
);
