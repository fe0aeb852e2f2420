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
import { join } from 'node:path';

/** Every screen starts from these two responses: a signed-in page asks for them at once. */
const PRELOADS = ['/api/reference', '/api/activities']
  .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
  .join(', ');

/** `main-AB12CD34.js`, `chunk-….js`, `styles-….css`, `media/roboto-…-AB12CD34.woff2` (and their .br/.gz). */
const HASHED = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png)(\.br|\.gz)?$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

function cacheFor(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', HASHED.test(path) ? IMMUTABLE : REVALIDATE);
}

export function staticFiles(dir: string, signedIn: (req: Request) => Promise<boolean>): Router {
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
    signedIn(req).then((yes) => {
      // Only with a session: without one, both would answer 401 and go unused.
      if (yes) res.setHeader('Link', PRELOADS);
      // Always asked again (with its ETag), so a new build is picked up at once.
      res.setHeader('Cache-Control', REVALIDATE);
      res.sendFile(join(dir, 'index.html'), { cacheControl: false });
    }, next);
  });
  return router;
}
