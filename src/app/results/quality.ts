/**
 * The Data quality list: every loaded activity that breaks one of the shared rules
 * (domain/rules.ts), with the rule and the field. None is allowed to crash a view.
 */
import type { IsoDate } from '../domain/dates';
import type { Problem, ProblemCode } from '../domain/problems';
import { activityProblems, ReferenceIds } from '../domain/rules';
import type { Activity } from '../domain/schema';

/** What the list groups by: the rule's code, or one group for fields read as unknown. */
export type QualityRule = ProblemCode | 'unreadable-field' | 'unknown-member';

export interface QualityIssue {
  id: string;
  title: string;
  rule: QualityRule;
  problem: Problem;
}

export interface QualityReference {
  refs: ReferenceIds;
  today: IsoDate;
}

/** The rule violations of one activity (empty when it is clean). */
export function checkActivity(a: Activity, ref: QualityReference): QualityIssue[] {
  const unreadable = new Set(a.readProblems ?? []);
  return activityProblems(a, ref.refs, ref.today).map((problem) => ({
    id: a.id,
    title: a.title,
    rule: unreadable.has(problem) ? 'unreadable-field' : ruleOf(problem),
    problem,
  }));
}

/** Unknown member codes are told apart from other unknown references. */
function ruleOf(problem: Problem): QualityRule {
  return problem.code === 'unknown-reference' && problem.params?.['kind'] === 'member'
    ? 'unknown-member'
    : problem.code;
}

export function checkActivities(
  activities: readonly Activity[],
  ref: QualityReference,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const a of activities) for (const issue of checkActivity(a, ref)) issues.push(issue);
  return issues;
}
