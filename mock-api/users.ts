/**
 * /api/users, for administrators: list, add, change role or name, reset a password, disable
 * and re-enable. No response ever carries a password hash, and the last enabled administrator
 * can be neither disabled nor given another role. Every change is audited in the same write
 * (the public user before and after); a reset, a role change or disabling ends the user's
 * sessions, and after a reset the user chooses their own password at the next sign-in.
 */
import bcrypt from 'bcryptjs';
import express, { type Response } from 'express';
import * as z from 'zod/mini';
import type { Problem } from '../src/app/domain/problems';
import { describeIssues } from '../src/app/domain/schema';
import {
  newUserSchema,
  publicUser,
  userChangeSchema,
  type StoredUser,
} from '../src/app/domain/users';
import { markupInChangedText } from '../src/app/domain/rules';
import { withAudit } from './audit';
import { currentUser, HASH_ROUNDS, userChange, users } from './auth';
import { passwordProblems } from './password-policy';
import { refuse } from './refuse';
import type { DurableStore } from './store';

function invalid(res: Response, problems: Problem[]) {
  return refuse(res, 400, { code: 'record-not-valid', params: { collection: 'users' }, problems });
}

function isActiveAdmin(u: StoredUser) {
  return u.role === 'administrator' && !u.disabled;
}

export function userRoutes(store: DurableStore) {
  const router = express.Router();
  router.use((_req, res, next) =>
    currentUser(res).role === 'administrator' ? next() : refuse(res, 403, 'admin-only'),
  );

  router.get('/', (_req, res) => {
    res.json(users(store).map(publicUser));
  });

  router.post('/', (req, res) => {
    if (!req.is('application/json')) return refuse(res, 415, 'send-json');
    const parsed = newUserSchema.safeParse(req.body);
    if (!parsed.success) return invalid(res, describeIssues(parsed.error as z.core.$ZodError));
    const { password, ...fields } = parsed.data;
    const all = users(store);
    if (all.some((u) => u.username.toLowerCase() === fields.username.toLowerCase()))
      return refuse(res, 409, { code: 'user-exists', params: { username: fields.username } });
    const problems = [
      ...markupInChangedText('users', null, fields),
      ...passwordProblems(password, fields),
    ];
    if (problems.length) return invalid(res, problems);
    const user: StoredUser = {
      ...fields,
      id: fields.username,
      disabled: false,
      // The administrator knows this password: its owner replaces it at the first sign-in.
      mustChangePassword: true,
      version: 1,
      passwordHash: bcrypt.hashSync(password, HASH_ROUNDS),
    };
    store.commit({
      users: [...all, user],
      ...withAudit(store, currentUser(res).username, 'users', [userChange(null, user)], null),
    });
    res.location(`/api/users/${encodeURIComponent(user.id)}`);
    res.status(201).json(publicUser(user));
  });

  router.patch('/:id', (req, res) => {
    if (!req.is('application/json')) return refuse(res, 415, 'send-json');
    const all = users(store);
    const index = all.findIndex((u) => u.id === req.params['id']);
    const current = all[index];
    if (!current)
      return refuse(res, 404, { code: 'no-such-user', params: { id: String(req.params['id']) } });
    const parsed = userChangeSchema.safeParse(req.body);
    if (!parsed.success) return invalid(res, describeIssues(parsed.error as z.core.$ZodError));
    const { password, version, ...change } = parsed.data;
    if (version !== current.version)
      return refuse(res, 409, 'user-changed', {
        current: publicUser(current),
      });
    const self = current.id === currentUser(res).id;
    const changed: StoredUser = {
      ...current,
      ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    };
    const problems = [
      ...markupInChangedText(
        'users',
        current as unknown as Record<string, unknown>,
        changed as unknown as Record<string, unknown>,
      ),
      ...(password ? passwordProblems(password, changed) : []),
    ];
    if (problems.length) return invalid(res, problems);
    // A new password, another role or disabling ends the sessions signed in under the old ones.
    const credentials =
      !!password || changed.role !== current.role || changed.disabled !== current.disabled;
    const next: StoredUser = {
      ...changed,
      ...(password
        ? {
            passwordHash: bcrypt.hashSync(password, HASH_ROUNDS),
            // Someone else's reset: its owner chooses their own at the next sign-in.
            mustChangePassword: !self,
          }
        : {}),
      ...(credentials ? { credentialVersion: (current.credentialVersion ?? 0) + 1 } : {}),
      version: current.version + 1,
    };
    if (isActiveAdmin(current) && !isActiveAdmin(next) && all.filter(isActiveAdmin).length === 1)
      return refuse(res, 409, 'last-administrator');
    store.commit({
      users: all.map((u, i) => (i === index ? next : u)),
      ...withAudit(store, currentUser(res).username, 'users', [userChange(current, next)], null),
    });
    // An administrator who resets their own password stays signed in here.
    if (self && credentials) req.session.credentials = next.credentialVersion;
    res.json(publicUser(next));
  });

  router.all(/.*/, (req, res) =>
    refuse(res, 405, { code: 'method-not-supported', params: { method: req.method } }),
  );
  return router;
}
