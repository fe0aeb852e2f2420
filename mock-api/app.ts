/**
 * The API over a store (store.ts): the JSON file by default, PostgreSQL when DATABASE_URL is
 * set. Writes are checked against the shared schema and rules and stored with their audit entry
 * in one transaction (writes.ts) before they are acknowledged. Errors always answer JSON with a
 * message and no internals.
 */
// Problem texts are written with $localize, as in the app.
import '@angular/localize/init';
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { COLLECTION_SCHEMAS } from '../src/app/domain/schema';
import { REFERENCE_COLLECTIONS } from '../src/app/domain/collections';
import {
  authorizeWrites,
  csrfProtection,
  currentUser,
  ensureUsers,
  isSignedIn,
  pageSession,
  requireUser,
  sessionRoutes,
  sessions,
} from './auth';
import { apiDocs } from './docs';
import { reads } from './reads';
import { roundRoutes } from './rounds';
import { refuse } from './refuse';
import { hostCheck, LOCAL_HOSTS, securityHeaders } from './security';
import { staticFiles } from './static-files';
import { handled, Refused, type Store } from './store';
import { todayFromEnvironment, type Today } from './clock';
import { userRoutes } from './users';
import { bulkClassification } from './classify';
import { writes } from './writes';

export interface ApiOptions {
  /** Where the data set lives: a JSON file (file-store.ts) or PostgreSQL (postgres/pg-store.ts). */
  store: Store;
  /** A built app to serve beside the API, with index.html for deep links. */
  staticDir?: string;
  /** Host names the server answers to besides 127.0.0.1, localhost and ::1. */
  allowedHosts?: readonly string[];
  /** The first administrator's password, for a data set without users (not demonstration data). */
  adminPassword?: string;
  /** Which periods have closed; RSO_TODAY or the machine's date unless given. */
  today?: Today;
}

/** The API's Express app, once someone can sign in to it (see ensureUsers). */
export async function createApi(options: ApiOptions) {
  const store = options.store;
  await ensureUsers(store, options.adminPassword);
  const isAdministrator = (res: Response) => currentUser(res).role === 'administrator';

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.use(hostCheck([...LOCAL_HOSTS, ...(options.allowedHosts ?? [])]));
  app.use(securityHeaders);
  // Gzip the app's files and the API's JSON: a third of the bytes on a slow connection.
  app.use(compression());
  // The session is read for the app's page too: a signed-in visitor's page preloads the data.
  app.use(sessions(store));

  const api = express.Router();
  // Answers depend on the session and change with every write: never reused without asking
  // (the ETag makes asking cheap).
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'private, no-cache');
    next();
  });
  api.use(express.json({ limit: '512kb' }));
  api.use(sessionRoutes(store));
  // The contract, for developers (signed in: checked there).
  api.use(apiDocs((req) => isSignedIn(store, req)));
  // Everything below needs a signed-in user; writes also the session's CSRF token and a role
  // that may make them.
  api.use(requireUser(store));
  api.use(csrfProtection);
  api.use('/users', userRoutes(store));
  // Rounds move by their own transitions, each with the role it needs (rounds.ts).
  api.use(roundRoutes(store, options.today ?? todayFromEnvironment()));
  api.use(authorizeWrites);
  api.post('/activities/bulk', bulkClassification(store));
  api.use(writes(store, options.today ?? todayFromEnvironment()));
  // The whole results framework in one response, so the app starts with one round trip
  // instead of eleven.
  api.get(
    '/reference',
    handled(async (_req, res) => {
      const collections = await Promise.all(
        REFERENCE_COLLECTIONS.map(async (name) => [name, await store.reader.all(name)] as const),
      );
      res.json(Object.fromEntries(collections));
    }),
  );
  api.use(reads(new Set(Object.keys(COLLECTION_SCHEMAS))));
  api.use(store.reads(isAdministrator));
  app.use('/api', api);
  app.use('/api', (_req, res) => refuse(res, 404, 'no-such-address'));

  if (options.staticDir && existsSync(options.staticDir))
    app.use(staticFiles(options.staticDir, (req) => pageSession(store, req)));
  // Anything else — a POST to a page, say — gets the API's JSON refusal, not Express's HTML.
  app.use((req, res) =>
    req.method === 'GET' || req.method === 'HEAD'
      ? refuse(res, 404, 'no-such-address')
      : refuse(res, 405, { code: 'method-not-supported', params: { method: req.method } }),
  );
  app.use(errors);
  return app;
}

/** The last word on any failure: JSON with a message; the details go to the server's log only. */
function errors(
  err: Error & { status?: number; type?: string; expose?: boolean },
  req: Request,
  res: Response,
  _next: NextFunction,
) {
  if (err instanceof Refused) return refuse(res, err.status, err.refusal, err.extra);
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
