/**
 * `scripts/merge-chunks.mjs` on a small build shaped as the real one: what always loads together
 * becomes one file, and the merged files still run in the order the app needs — above all, the
 * translations before any of the app's modules, which read them as they run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

/** Each module notes when it runs; the app's modules note the language they found. */
const note = (name: string) => `globalThis.ran.push("${name}:"+(globalThis.translated??"-"));`;

const files: Record<string, string> = {
  'index.html':
    '<html><head><link rel="stylesheet" href="styles-S.css">' +
    '<link rel="modulepreload" href="chunk-BOOT.js">' +
    '<script src="polyfills-P.js" type="module"></script>' +
    '<script src="main-M.js" type="module"></script></head><body></body></html>',
  'styles-S.css': 'body{}',
  'polyfills-P.js': note('polyfills'),
  'chunk-BOOT.js': `${note('boot')}export const language=()=>globalThis.language;`,
  'main-M.js':
    `import{language as l}from"./chunk-BOOT.js";${note('main')}` +
    'export const started=(async()=>{if(l()==="id"){' +
    'const[c,{loadTranslations:t}]=await Promise.all([import("./chunk-CAT.js"),import("./chunk-LT.js")]);' +
    't(c.default)}' +
    'const[{bootstrap:b}]=await Promise.all([import("./chunk-APP.js"),l()==="id"?import("./chunk-READ.js"):null]);' +
    'return b()})();',
  'chunk-CAT.js': `${note('catalogue')}export default "id";`,
  'chunk-LT.js': `${note('loadTranslations')}export function loadTranslations(c){globalThis.translated=c}`,
  'chunk-CORE.js': `${note('core')}export const core=1;`,
  'chunk-APP.js':
    `import{core}from"./chunk-CORE.js";${note('app')}` +
    'export const routes=[{path:"sign-in",loadComponent:()=>import("./chunk-SIGN.js").then(m=>m.SignInPage)},' +
    '{path:"overview",loadComponent:()=>import("./chunk-OV.js").then(m=>m.OverviewPage)}];' +
    'export async function bootstrap(){const s=await import("./chunk-SHELL.js").then(m=>m.Shell);' +
    'const o=await routes[1].loadComponent();return[s,o,core]}',
  'chunk-READ.js': `import{core}from"./chunk-CORE.js";${note('readers')}export const readers=core;`,
  'chunk-FIELD.js': `import{core}from"./chunk-CORE.js";${note('field')}export const Field=core;`,
  // Imported for what it does, not for a name: such an import must survive the merge.
  'chunk-SIDE.js': note('side'),
  'chunk-NAV.js': `import{core}from"./chunk-CORE.js";${note('nav')}export const Nav=core;`,
  'chunk-SHELL.js':
    `import"./chunk-SIDE.js";import{Field}from"./chunk-FIELD.js";import{Nav}from"./chunk-NAV.js";${note('shell')}` +
    'export const Shell="shell"+Field+Nav;',
  'chunk-SIGN.js': `import"./chunk-SIDE.js";import{Field}from"./chunk-FIELD.js";${note('sign-in')}export const SignInPage="sign-in"+Field;`,
  'chunk-OV.js': `import{core}from"./chunk-CORE.js";${note('overview')}export const OverviewPage="overview";`,
};

function built(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rso-merge-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync(process.execPath, ['scripts/merge-chunks.mjs', dir], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return dir;
}

async function start(dir: string, language: 'en' | 'id'): Promise<string[]> {
  const g = globalThis as unknown as Record<string, unknown>;
  Object.assign(g, { ran: [], language, translated: undefined });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const [, src] of html.matchAll(/<script src="([^"]+)"/g))
    await (
      import(pathToFileURL(join(dir, src!)).href) as Promise<{ started?: Promise<unknown> }>
    ).then((m) => m.started);
  return g['ran'] as string[];
}

test('what always loads together is one file, and index.html names the files that exist', () => {
  const dir = built();
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  // main and polyfills; what main imports first; the app with its core; the shell; what the shell
  // shares with the sign-in page; the sign-in and overview pages; the translations; the readers;
  // the bundler's helper for modules merged into one file.
  assert.equal(scripts.length, 11, scripts.join(' '));
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  for (const file of named) assert.ok(scripts.includes(file), `${file} is not in the build`);
  assert.ok(!named.some((f) => /^chunk-[A-Z]+\.js$/.test(f)), 'an old name is left in index.html');
});

test('a reader of English: the shell and the overview start, and nothing runs twice', async () => {
  const ran = await start(built(), 'en');
  assert.ok(ran.indexOf('main:-') < ran.indexOf('app:-'), `${ran}`);
  for (const name of ['core', 'app', 'side', 'field', 'nav', 'shell', 'overview'])
    assert.equal(ran.filter((r) => r.startsWith(`${name}:`)).length, 1, `${name}: ${ran}`);
  assert.ok(!ran.some((r) => /^(catalogue|loadTranslations|readers|sign-in):/.test(r)), `${ran}`);
});

test('a reader of Indonesian: every module of the app runs after its translations', async () => {
  const ran = await start(built(), 'id');
  for (const name of ['core', 'app', 'readers', 'side', 'field', 'shell', 'overview'])
    assert.ok(ran.includes(`${name}:id`), `${name} ran before the translations: ${ran}`);
});
