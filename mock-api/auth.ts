/**
 * Sign-in, sessions and roles, from maintained middleware: express-session (an HttpOnly,
 * SameSite=Strict cookie with an idle expiry, plus an absolute lifetime checked here),
 * csrf-sync (a token kept in the session and sent back in a header on every write),
 * express-rate-limit (failed sign-ins per address) and express-slow-down (a growing delay per
 * account, never a lock a stranger could impose), bcryptjs (password hashes) and a password
 * policy (password-policy.ts). No session, no API: every /api request but sign-in answers 401
 * without one, and a write the role may not make answers 403. A session ends with its user's
 * credentials: a password change, a role change or disabling the user.
 */
import bcrypt from 'bcryptjs';
import { csrfSync } from 'csrf-sync';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { slowDown } from 'express-slow-down';
import session from 'express-session';
import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { describeIssues } from '../src/app/domain/schema';
import {
  canWrite,
  languageChoiceSchema,
  passwordChangeSchema,
  publicUser,
  type Role,
  type StoredUser,
  type User,
} from '../src/app/domain/users';
import { auditEntries, type Change } from './audit';
import { passwordProblems } from './password-policy';
import { pathSegments } from './paths';
import { refuse } from './refuse';
import { handled, Refused, type Reader, type Row, type Store } from './store';
import type { PageSession } from './static-files';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    /** The user's credential version when they signed in. */
    credentials?: number;
    /** When they signed in (ms since the epoch): the session ends SESSION_DAYS later. */
    signedInAt?: number;
  }
}

export const SESSION_COOKIE = 'rso.sid';
/** A session ends after this long without a request… */
const SESSION_HOURS = 8;
/** …and this long after sign-in, however busy. */
export const SESSION_DAYS = 7;
export const HASH_ROUNDS = 10;
/** Sign-in attempts that fail from one address within a minute before the next is refused. */
export const SIGN_IN_ATTEMPTS = 10;
/** Failed sign-ins to one account within a minute before each further attempt is delayed… */
export const FREE_ATTEMPTS = 3;
/** …by this much more for each failure past them, up to MAX_DELAY_MS. */
export const DELAY_STEP_MS = 500;
export const MAX_DELAY_MS = 5_000;

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

/** Compared against when the user name is unknown, so both refusals take as long. */
const DUMMY_HASH = bcrypt.hashSync('not a password of anyone', HASH_ROUNDS);

/** A user's audit record: the public user before and after, never a hash. */
export function userChange(before: StoredUser | null, after: StoredUser | null): Change {
  return {
    id: (after ?? before)!.id,
    before: before && (publicUser(before) as unknown as Row),
    after: after && (publicUser(after) as unknown as Row),
  };
}

export async function users(reader: Reader): Promise<StoredUser[]> {
  return (await reader.all('users')) as unknown as StoredUser[];
}

/** The signed-in user of this request (set by requireUser). */
export function currentUser(res: Response): StoredUser {
  return res.locals['user'] as StoredUser;
}

async function isDemoData(reader: Reader): Promise<boolean> {
  return (await reader.all('settings'))[0]?.['demoData'] === true;
}

/**
 * Makes sure someone can sign in: with demonstration data, the demonstration users; otherwise
 * an administrator whose password was given at the first start. Never a default password on
 * real data.
 */
export async function ensureUsers(store: Store, adminPassword?: string): Promise<void> {
  if ((await users(store.reader)).length > 0) return;
  let first: StoredUser[];
  if (await isDemoData(store.reader)) {
    first = DEMO_USERS.map(({ password, ...user }) => ({
      ...user,
      id: user.username,
      disabled: false,
      version: 1,
      passwordHash: bcrypt.hashSync(password, HASH_ROUNDS),
    }));
  } else {
    if (!adminPassword)
      throw new Error(
        'The data set has no users: give the first administrator a password with ADMIN_PASSWORD.',
      );
    first = [
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
    ];
  }
  await store.transaction(async (tx) => {
    if ((await tx.all('users')).length > 0) return;
    for (const user of first) await tx.insert('users', user as unknown as Row);
  });
}

