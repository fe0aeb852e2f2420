// What the build's files load: index.html's scripts and styles, the chunks a file imports
// statically, and the chunk a lazy route loads (npm run size).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The scripts and styles index.html names (entry points, module preloads, the stylesheet). */
export function entryFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1],
  );
}

/** The files and every chunk they import statically, added to `seen`; returns the new ones. */
export function staticClosure(dir, files, seen = new Set()) {
  const added = [];
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    added.push(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import{a}from"./chunk-X.js"` or `import"./chunk-X.js"` (merged files
    // quote with backticks: scripts/merge-chunks.mjs).
    for (const m of code.matchAll(
      /\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
    ))
      queue.push(m[1]);
  }
  return added;
}

/** The chunk a route loads: `import("./chunk-X.js").then(m=>m.Shell)` in the given files. */
export function routeChunk(dir, files, exportName) {
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const m = code.match(
      new RegExp(
        `import\\(["\`]\\./([^"\`]+\\.js)["\`]\\)(?:\\.then\\(\\w+=>\\w+\\.\\w+\\))?\\.then\\(\\w+=>\\w+\\.${exportName}\\)`,
      ),
    );
    if (m) return m[1];
  }
  throw new Error(`No chunk found for ${exportName}: has the route changed?`);
}

/**
 * What main.js imports before the app starts: the app itself (`bootstrap`, by far the largest
 * with what it imports), and, for a reader of Bahasa Indonesia only, the rest: the catalogue,
 * Angular's `id` locale data, `loadTranslations` and the translated readers (src/main.ts).
 */
export function startChunks(dir, files) {
  const main = files.find((f) => /^main-[^/]+\.js$/.test(f));
  if (!main) throw new Error('No main-*.js among the entry files.');
  const code = readFileSync(join(dir, main), 'utf8');
  const chunks = [...code.matchAll(/import\(["`]\.\/([^"`]+\.js)["`]\)/g)].map((m) => m[1]);
  const closure = new Map(chunks.map((file) => [file, staticClosure(dir, [file])]));
  const weight = (file) =>
    closure.get(file).reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
  // The translated readers import the app: the app is the heaviest that imports none of the others.
  const imports = (file) => chunks.some((c) => c !== file && closure.get(file).includes(c));
  const app = chunks.filter((c) => !imports(c)).sort((a, b) => weight(b) - weight(a))[0];
  const indonesian = chunks.filter((c) => c !== app);
  if (!app || indonesian.length < 2)
    throw new Error(`main.js should import the app and the Indonesian files: ${chunks.join(', ')}`);
  return { app, indonesian };
}

/**
 * The lazy routes the app declares, as the build wrote them: `{ path, children, chunk }` for each
 * `path:"…",loadComponent|loadChildren:()=>import("./chunk-X.js")` in the given files, and the
 * empty path's redirect (`{ path: '', redirectTo }`).
 */
export function lazyRoutes(dir, files) {
  const routes = [];
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(
      /path:["`]([^"`]*)["`],load(Component|Children):\(\)=>import\(["`]\.\/([^"`]+\.js)["`]\)/g,
    ))
      routes.push({ path: m[1], children: m[2] === 'Children', chunk: m[3] });
    for (const m of code.matchAll(
      /path:["`]["`],pathMatch:["`]full["`],redirectTo:["`]([^"`]+)["`]/g,
    ))
      routes.push({ path: '', redirectTo: m[1] });
  }
  return routes;
}
