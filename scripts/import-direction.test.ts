/**
 * Imports run one way: features → state → results → domain, with layout and core beside state
 * (see README, "Code layout"). This test reads every import under src/app and fails on one that
 * runs the other way, or on framework imports in the framework-free layers.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { test } from 'node:test';

const APP = 'src/app';

/** What each top-level folder of src/app may import besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  results: ['domain'],
  core: ['results', 'domain'],
  state: ['core', 'results', 'domain'],
  shared: ['core', 'results', 'domain'],
  layout: ['state', 'core', 'shared', 'results', 'domain'],
  features: ['state', 'core', 'shared', 'results', 'domain'],
};
/** Packages the framework-free layers may not use: they run in Node, in the API and the worker. */
const FRAMEWORK = /^@(angular|ngrx)\//;
const FRAMEWORK_FREE = new Set(['domain', 'results']);

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

/** The top-level folder of src/app a path is in, or null for the app's root files. */
function layerOf(path: string): string | null {
  const parts = relative(APP, path).split(sep);
  return parts.length > 1 ? parts[0]! : null;
}

function violations(): string[] {
  const found: string[] = [];
  const specifier =
    /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const file of sources(APP)) {
    const layer = layerOf(file);
    if (!layer) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(specifier)) {
      const spec = match[1] ?? match[2]!;
      if (FRAMEWORK.test(spec)) {
        if (FRAMEWORK_FREE.has(layer)) found.push(`${file}: ${layer}/ must not import ${spec}`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const resolved = normalize(join(dirname(file), spec));
      // The translation catalogues are core's to load (core/language).
      if (layer === 'core' && resolved.startsWith(`src${sep}locale${sep}`)) continue;
      const target = layerOf(resolved);
      if (target === null) {
        found.push(`${file}: ${layer}/ must not import the app's root (${spec})`);
      } else if (target !== layer && !MAY_IMPORT[layer]?.includes(target)) {
        found.push(`${file}: ${layer}/ must not import ${target}/ (${spec})`);
      }
    }
  }
  return found;
}

test('imports run one way: features → state → results → domain', () => {
  assert.deepEqual(violations(), []);
});

test('the check sees the folders it rules on', () => {
  const layers = new Set([...sources(APP)].map(layerOf).filter(Boolean));
  for (const layer of Object.keys(MAY_IMPORT)) assert.ok(layers.has(layer), `no ${layer}/ folder`);
});
