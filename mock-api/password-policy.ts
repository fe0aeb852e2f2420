/**
 * What a password must be beyond its length (the shared schema checks 10 characters and 72
 * bytes): not easy to guess — zxcvbn-ts with its common-password and English dictionaries must
 * rate it 3 of 4 or better — and not built on the user's own name.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as english, translations } from '@zxcvbn-ts/language-en';
import { problemText } from './problem-text';
import type { Problem } from '../src/app/domain/problems';
import { describeIssues } from '../src/app/domain/schema';
import { passwordSchema } from '../src/app/domain/users';
import type * as z from 'zod/mini';

const zxcvbn = new ZxcvbnFactory({
  graphs: adjacencyGraphs,
  dictionary: { ...common, ...english },
  translations,
});

/** The lowest zxcvbn score accepted: "safely unguessable: moderate protection from offline attacks". */
export const MIN_SCORE = 3;

/** What is wrong with a password for this user (username and display name), or nothing. */
export function passwordProblems(
  password: string,
  user: { username: string; name?: string },
): Problem[] {
  const lower = password.toLowerCase();
  const names = [user.username, ...(user.name ?? '').split(/\s+/)]
    .map((n) => n.toLowerCase().replace(/[()]/g, ''))
    .filter((n) => n.length >= 4);
  if (names.some((n) => lower.includes(n)))
    return [{ field: 'password', code: 'password-has-name' }];
  const result = zxcvbn.check(password, [user.username, user.name ?? '']);
  return result.score < MIN_SCORE ? [{ field: 'password', code: 'password-weak' }] : [];
}

/** Everything wrong with a password, length included, as one sentence; null when it will do. */
export function passwordRefusal(
  password: string,
  user: { username: string; name?: string },
): string | null {
  const parsed = passwordSchema.safeParse(password);
  const problems = parsed.success
    ? passwordProblems(password, user)
    : describeIssues(parsed.error as z.core.$ZodError);
  return problems.length ? `The password ${problems.map(problemText).join('; ')}.` : null;
}
