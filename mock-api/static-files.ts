/**
 * The built app beside the API: real files as they are; any other path without a file
 * extension gets index.html, so deep links work; a missing file or a dotfile is a plain 404,
 * never the app's page in its place.
 *
 * Files whose names carry a content hash never change: browsers keep them for a year and do
 * not ask again. Everything else (index.html, the theme script, the map data) is revalidated on
 * every use. The build's Brotli and gzip copies are sent to browsers that accept them.
 */
import express, { type Request, type Router } from 'express';
import type { ServerResponse } from 'node:http';
import expressStaticGzip from 'express-static-gzip';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { preloadLinks, type PreloadManifest } from './page-preloads';

/** Every screen starts from these two responses: a signed-in page asks for them at once. */
const PRELOADS = ['/api/reference', '/api/activities']
  .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
  .join(', ');

/** `main-AB12CD34.js`, `chunk-….js`, `styles-….css`, `media/roboto-…-AB12CD34.woff2` (and their .br/.gz). */
const HASHED = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png)(\.br|\.gz)?$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
/** A page that carries a user's data is kept by no cache, shared or private. */
export const PRIVATE_PAGE = 'private, no-store';

/** The id of the page's data block the app reads at start (core/boot-data.ts). */
export const BOOT_ID = 'rso-session';

/**
 * JSON inside a `<script type="application/json">` block: never executed, so the CSP allows it;
 * `<`, `>` and `&` escaped so no value can close the block or open markup.
 */
export function jsonBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/**
 * A file of the build, parsed, read again only when it changes; a missing one is null (a dev
 * server has no preloads.json).
 */
function builtFile<T>(file: string, parse: (text: string) => T): () => Promise<T | null> {
  let cached: { mtime: number; value: T } | null = null;
  return async () => {
    const mtime = await stat(file).then(
      (s) => s.mtimeMs,
      () => null,
    );
    if (mtime === null) return null;
    if (cached?.mtime !== mtime) cached = { mtime, value: parse(await readFile(file, 'utf8')) };
    return cached.value;
  };
}

function cacheFor(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', HASHED.test(path) ? IMMUTABLE : REVALIDATE);
}

/** What the page carries for its visitor, and what they read in (null: the browser's choice). */
export interface PageSession {
  signedIn: boolean;
  language: string | null;
  data: object;
}

/**
 * `session(req)` is what the page carries so the app starts without asking GET /api/session:
 * a signed-in visitor's answer (their page also preloads the data and is kept by no cache), or
 * a signed-out one's (no user, the demonstration accounts).
 */
export function staticFiles(dir: string, session: (req: Request) => Promise<PageSession>): Router {
  const page = builtFile(join(dir, 'index.html'), (text) => text);
  const preloads = builtFile(
    join(dir, 'preloads.json'),
    (text) => JSON.parse(text) as PreloadManifest,
  );
  const router = express.Router();
  // index.html is served below (never straight from disk), so its headers can depend on the session.
  router.get('/index.html', (_req, res) => res.redirect(301, '/'));
  router.use(
    expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { index: false, dotfiles: 'ignore', cacheControl: false, setHeaders: cacheFor },
    }),
  );
  router.get('*', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path === '/api') return next();
    const segments = req.path.split('/');
    const last = segments[segments.length - 1] ?? '';
    if (segments.some((s) => s.startsWith('.')) || last.includes('.'))
      return res.status(404).type('text/plain').send('Not found');
    session(req).then(async ({ signedIn, language, data }) => {
      if (signedIn) {
        // Only with a session: without one, both would answer 401 and go unused.
        res.setHeader('Link', PRELOADS);
        res.setHeader('Cache-Control', PRIVATE_PAGE);
      } else {
        // Nobody's data: always asked again (with its ETag), so a new build is picked up at once.
        res.setHeader('Cache-Control', REVALIDATE);
      }
      const [html, manifest] = await Promise.all([page(), preloads()]);
      if (html === null) return next();
      const links = manifest ? preloadLinks(manifest, req.path, { signedIn, language }) : '';
      // A function, so a `$&` in the data is text, not a replacement pattern.
      res
        .type('html')
        .send(html.replace('</head>', () => `${jsonBlock(BOOT_ID, data)}${links}</head>`));
    }, next);
  });
  return router;
}
