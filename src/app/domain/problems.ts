/**
 * A problem with a record: the field it concerns, a code, and the values the code's sentence
 * needs. The schema, the rules and the record reader return these; problem-text.ts is the one
 * place that turns them into text.
 */
export interface Problem {
  /** Dotted path of the field (`participants.total`, `members.1.code`); empty for the record. */
  field: string;
  code: ProblemCode;
  params?: ProblemParams;
}

export type ProblemParams = Readonly<Record<string, string | number>>;

export type ProblemCode =
  // Shape (schema)
  | 'required'
  | 'not-text'
  | 'not-whole-number'
  | 'not-number'
  | 'not-list'
  | 'not-true-false'
  | 'not-object'
  | 'one-of'
  | 'max-entries'
  | 'empty'
  | 'max-length'
  | 'max-bytes'
  | 'min-length'
  | 'safe-id'
  | 'safe-code'
  | 'script-tag'
  | 'control-character'
  | 'date-format'
  | 'real-date'
  | 'negative'
  | 'min'
  | 'max'
  | 'above'
  | 'positive'
  | 'max-share'
  | 'month'
  | 'currency'
  | 'period'
  | 'link'
  | 'invalid'
  // Rules across fields and records
  | 'end-before-start'
  | 'sex-exceeds-total'
  | 'members-exceed-total'
  | 'member-listed-twice'
  | 'completed-without-goal'
  | 'completed-in-future'
  | 'unknown-reference'
  | 'markup'
  | 'target-period-twice'
  | 'target-outside-framework'
  | 'target-against-direction'
  | 'baseline-incomplete'
  | 'framework-in-use'
  | 'framework-reported'
  | 'reason-required'
  | 'stale-version'
  | 'read-only'
  | 'narrative-subject'
  | 'threshold-order'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'password-weak'
  | 'password-has-name'
  | 'password-wrong'
  | 'not-a-list-response'
  // Submitting a reporting round
  | 'period-running'
  | 'narrative-missing'
  | 'actuals-missing'
  | 'quality-open';

/**
 * Schema messages carry a code and at most one parameter as `code` or `code:value`, so a zod
 * issue becomes a problem without any English in between.
 */
export function schemaMessage(code: ProblemCode, value?: string | number): string {
  return value === undefined ? code : `${code}:${value}`;
}

/** The problem a schema message stands for (zod's own messages become `invalid`). */
export function problemFromMessage(field: string, message: string): Problem {
  const colon = message.indexOf(':');
  const code = (colon < 0 ? message : message.slice(0, colon)) as ProblemCode;
  if (!/^[a-z-]+$/.test(code)) return { field, code: 'invalid', params: { detail: message } };
  return colon < 0 ? { field, code } : { field, code, params: { value: message.slice(colon + 1) } };
}

/** Problems that are worth knowing but do not stop a record from being saved. */
export const WARNINGS: ReadonlySet<ProblemCode> = new Set([
  'completed-in-future',
  'target-against-direction',
]);
