/**
 * The mock API: json-server 0.17 over an in-memory copy of a JSON file, with every write
 * validated against the shared schema and rules, and the file rewritten atomically (temporary
 * file, then rename) after each successful write — never left half-written.
 */
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import jsonServer from 'json-server';
import {
  actualProblems,
  activityProblems,
  FieldProblem,
  indicatorProblems,
  narrativeProblems,
  ReferenceIds,
  settingsProblems,
} from '../src/app/core/rules';
import { COLLECTION_SCHEMAS, CollectionName, describeIssues } from '../src/app/core/schema';

export interface ApiOptions {
  /** The working copy of the data set (read at start, rewritten after each write). */
  dbFile: string;
  /** A built app to serve beside the API, with index.html for deep links. */
  staticDir?: string;
}

/** Collections the app loads together at start (everything but the activities). */
export const REFERENCE_COLLECTIONS = [
  'frameworks',
  'goals',
  'purposes',
  'functions',
  'members',
  'workingGroups',
  'meetings',
  'indicators',
  'actuals',
  'narratives',
  'settings',
] as const;

const READ_ONLY: ReadonlySet<string> = new Set([
  'frameworks',
  'goals',
  'purposes',
  'functions',
  'members',
  'workingGroups',
  'meetings',
]);
const UNDELETABLE: ReadonlySet<string> = new Set(['indicators', 'settings']);
/** Records whose updates must carry the version they were read at. */
const VERSIONED: ReadonlySet<string> = new Set(['activities']);

type Db = Record<string, Record<string, unknown>[]>;

export function createApi(options: ApiOptions) {
  const data = JSON.parse(readFileSync(options.dbFile, 'utf8')) as Db;
  const router = jsonServer.router(data);
  const db = router.db;
  const app = express();
  app.disable('x-powered-by');
  // Gzip the app's files and the API's JSON: a third of the bytes on a slow connection.
  app.use(compression());

  const api = express.Router();
  api.use(express.json({ limit: '512kb' }));
  api.use(
    jsonServer.defaults({ logger: false, static: '/nonexistent', noCors: true, bodyParser: false }),
  );
  api.use((req, res, next) => guardWrite(req, res, next, db.getState() as Db));
  api.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.on('finish', () => {
        if (res.statusCode < 400) persist(options.dbFile, db.getState());
      });
    }
    next();
  });
  // The whole results framework in one response, so the app starts with one round trip
  // instead of eleven.
  api.get('/reference', (_req, res) => {
    const state = db.getState() as Db;
    res.json(Object.fromEntries(REFERENCE_COLLECTIONS.map((name) => [name, state[name] ?? []])));
  });
  api.use(router);
  app.use('/api', api);
  app.use(
    '/api',
    (
      err: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const tooLarge = err.type === 'entity.too.large';
      res.status(err.status ?? 400).json({
        message: tooLarge
          ? 'The request body is too large.'
          : 'The request body is not valid JSON.',
        problems: [],
      });
    },
  );

  if (options.staticDir && existsSync(options.staticDir)) {
    app.use(express.static(options.staticDir, { index: false, maxAge: '1h' }));
    app.get(/^(?!\/api).*/, (_req, res) => res.sendFile(join(options.staticDir!, 'index.html')));
  }
  return app;
}

/** Writes the whole state to a temporary file, then renames it over the data file. */
function persist(file: string, state: unknown) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 1) + '\n');
  renameSync(tmp, file);
}

function refuse(
  res: Response,
  status: number,
  message: string,
  problems: FieldProblem[] = [],
  extra: object = {},
) {
  res.status(status).json({ message, problems, ...extra });
}

function referenceIds(state: Db): ReferenceIds {
  const ids = (name: string, key = 'id') => new Set((state[name] ?? []).map((r) => String(r[key])));
  return {
    goals: ids('goals'),
    purposes: ids('purposes'),
    functions: ids('functions'),
    workingGroups: ids('workingGroups'),
    members: ids('members', 'code'),
    indicators: ids('indicators'),
  };
}

const RULES: Partial<
  Record<CollectionName, (record: never, refs: ReferenceIds) => FieldProblem[]>
