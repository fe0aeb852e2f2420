/** The post-build step lists every start-up chunk as a module preload, once, and no lazy chunk. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('adds the chunks the builder left out, before the first module script, and only once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'preload-'));
  try {
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><link rel="modulepreload" href="chunk-A.js"></head><body>' +
        '<script src="main.js" type="module"></script></body></html>',
    );
    writeFileSync(join(dir, 'main.js'), 'import{a}from"./chunk-A.js";import"./chunk-B.js";');
    writeFileSync(join(dir, 'chunk-A.js'), 'import{c}from"./chunk-C.js";export const a=1;');
    writeFileSync(join(dir, 'chunk-B.js'), 'export{};');
    writeFileSync(join(dir, 'chunk-C.js'), 'const l=()=>import("./chunk-LAZY.js");export{l as c};');
    writeFileSync(join(dir, 'chunk-LAZY.js'), 'export{};');
    const run = () =>
      spawnSync(process.execPath, ['scripts/preload.mjs', dir], { encoding: 'utf8' });

    assert.match(run().stdout, /added to index.html: 2/);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const preloads = [...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(preloads.sort(), ['chunk-A.js', 'chunk-B.js', 'chunk-C.js']);
    assert.ok(html.indexOf('chunk-C.js') < html.indexOf('<script'));

    assert.match(run().stdout, /added to index.html: 0/);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), html);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