/** A changed user and its audit entry, in one transaction; 409 if the user changed meanwhile. */
async function saveUser(
  store: Store,
  who: string,
  before: StoredUser,
  after: StoredUser,
): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.update('users', after as unknown as Row, before.version)))
      throw new Refused(409, 'account-changed');
    await tx.audit(auditEntries(who, 'users', [userChange(before, after)], null));
  });
}

export function sessions(store: Store) {
  return session({
    store: store.sessions,
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

/** Failed sign-ins from one address: the 11th within a minute is refused. */
const addressLimit = () =>
  rateLimit({
    windowMs: 60_000,
    limit: SIGN_IN_ATTEMPTS,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
    handler: (_req, res) => refuse(res, 429, 'too-many-sign-ins'),
  });

/**
 * Failed sign-ins to one account, from anywhere: past the first few each attempt waits longer —
 * the right password too — but none is refused, so a stranger cannot lock anyone out.
 */
const accountSlowdown = () =>
  slowDown({
    windowMs: 60_000,
    delayAfter: FREE_ATTEMPTS,
    delayMs: (used) => Math.min((used - FREE_ATTEMPTS) * DELAY_STEP_MS, MAX_DELAY_MS),
    skipSuccessfulRequests: true,
    keyGenerator: (req) => `account:${String(req.body?.username ?? '').toLowerCase()}`,
  });

/** GET, POST and DELETE /api/session: who is signed in, sign in, sign out. */
export function sessionRoutes(store: Store) {
  const router = express.Router();
  // One count per server: failures from one address add up across sign-in and password changes.
  const byAddress = addressLimit();
  // One token per session (a new session at sign-in gets a new one): asking again, from another
  // tab say, must not invalidate the token the first tab holds.
  const signedIn = (req: Request, res: Response, user: StoredUser) =>
    res.json(answerFor(req, user));

  router.get(
    '/session',
    handled(async (req, res) => {
      const user = await activeUser(store, req);
      if (user) return signedIn(req, res, user);
      // Demonstration data says how to sign in; real data never lists anyone.
      return refuse(res, 401, 'sign-in-required', { demoUsers: await demoUsersFor(store) });
    }),
  );

  router.post('/session', byAddress, accountSlowdown(), async (req, res, next) => {
    try {
      const { username, password } = (req.body ?? {}) as Record<string, unknown>;
      const user =
        typeof username === 'string'
          ? (await users(store.reader)).find(
              (u) => u.username.toLowerCase() === username.toLowerCase(),
            )
          : undefined;
      const matches = await bcrypt.compare(
        typeof password === 'string' ? password : '',
        user?.passwordHash ?? DUMMY_HASH,
      );
      if (!user || !matches || user.disabled) return refuse(res, 401, 'sign-in-failed');
      // A new session id at sign-in, so one planted beforehand is worth nothing.
      req.session.regenerate((error) => {
        if (error) return next(error);
        req.session.userId = user.id;
        req.session.credentials = user.credentialVersion ?? 0;
        req.session.signedInAt = Date.now();
        signedIn(req, res, user);
      });
    } catch (error) {
      next(error);
    }
  });

  // A signed-in user changes their own password (also the way through after a reset): the
  // current one first, then the policy; their other sessions end, this one goes on.
  router.post(
    '/session/password',
    byAddress,
    csrf.csrfSynchronisedProtection,
    async (req, res, next) => {
      try {
        const user = await activeUser(store, req);
        if (!user) return refuse(res, 401, 'session-ended');
        if (!req.is('application/json')) return refuse(res, 415, 'send-json');
        const parsed = passwordChangeSchema.safeParse(req.body);
        if (!parsed.success)
          return refuse(res, 400, {
            code: 'password-not-changed',
            problems: describeIssues(parsed.error as z.core.$ZodError),
          });
        if (!(await bcrypt.compare(parsed.data.current, user.passwordHash)))
          return refuse(res, 400, {
            code: 'password-not-changed',
            problems: [{ field: 'current', code: 'password-wrong' }],
          });
        const weak = passwordProblems(parsed.data.password, user);
        if (weak.length) return refuse(res, 400, { code: 'password-not-changed', problems: weak });
        const next: StoredUser = {
          ...user,
          passwordHash: bcrypt.hashSync(parsed.data.password, HASH_ROUNDS),
          credentialVersion: (user.credentialVersion ?? 0) + 1,
          mustChangePassword: false,
          version: user.version + 1,
        };
        // Written only if nobody changed the user during the wait for bcrypt.
        await saveUser(store, user.username, user, next);
        req.session.credentials = next.credentialVersion;
        signedIn(req, res, next);
      } catch (error) {
        next(error);
      }
    },
  );

  // A signed-in user chooses the language they read in: kept on their account, so it follows
  // them to any browser. Not a credential: the session goes on.
  router.patch(
    '/session',
    csrf.csrfSynchronisedProtection,
    handled(async (req, res) => {
      const user = await activeUser(store, req);
      if (!user) return refuse(res, 401, 'session-ended');
      if (!req.is('application/json')) return refuse(res, 415, 'send-json');
      const parsed = languageChoiceSchema.safeParse(req.body);
      if (!parsed.success)
        return refuse(res, 400, {
          code: 'language-not-changed',
          problems: [{ field: 'language', code: 'one-of', params: { value: 'en|id' } }],
        });
      if ((user.language ?? null) === parsed.data.language) return signedIn(req, res, user);
      const next: StoredUser = {
        ...user,
        language: parsed.data.language,
        version: user.version + 1,
      };
      await saveUser(store, user.username, user, next);
      signedIn(req, res, next);
    }),
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

export async function isSignedIn(store: Store, req: Request): Promise<boolean> {
  return (await activeUser(store, req)) !== null;
}

/** What GET /session answers a signed-in visitor: the user, and the session's CSRF token. */
function answerFor(req: Request, user: StoredUser) {
  return { user: publicUser(user), csrfToken: csrf.generateToken(req, false) };
}

/** The demonstration accounts a signed-out visitor is shown: none with real data. */
async function demoUsersFor(store: Store) {
  return (await isDemoData(store.reader))
    ? DEMO_USERS.map(({ username, role, password }) => ({ username, role, password }))
    : [];
}

/**
 * What the app's page carries, so the app starts without asking GET /session: its answer for
 * a signed-in visitor (`signedIn`, in their language), else no user and the demonstration
 * accounts it lists.
 */
export async function pageSession(store: Store, req: Request): Promise<PageSession> {
  const user = await activeUser(store, req);
  return user
    ? { signedIn: true, language: user.language ?? null, data: answerFor(req, user) }
    : {
        signedIn: false,
        language: null,
        data: { user: null, demoUsers: await demoUsersFor(store) },
      };
}

/**
 * The session's user while the session holds: the user exists and is enabled, their
 * credentials have not changed since sign-in, and sign-in was less than SESSION_DAYS ago.
 */
async function activeUser(store: Store, req: Request): Promise<StoredUser | null> {
  const id = req.session?.userId;
  const user = id ? ((await store.reader.one('users', id)) as StoredUser | undefined) : undefined;
  if (!user || user.disabled) return null;
  if ((user.credentialVersion ?? 0) !== req.session.credentials) return null;
  const since = req.session.signedInAt;
  if (since === undefined || Date.now() - since >= SESSION_DAYS * 24 * 3600 * 1000) return null;
  return user;
}

/**
 * Every other /api request needs a signed-in, enabled user — who, after an administrator's
 * reset, has chosen their own password first.
 */
export function requireUser(store: Store) {
  return (req: Request, res: Response, next: NextFunction) => {
    activeUser(store, req).then((user) => {
      if (!user) return refuse(res, 401, 'session-ended');
      if (user.mustChangePassword)
        return refuse(res, 403, 'password-change-required', {
          code: 'password-change-required',
        });
      res.locals['user'] = user;
      next();
    }, next);
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
    return refuse(res, 403, { code: 'role-may-not-change', params: { role, collection } });
  next();
}