> = {
  activities: activityProblems,
  indicators: indicatorProblems,
  actuals: actualProblems,
  narratives: narrativeProblems,
  settings: settingsProblems,
};

function guardWrite(req: Request, res: Response, next: NextFunction, state: Db) {
  const method = req.method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
  const [collection, id, ...rest] = req.path.split('/').filter(Boolean);
  if (!collection || !(collection in COLLECTION_SCHEMAS))
    return refuse(res, 404, `There is no collection "${collection ?? ''}".`);
  if (rest.length) return refuse(res, 405, 'Nested writes are not supported.');
  if (READ_ONLY.has(collection))
    return refuse(
      res,
      405,
      `${collection} are reference data and cannot be changed through the API.`,
    );
  const rows = state[collection] ?? [];
  const current = id === undefined ? undefined : rows.find((r) => String(r['id']) === id);
  if (id !== undefined && !current)
    return refuse(res, 404, `There is no record "${id}" in ${collection}.`);

  if (method === 'DELETE') {
    if (id === undefined) return refuse(res, 405, 'Delete one record at a time.');
    if (UNDELETABLE.has(collection)) return refuse(res, 405, `${collection} cannot be deleted.`);
    return next();
  }
  if (method !== 'POST' && method !== 'PUT' && method !== 'PATCH')
    return refuse(res, 405, `${method} is not supported.`);
  if ((method === 'POST') !== (id === undefined)) {
    return refuse(
      res,
      405,
      method === 'POST'
        ? 'Create records on the collection, not on a record.'
        : 'Update one record at a time.',
    );
  }
  const body: unknown = req.body;
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return refuse(res, 400, 'The request body must be a JSON object.');
  const input = body as Record<string, unknown>;
  if (id !== undefined && input['id'] !== undefined && String(input['id']) !== id) {
    return refuse(res, 400, 'The id in the body does not match the record being updated.', [
      { field: 'id', message: 'must match the URL' },
    ]);
  }

  const versioned = VERSIONED.has(collection);
  if (versioned && current) {
    if (typeof input['version'] !== 'number') {
      return refuse(res, 400, 'An update must say which version of the record it changes.', [
        { field: 'version', message: 'is required' },
      ]);
    }
    if (input['version'] !== current['version']) {
      return refuse(res, 409, 'This record was changed by someone else since you opened it.', [], {
        current,
      });
    }
  }
  if (
    collection in COLLECTION_SCHEMAS &&
    method === 'POST' &&
    rows.some((r) => input['id'] !== undefined && String(r['id']) === String(input['id']))
  ) {
    return refuse(res, 409, `A record with id "${String(input['id'])}" already exists.`);
  }

  const merged: Record<string, unknown> = {
    ...(method === 'PATCH' ? current : {}),
    ...input,
    id: id ?? (typeof input['id'] === 'string' && input['id'] ? input['id'] : newId(collection)),
  };
  if (versioned) merged['version'] = current ? (current['version'] as number) + 1 : 1;

  const schema = COLLECTION_SCHEMAS[collection as CollectionName] as z.ZodMiniType;
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error).map(splitProblem);
    return refuse(
      res,
      400,
      `The ${singular(collection)} is not valid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
  const rule = RULES[collection as CollectionName];
  const problems = rule ? rule(parsed.data as never, referenceIds(state)) : [];
  if (problems.length) {
    return refuse(
      res,
      400,
      `The ${singular(collection)} is not valid: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
  // json-server stores what it is given: hand it the validated, normalised record.
  req.body = parsed.data;
  if (method === 'PATCH') req.method = 'PUT';
  next();
}

function splitProblem(text: string): FieldProblem {
  const i = text.indexOf(': ');
  return i > 0
    ? { field: text.slice(0, i), message: text.slice(i + 2) }
    : { field: '', message: text };
}

function singular(collection: string): string {
  return collection === 'activities' ? 'activity' : collection.replace(/s$/, '');
}

let counter = 0;
function newId(collection: string): string {
  counter = (counter + 1) % 1000;
  return `${collection.slice(0, 3)}-${Date.now().toString(36)}${counter.toString(36).padStart(2, '0')}`;
}
