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
import { auditEntries } from './audit';
import { currentUser, HASH_ROUNDS, userChange, users } from './auth';
import { passwordProblems } from './password-policy';
import { refuse } from './refuse';
import { handled, Refused, type Row, type Store } from './store';

function invalid(res: Response, problems: Problem[]) {
  return refuse(res, 400, { code: 'record-not-valid', params: { collection: 'users' }, problems });
}

function isActiveAdmin(u: StoredUser) {
  return u.role === 'administrator' && !u.disabled;
}

export function userRoutes(store: Store) {
  const router = express.Router();
  router.use((_req, res, next) =>
    currentUser(res).role === 'administrator' ? next() : refuse(res, 403, 'admin-only'),
  );

  router.get(
    '/',
    handled(async (_req, res) => {
      res.json((await users(store.reader)).map(publicUser));
    }),
  );

  router.post(
    '/',
    handled(async (req, res) => {
      if (!req.is('application/json')) return refuse(res, 415, 'send-json');
      const parsed = newUserSchema.safeParse(req.body);
      if (!parsed.success) return invalid(res, describeIssues(parsed.error as z.core.$ZodError));
      const { password, ...fields } = parsed.data;
      const taken = () =>
        new Refused(409, { code: 'user-exists', params: { username: fields.username } });
      const sameName = (all: readonly StoredUser[]) =>
        all.some((u) => u.username.toLowerCase() === fields.username.toLowerCase());
      if (sameName(await users(store.reader))) throw taken();
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
      await store.transaction(async (tx) => {
        if (sameName((await tx.all('users')) as unknown as StoredUser[])) throw taken();
        await tx.insert('users', user as unknown as Row);
        await tx.audit(
          auditEntries(currentUser(res).username, 'users', [userChange(null, user)], null),
        );
      });
      res.location(`/api/users/${encodeURIComponent(user.id)}`);
      res.status(201).json(publicUser(user));
    }),
  );

  router.patch(
    '/:id',
    handled(async (req, res) => {
      if (!req.is('application/json')) return refuse(res, 415, 'send-json');
      const all = await users(store.reader);
      const current = all.find((u) => u.id === req.params['id']);
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
      await store.transaction(async (tx) => {
        // The last administrator is counted again where the change is made: two administrators
        // disabling each other at once must not leave none.
        const now = (await tx.all('users')) as unknown as StoredUser[];
        if (
          isActiveAdmin(current) &&
          !isActiveAdmin(next) &&
          now.filter(isActiveAdmin).length === 1
        )
          throw new Refused(409, 'last-administrator');
        if (!(await tx.update('users', next as unknown as Row, current.version)))
          throw new Refused(409, 'user-changed', {
            current: publicUser(((await tx.one('users', current.id)) ?? current) as StoredUser),
          });
        await tx.audit(
          auditEntries(currentUser(res).username, 'users', [userChange(current, next)], null),
        );
      });
      // An administrator who resets their own password stays signed in here.
      if (self && credentials) req.session.credentials = next.credentialVersion;
      res.json(publicUser(next));
    }),
  );

  router.all(/.*/, (req, res) =>
    refuse(res, 405, { code: 'method-not-supported', params: { method: req.method } }),
  );
  return router;
}
