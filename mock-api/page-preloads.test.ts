/**
 * A page names what it will load: the reader's language files and the screen asked for when
 * signed in, nothing when not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagePreloads, preloadLinks, type PreloadManifest } from './page-preloads';

const manifest: PreloadManifest = {
  languages: { id: ['chunk-ID.js'] },
  routes: [
    { path: 'overview', children: false, files: ['chunk-OVERVIEW.js', 'chunk-CARDS.js'] },
    { path: 'goals', children: false, files: ['chunk-GOALS.js'] },
    { path: 'goals/:id', children: false, files: ['chunk-GOAL.js', 'chunk-MATERIAL.js'] },
    { path: 'alignment', children: true, files: ['chunk-ALIGNMENT-ROUTES.js'] },
    { path: '**', children: false, files: ['chunk-NOT-FOUND.js'] },
    { path: 'sign-in', children: false, files: ['chunk-SIGN-IN.js'] },
    { path: '', redirectTo: 'overview' },
  ],
};
const english = { signedIn: true, language: 'en' };

test('a signed-in page names the screen asked for', () => {
  assert.deepEqual(pagePreloads(manifest, '/overview', english), [
    'chunk-OVERVIEW.js',
    'chunk-CARDS.js',
  ]);
  assert.deepEqual(pagePreloads(manifest, '/goals/g3', english), [
    'chunk-GOAL.js',
    'chunk-MATERIAL.js',
  ]);
  assert.deepEqual(pagePreloads(manifest, '/goals', english), ['chunk-GOALS.js']);
  // The root redirects to the overview; a parent route serves its children's paths.
  assert.deepEqual(
    pagePreloads(manifest, '/', english),
    pagePreloads(manifest, '/overview', english),
  );
  assert.deepEqual(pagePreloads(manifest, '/alignment/wg-1', english), [
    'chunk-ALIGNMENT-ROUTES.js',
  ]);
  // A page the app does not have: its not-found screen.
  assert.deepEqual(pagePreloads(manifest, '/goals/g3/more', english), ['chunk-NOT-FOUND.js']);
});

test('a signed-out page names nothing, whatever was asked for', () => {
  const out = { signedIn: false, language: null };
  assert.deepEqual(pagePreloads(manifest, '/overview', out), []);
  assert.deepEqual(pagePreloads(manifest, '/sign-in', out), []);
});

test("a reader of Indonesian gets the language's files first, at the page's priority", () => {
  const links = preloadLinks(manifest, '/goals/g3', { signedIn: true, language: 'id' });
  assert.equal(
    links,
    '<link rel="modulepreload" href="chunk-ID.js">' +
      '<link rel="modulepreload" href="chunk-GOAL.js" fetchpriority="low">' +
      '<link rel="modulepreload" href="chunk-MATERIAL.js" fetchpriority="low">',
  );
  assert.doesNotMatch(preloadLinks(manifest, '/goals', english), /chunk-ID/);
});

test('only plain script names reach the page', () => {
  const odd: PreloadManifest = {
    ...manifest,
    languages: { id: ['chunk-OK.js', '"><script>alert(1)</script>.js', '../secret.js', 'a.css'] },
  };
  assert.deepEqual(pagePreloads(odd, '/goals', { signedIn: true, language: 'id' }), [
    'chunk-OK.js',
    'chunk-GOALS.js',
  ]);
});
