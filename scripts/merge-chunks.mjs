// Puts what always loads together into one file: the app, the shell, and the form controls the
// shell shares with the sign-in page. The build splits code by which routes use it, so the
// signed-in overview asked for about 55 files; a phone on HTTP/1.1 fetches 6 at a time, and on a
// throttled phone that queue, not bytes or the processor, was most of the wait for the figures
// (npm run perf:phone: 7.2 s with the files as built, 3.9 s merged). A route's own chunks are left
// as built: merging code that routes share would make every screen load the others' code.
//
// The app stays a file of its own, imported by main.js once the reader's language is known: its
// modules read their translations as they run (src/main.ts). Modules are merged with the bundler
// the Angular build already uses (rolldown), not rewritten by hand.
//   node scripts/merge-chunks.mjs [dist/rso-dashboard/browser]
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { entryFiles, routeChunk, startChunks, staticClosure } from './build-files.mjs';

const dir = process.argv[2] ?? 'dist/rso-dashboard/browser';
const index = join(dir, 'index.html');
const scripts = entryFiles(dir).filter((f) => f.endsWith('.js'));
const main = scripts.find((f) => /^main-[\w-]+\.js$/.test(f));
const polyfills = scripts.find((f) => /^polyfills-[\w-]+\.js$/.test(f));
if (!main || !polyfills) throw new Error('index.html names no main or polyfills script.');

// What main.js imports before it knows the language stays in main.js's closure.
const seen = new Set();
const boot = staticClosure(dir, [main, polyfills], seen).filter(
  (f) => f !== main && f !== polyfills,
);
const start = startChunks(dir, [main]);
const app = new Set(staticClosure(dir, [start.app], seen));
// For a reader of Indonesian: the translations, loaded before the app, and the translated
// readers, which use the app and so come with it. Were the translations to share a file with the
// app, loading them would run the app's modules before their translations are there.
const usesApp = (file) => staticClosure(dir, [file]).some((f) => app.has(f));
const firstForIndonesian = start.indonesian.filter((f) => !usesApp(f));
if (firstForIndonesian.length !== start.indonesian.length - 1)
  throw new Error('main.js should import the translations and, beside the app, one readers file.');
const translations = new Set(staticClosure(dir, firstForIndonesian, seen));
const readers = new Set(staticClosure(dir, start.indonesian, seen));
const shell = new Set(staticClosure(dir, [routeChunk(dir, [...app], 'Shell')], new Set(seen)));
const signIn = new Set(
  staticClosure(dir, [routeChunk(dir, [...app], 'SignInPage')], new Set(seen)),
);
const forms = new Set([...shell].filter((f) => signIn.has(f)));
// Earlier groups first: a group takes in what its files import unless an earlier one has it, so
// what main.js imports stays in main.js and each file keeps running before what imports it.
const groups = Object.entries({
  boot: new Set(boot),
  translations,
  app,
  readers,
  forms,
  shell,
}).map(([name, files], i, all) => ({
  name,
  test: (file) => files.has(file),
  priority: all.length - i,
}));

const read = new Set();
const bundle = await rolldown({
  input: { main, polyfills },
  plugins: [
    {
      name: 'built-files',
      resolveId(source) {
        const file = source.replace(/^\.\//, '');
        return /^(chunk|main|polyfills)-[\w-]+\.js$/.test(file)
          ? file
          : { id: source, external: true };
      },
      load(file) {
        read.add(file);
        return readFileSync(join(dir, file), 'utf8');
      },
    },
  ],
});
const { output } = await bundle.generate({
  // As the Angular build's own chunk optimiser: the code is minified already.
  minify: { mangle: false, compress: false },
  entryFileNames: '[name]-[hash].js',
  chunkFileNames: 'chunk-[hash].js',
  codeSplitting: { groups },
});
await bundle.close();

const chunks = output.filter((o) => o.type === 'chunk');
for (const file of read) unlinkSync(join(dir, file));
for (const chunk of chunks) writeFileSync(join(dir, chunk.fileName), chunk.code);

// index.html: the new entry files, and what main.js imports statically preloaded.
const entry = (name) => chunks.find((c) => c.isEntry && c.name === name).fileName;
const [newMain, newPolyfills] = [entry('main'), entry('polyfills')];
const preloads = staticClosure(dir, [newMain]).filter((f) => f !== newMain);
const html = readFileSync(index, 'utf8')
  .replace(/<link rel="modulepreload" href="[^"]+">/g, '')
  .replace(`src="${main}"`, `src="${newMain}"`)
  .replace(`src="${polyfills}"`, `src="${newPolyfills}"`)
  .replace(
    /<script src="polyfills/,
    preloads.map((f) => `<link rel="modulepreload" href="${f}">`).join('') +
      '<script src="polyfills',
  );
writeFileSync(index, html);
const size = (name) => chunks.find((c) => c.name === name)?.moduleIds.length ?? 0;
const merged = groups.map(({ name }) => `${name} ${size(name)}`);
console.log(
  `Merged chunks: ${read.size} files → ${chunks.length} (${merged.join(', ')} in one each).`,
);
