/** What an administrator sends to add or change a user, checked by the API. */
import * as z from 'zod/mini';
import { schemaMessage as m } from './problems';
import { ROLES } from './roles';
import { idSchema, shortText } from './schema';

export { canWrite, publicUser, ROLES } from './roles';
export type { Role, StoredUser, User } from './roles';

export const MIN_PASSWORD = 10;
/** bcrypt reads only the first 72 bytes of a password: a longer one is refused, not cut. */
export const MAX_PASSWORD_BYTES = 72;

const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

const role = z.enum(ROLES, {
  error: (issue) => (issue.input === undefined ? 'required' : m('one-of', ROLES.join('|'))),
});
/** A password as the API accepts it: its length; the server also checks it is not easy to guess. */
export const passwordSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'not-text') })
  .check(
    z.minLength(MIN_PASSWORD, m('min-length', MIN_PASSWORD)),
    z.refine((v) => utf8Bytes(v) <= MAX_PASSWORD_BYTES, m('max-bytes', MAX_PASSWORD_BYTES)),
  );

/** What an administrator sends to add a user. */
export const newUserSchema = z.object({
  username: idSchema,
  name: shortText(120),
  role,
  workingGroup: z.nullable(idSchema),
  password: passwordSchema,
});

/** What a signed-in user sends to change their own password. */
export const passwordChangeSchema = z.object({
  current: z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'not-text') }),
  password: passwordSchema,
});

/** What a signed-in user sends to choose the language they read in. */
export const languageChoiceSchema = z.object({
  language: z.enum(['en', 'id'], { error: () => 'one-of' }),
});

/** What an administrator sends to change one: any of these, with the version read. */
export const userChangeSchema = z.object({
  name: z.optional(shortText(120)),
  role: z.optional(role),
  workingGroup: z.optional(z.nullable(idSchema)),
  disabled: z.optional(z.boolean({ error: () => 'not-true-false' })),
  password: z.optional(passwordSchema),
  version: z.int({
    error: (issue) => (issue.input === undefined ? 'required' : 'not-whole-number'),
  }),
});
