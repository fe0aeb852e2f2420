/**
 * The mock API: json-server 0.17 answers reads from the data set in memory; writes are checked
 * against the shared schema and rules and written durably by our own handler (writes.ts) before
 * they are acknowledged. Errors always answer JSON with a message and no internals.
 */
// Problem texts are written with $localize, as in the app.
import '@angular/localize/init';
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import jsonServer from 'json-server';
import { existsSync } from 'node:fs';
import { COLLECTION_SCHEMAS } from '../src/app/domain/schema';
import { AUDIT_COLLECTION, REFERENCE_COLLECTIONS } from '../src/app/domain/collections';
import {
  authorizeWrites,
  csrfProtection,
  currentUser,
  ensureUsers,
  isSignedIn,
  requireUser,
  sessionRoutes,
  sessions,
} from './auth';
import { reads, wholeCollections } from './reads';
import { refuse } from './refuse';
import { hostCheck, LOCAL_HOSTS, securityHeaders } from './security';
import { staticFiles } from './static-files';
import { DurableStore, type Db, type Row } from './store';
import { todayFromEnvironment, type Today } from './clock';
import { userRoutes } from './users';
import { bulkClassification } from './classify';
import { writes } from './writes';

export interface ApiOptions {
  /** The working copy of the data set (read at start, rewritten after each write). */
  dbFile: string;
  /** A built app to serve beside the API, with index.html for deep links. */
  staticDir?: string;
  /** Host names the server answers to besides 127.0.0.1, localhost and ::1. */
  allowedHosts?: readonly string[];
  /** The first administrator's password, for a data set without users (not demonstration data). */
  adminPassword?: string;
  /** Which periods have closed; RSO_TODAY or the machine's date unless given. */
  today?: Today;
}

export function createApi(options: ApiOptions) {
  const store = new DurableStore(options.dbFile);
  ensureUsers(store, options.adminPassword);
  // Administrators read everything; everyone else reads the audit trail without its entries
  // about users.
  const view = readerView(store);
  const routers = { all: readRouter(store.state), reader: readRouter(view) };
  const isAdministrator = (res: Response) => currentUser(res).role === 'administrator';

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use(hostCheck([...LOCAL_HOSTS, ...(options.allowedHosts ?? [])]));
  app.use(securityHeaders);
  // Gzip the app's files and the API's JSON: a third of the bytes on a slow connection.
  app.use(compression());
  // The session is read for the app's page too: a signed-in visitor's page preloads the data.
  app.use(sessions());

  const api = express.Router();
  // Answers depend on the session and change with every write: never reused without asking
  // (the ETag makes asking cheap).
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'private, no-cache');
    next();
  });
  api.use(express.json({ limit: '512kb' }));
  api.use(sessionRoutes(store));
  // Everything below needs a signed-in user; writes also the session's CSRF token and a role
  // that may make them.
  api.use(requireUser(store));
  api.use(csrfProtection);
  api.use('/users', userRoutes(store));
  api.use(authorizeWrites);
  api.post('/activities/bulk', bulkClassification(store));
  api.use(writes(store, options.today ?? todayFromEnvironment()));
  // The whole results framework in one response, so the app starts with one round trip
  // instead of eleven.
  api.get('/reference', (_req, res) => {
    res.json(Object.fromEntries(REFERENCE_COLLECTIONS.map((name) => [name, store.rows(name)])));
  });
  api.use(reads(new Set(Object.keys(COLLECTION_SCHEMAS))));
  api.use(
    wholeCollections((name, res) => (isAdministrator(res) ? store.rows(name) : (view[name] ?? []))),
  );
  api.use((req, res, next) =>
    (isAdministrator(res) ? routers.all : routers.reader)(req, res, next),
  );
  app.use('/api', api);
  app.use('/api', (_req, res) => refuse(res, 404, 'no-such-address'));

  if (options.staticDir && existsSync(options.staticDir))
    app.use(staticFiles(options.staticDir, (req) => isSignedIn(store, req)));
  // Anything else — a POST to a page, say — gets the API's JSON refusal, not Express's HTML.
  app.use((req, res) =>
    req.method === 'GET' || req.method === 'HEAD'
      ? refuse(res, 404, 'no-such-address')
      : refuse(res, 405, { code: 'method-not-supported', params: { method: req.method } }),
  );
  app.use(errors);
  return app;
}

/** json-server's router over a data set: plain JSON, and our refusals instead of its own. */
function readRouter(state: Db) {
  const router = jsonServer.router(state);
  // Plain JSON, never JSONP; json-server's empty 404 becomes a sentence.
  router.render = (_req, res) => {
    if (res.statusCode === 404) return refuse(res, 404, 'no-such-record');
    res.json(res.locals['data']);
  };
  // json-server's own error handler answers with the stack trace: let ours answer instead.
  router.stack = router.stack.filter((layer) => layer.handle.length !== 4);
  return router;
}

/**
 * The data set as read by anyone but an administrator: the same collections, live, except the
 * audit trail without its entries about users (kept per version of the trail).
 */
function readerView(store: DurableStore): Db {
  const kept = new WeakMap<readonly Row[], Row[]>();
  const view: Db = {};
  for (const name of Object.keys(store.state)) {
    Object.defineProperty(view, name, {
      enumerable: true,
      get: () => {
        const rows = store.rows(name);
        if (name !== AUDIT_COLLECTION) return rows;
        let visible = kept.get(rows);
        if (!visible) kept.set(rows, (visible = rows.filter((r) => r['collection'] !== 'users')));
        return visible;
      },
    });
  }
  return view;
}

/** The last word on any failure: JSON with a message; the details go to the server's log only. */
function errors(
  err: Error & { status?: number; type?: string; expose?: boolean },
  req: Request,
  res: Response,
  _next: NextFunction,
) {
  if (err.type === 'entity.too.large') return refuse(res, 413, 'body-too-large');
  if (err.type === 'entity.parse.failed') return refuse(res, 400, 'body-not-json');
  if (err.status && err.status >= 400 && err.status < 500)
    return refuse(
      res,
      err.status,
      (err as { code?: unknown }).code === 'EBADCSRFTOKEN' ? 'csrf' : 'request-unreadable',
    );
  console.error(`${req.method} ${req.path}:`, err);
  return refuse(res, 500, 'server-error');
}
