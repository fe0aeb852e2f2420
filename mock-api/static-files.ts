/**
 * The built app beside the API: real files as they are; any other path without a file
 * extension gets index.html, so deep links work; a missing file or a dotfile is a plain 404,
 * never the app's page in its place.
 */
import express, { type Request, type Router } from 'express';
import { join } from 'node:path';

/** Every screen starts from these two responses: a signed-in page asks for them at once. */
const PRELOADS = ['/api/reference', '/api/activities']
  .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
  .join(', ');

export function staticFiles(dir: string, signedIn: (req: Request) => boolean): Router {
  const router = express.Router();
  // index.html is served below (never straight from disk), so its headers can depend on the session.
  router.get('/index.html', (_req, res) => res.redirect(301, '/'));
  router.use(express.static(dir, { index: false, maxAge: '1h', dotfiles: 'ignore' }));
  router.get('*', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path === '/api') return next();
    const segments = req.path.split('/');
    const last = segments[segments.length - 1] ?? '';
    if (segments.some((s) => s.startsWith('.')) || last.includes('.'))
      return res.status(404).type('text/plain').send('Not found');
    // Only with a session: without one, both would answer 401 and go unused.
    if (signedIn(req)) res.setHeader('Link', PRELOADS);
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}
