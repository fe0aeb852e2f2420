/**
 * Rules a record must satisfy to be written, beyond its shape: cross-field consistency and
 * references to records that exist. Shared by the mock API (which refuses a write that breaks
 * them) and the app (which explains them beside the field before anything is sent).
 */
import type {
  Activity,
  Actual,
  Framework,
  Goal,
  Indicator,
  Meeting,
  Narrative,
  Settings,
} from './schema';

export interface ReferenceIds {
  frameworks: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  purposes: ReadonlySet<string>;
  functions: ReadonlySet<string>;
  workingGroups: ReadonlySet<string>;
  members: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

/** A broken rule, named by the field it concerns. */
export interface FieldProblem {
  field: string;
  message: string;
}

function unknownRefs(
  field: string,
  values: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): FieldProblem[] {
  const missing = values.filter((v) => !known.has(v));
  return missing.length ? [{ field, message: `unknown ${what}: ${missing.join(', ')}` }] : [];
}

/** A tag-like sequence (`<img`, `</b`, `<!--`, `<?`). */
const MARKUP = /<[A-Za-z!/?]/;

/**
 * Names and titles reach charts, menus and headings. The app shows them as text whatever they
 * hold, and new ones are refused if they look like markup: a name never needs a tag.
 */
function plainNames<T>(record: T, fields: readonly (keyof T & string)[]): FieldProblem[] {
  return fields
    .filter((f) => typeof record[f] === 'string' && MARKUP.test(record[f] as string))
    .map((field) => ({ field, message: 'must not contain markup such as < followed by a letter' }));
}

export const goalProblems = (g: Goal): FieldProblem[] => plainNames(g, ['title']);
export const frameworkProblems = (f: Framework): FieldProblem[] => plainNames(f, ['name']);
export const meetingProblems = (m: Meeting): FieldProblem[] => plainNames(m, ['name', 'shortName']);

export function activityProblems(a: Activity, refs: ReferenceIds): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { total, female, male } = a.participants;
  if (a.startDate !== null && a.endDate < a.startDate)
    problems.push({ field: 'endDate', message: 'must not be before the start date' });
  if (total !== null && (female ?? 0) + (male ?? 0) > total) {
    problems.push({
      field: 'participants',
      message: 'women and men must not add up to more than the total',
    });
  }
  const byMember = a.members.reduce((s, m) => s + (m.count ?? 0), 0);
  if (total !== null && byMember > total) {
    problems.push({
      field: 'members',
      message: 'participants by member must not add up to more than the total',
    });
  }
  const codes = a.members.map((m) => m.code);
  if (new Set(codes).size !== codes.length)
    problems.push({ field: 'members', message: 'each member may be listed once' });
  if (a.status === 'completed' && a.goals.length === 0) {
    problems.push({
      field: 'goals',
      message: 'a completed activity must contribute to at least one strategic goal',
    });
  }
  problems.push(
    ...unknownRefs('goals', a.goals, refs.goals, 'strategic goal'),
    ...unknownRefs('purposes', a.purposes, refs.purposes, 'core purpose'),
    ...unknownRefs('functions', a.functions, refs.functions, 'function'),
    ...unknownRefs('workingGroups', a.workingGroups, refs.workingGroups, 'working group'),
    ...unknownRefs('members', codes, refs.members, 'member code'),
    ...unknownRefs(
      'hostCountry',
      a.hostCountry ? [a.hostCountry] : [],
      refs.members,
      'member code',
    ),
  );
  return problems;
}

export function indicatorProblems(i: Indicator, refs: ReferenceIds): FieldProblem[] {
  const periods = i.targets.map((t) => t.period);
  const problems: FieldProblem[] = [
    ...plainNames(i, ['name']),
    ...unknownRefs('framework', [i.framework], refs.frameworks, 'framework'),
    ...unknownRefs('goals', i.goals, refs.goals, 'strategic goal'),
    ...unknownRefs('purposes', i.purposes, refs.purposes, 'core purpose'),
  ];
  if (new Set(periods).size !== periods.length)
    problems.push({ field: 'targets', message: 'each period may have one target' });
  return problems;
}

export function actualProblems(a: Actual, refs: ReferenceIds): FieldProblem[] {
  return unknownRefs('indicator', [a.indicator], refs.indicators, 'indicator');
}

export function narrativeProblems(n: Narrative, refs: ReferenceIds): FieldProblem[] {
  if (!n.indicator && !n.goal)
    return [{ field: 'indicator', message: 'a narrative explains an indicator or a goal' }];
  return [
    ...unknownRefs('indicator', n.indicator ? [n.indicator] : [], refs.indicators, 'indicator'),
    ...unknownRefs('goal', n.goal ? [n.goal] : [], refs.goals, 'strategic goal'),
  ];
}

export function settingsProblems(s: Settings, refs?: ReferenceIds): FieldProblem[] {
  const problems: FieldProblem[] = refs
    ? unknownRefs('currentFramework', [s.currentFramework], refs.frameworks, 'framework')
    : [];
  if (s.atRiskThreshold >= s.onTrackThreshold)
    problems.push({ field: 'atRiskThreshold', message: 'must be below the on-track threshold' });
  return problems;
}
