/**
 * The built app beside the API: real files as they are; any other path without a file
 * extension gets index.html, so deep links work; a missing file or a dotfile is a plain 404,
 * never the app's page in its place.
 */
import express, { type Router } from 'express';
import { join } from 'node:path';

export function staticFiles(dir: string): Router {
  const router = express.Router();
  router.use(express.static(dir, { index: false, maxAge: '1h', dotfiles: 'ignore' }));
  router.get('*', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path === '/api') return next();
    const segments = req.path.split('/');
    const last = segments[segments.length - 1] ?? '';
    if (segments.some((s) => s.startsWith('.')) || last.includes('.'))
      return res.status(404).type('text/plain').send('Not found');
    res.sendFile(join(dir, 'index.html'));
  });
  return router;
}
