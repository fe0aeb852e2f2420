/** Data-quality rules: every record that breaks one is listed, none is allowed to crash a view. */
import type { Activity } from '../domain/schema';
import type { IsoDate } from '../domain/dates';

export type QualityRule =
  | 'sex-exceeds-total'
  | 'end-before-start'
  | 'completed-without-goal'
  | 'unknown-member'
  | 'unknown-reference'
  | 'negative-count'
  | 'members-exceed-total'
  | 'completed-in-future'
  | 'unreadable-field';

export interface QualityIssue {
  id: string;
  title: string;
  rule: QualityRule;
  message: string;
}

export interface QualityReference {
  memberCodes: ReadonlySet<string>;
  goalIds: ReadonlySet<string>;
  purposeIds: ReadonlySet<string>;
  functionIds: ReadonlySet<string>;
  workingGroupIds: ReadonlySet<string>;
  today: IsoDate;
}

const isNegative = (v: number | null | undefined) => typeof v === 'number' && v < 0;

/** The rule violations of one activity (empty when it is clean). */
export function checkActivity(a: Activity, ref: QualityReference): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const add = (rule: QualityRule, message: string) =>
    issues.push({ id: a.id, title: a.title, rule, message });
  const { total, female, male } = a.participants;
  // Fields the API sent in a form that could not be used: they read as unknown.
  for (const p of a.readProblems ?? [])
    add('unreadable-field', `${p.field}: ${p.problem}. Read as unknown.`);

  if (
    isNegative(total) ||
    isNegative(female) ||
    isNegative(male) ||
    a.members.some((m) => isNegative(m.count))
  ) {
    add('negative-count', 'A participant count is negative.');
  }
  if (total !== null && total >= 0) {
    const women = female ?? 0;
    const men = male ?? 0;
    if (women + men > total) {
      add(
        'sex-exceeds-total',
        `Women (${female ?? 'unknown'}) and men (${male ?? 'unknown'}) add up to more than the total (${total}).`,
      );
    }
    const byMember = a.members.reduce(
      (s, m) => s + (m.count !== null && m.count > 0 ? m.count : 0),
      0,
    );
    if (byMember > total)
      add(
        'members-exceed-total',
        `Participants by member (${byMember}) exceed the total (${total}).`,
      );
  }
  if (a.startDate !== null && a.endDate < a.startDate)
    add('end-before-start', `Ends (${a.endDate}) before it starts (${a.startDate}).`);
  if (a.status === 'completed' && a.goals.length === 0)
    add('completed-without-goal', 'Completed but linked to no strategic goal.');
  if (a.status === 'completed' && a.endDate > ref.today)
    add('completed-in-future', `Marked completed but ends in the future (${a.endDate}).`);

  const unknownMembers = a.members.map((m) => m.code).filter((c) => !ref.memberCodes.has(c));
  if (a.hostCountry && !ref.memberCodes.has(a.hostCountry)) unknownMembers.push(a.hostCountry);
  if (unknownMembers.length)
    add(
      'unknown-member',
      `Unknown member code${unknownMembers.length > 1 ? 's' : ''}: ${unknownMembers.join(', ')}.`,
    );

  const unknownRefs = [
    ...a.goals.filter((g) => !ref.goalIds.has(g)),
    ...a.purposes.filter((p) => !ref.purposeIds.has(p)),
    ...a.functions.filter((f) => !ref.functionIds.has(f)),
    ...a.workingGroups.filter((w) => !ref.workingGroupIds.has(w)),
  ];
  if (unknownRefs.length)
    add(
      'unknown-reference',
      `Unknown goal, purpose, function or working group: ${unknownRefs.join(', ')}.`,
    );
  return issues;
}

export function checkActivities(
  activities: readonly Activity[],
  ref: QualityReference,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const a of activities) for (const issue of checkActivity(a, ref)) issues.push(issue);
  return issues;
}
