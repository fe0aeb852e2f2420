/**
 * Sign-in, sessions and roles, from maintained middleware: express-session (an HttpOnly,
 * SameSite=Strict cookie with an expiry), csrf-sync (a token kept in the session and sent back
 * in a header on every write), express-rate-limit (sign-in attempts per address and per
 * account) and bcryptjs (password hashes). No session, no API: every /api request but sign-in
 * answers 401 without one, and a write the role may not make answers 403.
 */
import bcrypt from 'bcryptjs';
import { csrfSync } from 'csrf-sync';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import {
  canWrite,
  publicUser,
  type Role,
  type StoredUser,
  type User,
} from '../src/app/domain/users';
import { pathSegments } from './paths';
import { refuse } from './refuse';
import type { DurableStore } from './store';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

export const SESSION_COOKIE = 'rso.sid';
const SESSION_HOURS = 8;
export const HASH_ROUNDS = 10;
/** Sign-in attempts that fail, per address and per account, before the next is refused. */
export const SIGN_IN_ATTEMPTS = 10;

/** The demonstration users, one per role: only ever created for demonstration data. */
export const DEMO_USERS: readonly (Omit<User, 'id' | 'disabled' | 'version'> & {
  password: string;
})[] = [
  {
    username: 'comanager',
    name: 'Co-manager (demonstration)',
    role: 'co-manager',
    workingGroup: null,
    password: 'comanager-demo',
  },
  {
    username: 'cochair',
    name: 'Co-chair (demonstration)',
    role: 'co-chair',
    workingGroup: null,
    password: 'cochair-demo',
  },
  {
    username: 'wgmember',
    name: 'Working-group member (demonstration)',
    role: 'wg-member',
    workingGroup: 'WGTIP',
    password: 'wgmember-demo',
  },
  {
    username: 'admin',
    name: 'Administrator (demonstration)',
    role: 'administrator',
    workingGroup: null,
    password: 'admin-demo',
  },
];

const GENERIC_REFUSAL = 'The user name or password is not correct.';
/** Compared against when the user name is unknown, so both refusals take as long. */
const DUMMY_HASH = bcrypt.hashSync('not a password of anyone', HASH_ROUNDS);

export function users(store: DurableStore): StoredUser[] {
  return store.rows('users') as unknown as StoredUser[];
}

/** The signed-in user of this request (set by requireUser). */
export function currentUser(res: Response): StoredUser {
  return res.locals['user'] as StoredUser;
}

function isDemoData(store: DurableStore): boolean {
  return store.rows('settings')[0]?.['demoData'] === true;
}

/**
 * Makes sure someone can sign in: with demonstration data, the demonstration users; otherwise
 * an administrator whose password was given at the first start. Never a default password on
 * real data.
 */
export function ensureUsers(store: DurableStore, adminPassword?: string): void {
  if (users(store).length > 0) return;
  if (isDemoData(store)) {
    store.replace(
      'users',
      DEMO_USERS.map(({ password, ...user }) => ({
        ...user,
        id: user.username,
        disabled: false,
        version: 1,
        passwordHash: bcrypt.hashSync(password, HASH_ROUNDS),
      })),
    );
    return;
  }
  if (!adminPassword)
    throw new Error(
      'The data set has no users: give the first administrator a password with ADMIN_PASSWORD.',
    );
  store.replace('users', [
    {
      id: 'admin',
      username: 'admin',
      name: 'Administrator',
      role: 'administrator',
      workingGroup: null,
      disabled: false,
      version: 1,
      passwordHash: bcrypt.hashSync(adminPassword, HASH_ROUNDS),
    },
  ]);
}

export function sessions() {
  return session({
    name: SESSION_COOKIE,
    secret: process.env['SESSION_SECRET'] ?? randomBytes(32).toString('hex'),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'strict',
      secure: false,
      maxAge: SESSION_HOURS * 3600 * 1000,
      path: '/',
    },
  });
}

const csrf = csrfSync({
  getTokenFromRequest: (req) => req.get('x-csrf-token'),
  errorConfig: {
    statusCode: 403,
    message: 'The request is missing its security token: reload the page and try again.',
    code: 'EBADCSRFTOKEN',
  },
});

function limiter(key: (req: Request) => string) {
  return rateLimit({
    windowMs: 60_000,
    limit: SIGN_IN_ATTEMPTS,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: key,
    handler: (_req, res) =>
      refuse(res, 429, 'Too many attempts to sign in. Wait a minute, then try again.'),
  });
}

/** GET, POST and DELETE /api/session: who is signed in, sign in, sign out. */
export function sessionRoutes(store: DurableStore) {
  const router = express.Router();
  // One token per session (a new session at sign-in gets a new one): asking again, from another
  // tab say, must not invalidate the token the first tab holds.
  const signedIn = (req: Request, res: Response, user: StoredUser) =>
    res.json({ user: publicUser(user), csrfToken: csrf.generateToken(req, false) });

  router.get('/session', (req, res) => {
    const user = activeUser(store, req);
    if (user) return signedIn(req, res, user);
    // Demonstration data says how to sign in; real data never lists anyone.
    const demo = isDemoData(store)
      ? DEMO_USERS.map(({ username, role, password }) => ({ username, role, password }))
      : [];
    return refuse(res, 401, 'Sign in to continue.', [], { demoUsers: demo });
  });

  router.post(
    '/session',
    limiter((req) => ipKeyGenerator(req.ip ?? '')),
    limiter((req) => `account:${String(req.body?.username ?? '').toLowerCase()}`),
    async (req, res, next) => {
      try {
        const { username, password } = (req.body ?? {}) as Record<string, unknown>;
        const user =
          typeof username === 'string'
            ? users(store).find((u) => u.username.toLowerCase() === username.toLowerCase())
            : undefined;
        const matches = await bcrypt.compare(
          typeof password === 'string' ? password : '',
          user?.passwordHash ?? DUMMY_HASH,
        );
        if (!user || !matches || user.disabled) return refuse(res, 401, GENERIC_REFUSAL);
        // A new session id at sign-in, so one planted beforehand is worth nothing.
        req.session.regenerate((error) => {
          if (error) return next(error);
          req.session.userId = user.id;
          signedIn(req, res, user);
        });
      } catch (error) {
        next(error);
      }
    },
  );

  router.delete('/session', csrf.csrfSynchronisedProtection, (req, res, next) => {
    req.session.destroy((error) => {
      if (error) return next(error);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      res.status(204).end();
    });
  });
  return router;
}

export function isSignedIn(store: DurableStore, req: Request): boolean {
  return activeUser(store, req) !== null;
}

function activeUser(store: DurableStore, req: Request): StoredUser | null {
  const id = req.session?.userId;
  const user = id ? users(store).find((u) => u.id === id) : undefined;
  return user && !user.disabled ? user : null;
}

/** Every other /api request needs a signed-in, enabled user. */
export function requireUser(store: DurableStore) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = activeUser(store, req);
    if (!user) return refuse(res, 401, 'Your session has ended: sign in again.');
    res.locals['user'] = user;
    next();
  };
}

/** Writes carry the session's CSRF token. */
export const csrfProtection = csrf.csrfSynchronisedProtection;

/** A write the role may not make is refused before anything else is looked at. */
export function authorizeWrites(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const [collection] = pathSegments(req.path) ?? [];
  const role: Role = currentUser(res).role;
  if (collection && !canWrite(role, collection))
    return refuse(res, 403, `Your role (${role}) may not change ${collection}.`);
  next();
}
