/**
 * The one set of rules a record must satisfy beyond its shape: cross-field consistency and
 * references to records that exist. The mock API refuses a write that breaks them, the forms
 * explain them beside the field before anything is sent, and the Data quality page lists the
 * loaded records that break them — all from these functions.
 */
import { IsoDate, isIsoDate, monthOf, monthStart, periodKeySpan, yearOf } from './dates';
import { Problem, WARNINGS } from './problems';
import type {
  Activity,
  Actual,
  Framework,
  Goal,
  Indicator,
  Meeting,
  Narrative,
  Settings,
  WorkPlan,
} from './schema';

export interface ReferenceIds {
  frameworks: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  purposes: ReadonlySet<string>;
  functions: ReadonlySet<string>;
  workingGroups: ReadonlySet<string>;
  members: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  /** Framework dates, for targets that must fall inside their framework. */
  frameworkSpans?: ReadonlyMap<string, { start: IsoDate; end: IsoDate }>;
  /** The first month of the work-plan year (settings), for period keys. */
  firstMonth?: number;
}

function unknownRefs(
  field: string,
  values: readonly string[],
  known: ReadonlySet<string>,
  kind: string,
): Problem[] {
  const missing = values.filter((v) => !known.has(v));
  return missing.length
    ? [{ field, code: 'unknown-reference', params: { kind, values: missing.join(', ') } }]
    : [];
}

/** A tag-like sequence (`<img`, `</b`, `<!--`, `<?`). */
const MARKUP = /<[A-Za-z!/?]/;

/**
 * Names and titles reach charts, menus and headings. The app shows them as text whatever they
 * hold, and new ones are refused if they look like markup: a name never needs a tag.
 */
function plainNames<T>(record: T, fields: readonly (keyof T & string)[]): Problem[] {
  return fields
    .filter((f) => typeof record[f] === 'string' && MARKUP.test(record[f] as string))
    .map((field) => ({ field, code: 'markup' }));
}

/** True for text that looks like markup (a tag, a comment or a processing instruction). */
export function looksLikeMarkup(value: string): boolean {
  return MARKUP.test(value);
}

/**
 * Free text of each collection that is refused when it looks like markup. The app shows it as
 * text whatever it holds; refusing it too is defence in depth.
 */
export const FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  activities: ['title', 'location', 'notes', 'partners'],
  narratives: ['text'],
  actuals: ['note', 'source'],
  meetings: ['place'],
  indicators: ['definition', 'unit', 'dataSource', 'responsible'],
  users: ['name'],
};

/**
 * Free text that looks like markup, in the fields a write changes: a record stored before the
 * rule can still be saved as long as its old text is left as it was.
 */
export function markupInChangedText(
  collection: string,
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>>,
): Problem[] {
  const texts = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  return (FREE_TEXT[collection] ?? [])
    .filter((field) => {
      const was = new Set(texts(before?.[field]));
      return texts(after[field]).some((t) => !was.has(t) && MARKUP.test(t));
    })
    .map((field) => ({ field, code: 'markup' }));
}

export const goalProblems = (g: Goal): Problem[] => plainNames(g, ['title']);
export const frameworkProblems = (f: Framework): Problem[] => [
  ...plainNames(f, ['name']),
  ...(f.end < f.start ? [{ field: 'end', code: 'end-before-start' as const }] : []),
];
export const meetingProblems = (m: Meeting): Problem[] => plainNames(m, ['name', 'shortName']);

/** A count that can be added up: unknown (null) and unusable (negative) counts are left out. */
const usable = (n: number | null | undefined) => (typeof n === 'number' && n >= 0 ? n : 0);

/**
 * Everything wrong with an activity beyond its shape: fields read as unknown, inconsistent
 * counts and dates, missing classification, unknown references. With `today`, also what is
 * only a warning (a completed activity that ends in the future).
 */
export function activityProblems(a: Activity, refs: ReferenceIds, today?: IsoDate): Problem[] {
  const problems: Problem[] = [...(a.readProblems ?? [])];
  const { total, female, male } = a.participants;
  if (a.startDate !== null && a.endDate < a.startDate)
    problems.push({ field: 'endDate', code: 'end-before-start' });
  if (total !== null && usable(female) + usable(male) > total) {
    problems.push({
      field: 'participants',
      code: 'sex-exceeds-total',
      params: { total, ...(female === null ? {} : { female }), ...(male === null ? {} : { male }) },
    });
  }
  const byMember = a.members.reduce((s, m) => s + usable(m.count), 0);
  if (total !== null && byMember > total)
    problems.push({
      field: 'members',
      code: 'members-exceed-total',
      params: { sum: byMember, total },
    });
  const codes = a.members.map((m) => m.code);
  if (new Set(codes).size !== codes.length)
    problems.push({ field: 'members', code: 'member-listed-twice' });
  if (a.status === 'completed' && a.goals.length === 0)
    problems.push({ field: 'goals', code: 'completed-without-goal' });
  if (today !== undefined && a.status === 'completed' && a.endDate > today)
    problems.push({ field: 'status', code: 'completed-in-future', params: { end: a.endDate } });
  problems.push(
    ...unknownRefs('goals', a.goals, refs.goals, 'goal'),
    ...unknownRefs('purposes', a.purposes, refs.purposes, 'purpose'),
    ...unknownRefs('functions', a.functions, refs.functions, 'function'),
    ...unknownRefs('workingGroups', a.workingGroups, refs.workingGroups, 'workingGroup'),
    ...unknownRefs('members', codes, refs.members, 'member'),
    ...unknownRefs('hostCountry', a.hostCountry ? [a.hostCountry] : [], refs.members, 'member'),
  );
  return problems;
}

/** The problems that stop a record from being saved (warnings do not). */
export function blocking(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => !WARNINGS.has(p.code));
}

/**
 * An indicator's problems. Given the stored version (`before`), a target outside the framework
 * that the write does not touch is left alone: records kept from before the rule are not
 * blocked from every other edit.
 */
export function indicatorProblems(
  i: Indicator,
  refs: ReferenceIds,
  before?: Pick<Indicator, 'targets' | 'groupTargets'> | null,
): Problem[] {
  const unchanged = new Set(before?.targets.map((t) => `${t.period}=${t.value}`));
  const periods = i.targets.map((t) => t.period);
  const problems: Problem[] = [
    ...plainNames(i, ['name']),
    ...unknownRefs('framework', [i.framework], refs.frameworks, 'framework'),
    ...unknownRefs('goals', i.goals, refs.goals, 'goal'),
    ...unknownRefs('purposes', i.purposes, refs.purposes, 'purpose'),
  ];
  if (new Set(periods).size !== periods.length)
    problems.push({ field: 'targets', code: 'target-period-twice' });
  problems.push(...groupTargetProblems(i, refs, before));
  if ((i.baseline.value === null) !== (i.baseline.date === null))
    problems.push({ field: 'baseline', code: 'baseline-incomplete' });
  const framework = refs.frameworkSpans?.get(i.framework);
  i.targets.forEach((t, index) => {
    const span = periodKeySpan(t.period, refs.firstMonth ?? 1);
    const outside =
      !!framework && !!span && (span.start < framework.start || span.end > framework.end);
    if (outside && !unchanged.has(`${t.period}=${t.value}`))
      problems.push({
        field: `targets.${index}.period`,
        code: 'target-outside-framework',
        params: { period: t.period, start: framework.start, end: framework.end },
      });
    // Only a year's target is comparable with the baseline (a yearly figure); half-years are not.
    const baseline = i.baseline.value;
    if (baseline === null || !/^\d{4}$/.test(t.period)) return;
    if (i.direction === 'decrease' ? t.value > baseline : t.value < baseline)
      problems.push({
        field: `targets.${index}.value`,
        code: 'target-against-direction',
        params: { period: t.period, target: t.value, baseline, direction: i.direction },
      });
  });
  return problems;
}

/** A group target's key in closed-period checks and the audit: "WGTIP 2026". */
export const groupTargetKey = (t: { workingGroup: string; period: string }) =>
  `${t.workingGroup} ${t.period}`;

/** Group targets: known working groups, one target per group and period, inside the framework. */
function groupTargetProblems(
  i: Indicator,
  refs: ReferenceIds,
  before?: Pick<Indicator, 'groupTargets'> | null,
): Problem[] {
  const targets = i.groupTargets ?? [];
  const problems = unknownRefs(
    'groupTargets',
    [...new Set(targets.map((t) => t.workingGroup))],
    refs.workingGroups,
    'workingGroup',
  );
  const keys = targets.map(groupTargetKey);
  if (new Set(keys).size !== keys.length)
    problems.push({ field: 'groupTargets', code: 'target-period-twice' });
  const unchanged = new Set(before?.groupTargets?.map((t) => `${groupTargetKey(t)}=${t.value}`));
  const framework = refs.frameworkSpans?.get(i.framework);
  targets.forEach((t, index) => {
    const span = periodKeySpan(t.period, refs.firstMonth ?? 1);
    const outside =
      !!framework && !!span && (span.start < framework.start || span.end > framework.end);
    if (outside && !unchanged.has(`${groupTargetKey(t)}=${t.value}`))
      problems.push({
        field: `groupTargets.${index}.period`,
        code: 'target-outside-framework',
        params: { period: t.period, start: framework.start, end: framework.end },
      });
  });
  return problems;
}

/** The first day of the work-plan year `date` falls in. */
function workPlanYearStart(date: IsoDate, firstMonth: number): IsoDate {
  return monthStart(yearOf(date) - (monthOf(date) >= firstMonth ? 0 : 1), firstMonth);
}

/**
 * What a write changes in periods that have closed — targets of periods that ended before
 * today, reported actuals dated before the current work-plan year — as period keys or dates.
 * Such a change needs a reason in the audit trail; an empty list means none is needed.
 */
export function closedPeriodsChanged(
  collection: string,
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
  today: IsoDate,
  firstMonth = 1,
): string[] {
  if (collection === 'indicators') {
    const targets = (r: typeof before) =>
      new Map(
        ((r?.['targets'] as { period: string; value: number }[] | undefined) ?? []).map((t) => [
          t.period,
          t.value,
        ]),
      );
    const groupTargets = (r: typeof before) =>
      new Map(
        (
          (r?.['groupTargets'] as
            { workingGroup: string; period: string; value: number }[] | undefined) ?? []
        ).map((t) => [groupTargetKey(t), t.value]),
      );
    const closedChanges = (was: Map<string, number>, now: Map<string, number>) =>
      [...new Set([...was.keys(), ...now.keys()])]
        .filter((key) => was.get(key) !== now.get(key))
        .filter((key) => {
          const span = periodKeySpan(key.split(' ').at(-1)!, firstMonth);
          return !!span && span.end < today;
        })
        .sort();
    return [
      ...closedChanges(targets(before), targets(after)),
      ...closedChanges(groupTargets(before), groupTargets(after)),
    ];
  }
  if (collection === 'actuals') {
    const yearStart = workPlanYearStart(today, firstMonth);
    const changed =
      !before ||
      !after ||
      before['date'] !== after['date'] ||
      before['value'] !== after['value'] ||
      before['indicator'] !== after['indicator'];
    if (!changed) return [];
    return (
      [before?.['date'], after?.['date']]
        // A date not (yet) written is no closed period: its own rule says what is wrong with it.
        .filter((d): d is string => typeof d === 'string' && isIsoDate(d) && d < yearStart)
        .filter((d, i, all) => all.indexOf(d) === i)
        .sort()
    );
  }
  return [];
}

export function actualProblems(a: Actual, refs: ReferenceIds): Problem[] {
  return unknownRefs('indicator', [a.indicator], refs.indicators, 'indicator');
}

export function narrativeProblems(n: Narrative, refs: ReferenceIds): Problem[] {
  if (!n.indicator && !n.goal) return [{ field: 'indicator', code: 'narrative-subject' }];
  return [
    ...unknownRefs('indicator', n.indicator ? [n.indicator] : [], refs.indicators, 'indicator'),
    ...unknownRefs('goal', n.goal ? [n.goal] : [], refs.goals, 'goal'),
  ];
}

export function settingsProblems(s: Settings, refs?: ReferenceIds): Problem[] {
  const problems: Problem[] = refs
    ? unknownRefs('currentFramework', [s.currentFramework], refs.frameworks, 'framework')
    : [];
  if (s.atRiskThreshold >= s.onTrackThreshold)
    problems.push({ field: 'atRiskThreshold', code: 'threshold-order' });
  return problems;
}

/**
 * A work plan belongs to a framework and to one of its work-plan years; its items name known
 * goals, purposes and working groups, each item once, and are planned to end within the year.
 */
export function workPlanProblems(plan: WorkPlan, refs: ReferenceIds): Problem[] {
  const problems: Problem[] = [
    ...unknownRefs('framework', [plan.framework], refs.frameworks, 'framework'),
  ];
  const span = refs.frameworkSpans?.get(plan.framework);
  const year = periodKeySpan(plan.year, refs.firstMonth ?? 1);
  if (span && year && (year.end < span.start || year.start > span.end))
    problems.push({
      field: 'year',
      code: 'target-outside-framework',
      params: { period: plan.year, start: span.start, end: span.end },
    });
  const seen = new Set<string>();
  plan.items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ field: `items.${i}.id`, code: 'duplicate-id' });
    seen.add(item.id);
    problems.push(
      ...unknownRefs(`items.${i}.goals`, item.goals, refs.goals, 'goal'),
      ...unknownRefs(`items.${i}.purposes`, item.purposes, refs.purposes, 'purpose'),
      ...unknownRefs(
        `items.${i}.workingGroups`,
        item.workingGroups,
        refs.workingGroups,
        'working group',
      ),
      ...plainNames(item, ['title']).map((p) => ({ ...p, field: `items.${i}.${p.field}` })),
    );
    if (year && (item.plannedEnd < year.start || item.plannedEnd > year.end))
      problems.push({
        field: `items.${i}.plannedEnd`,
        code: 'target-outside-framework',
        params: { period: item.plannedEnd, start: year.start, end: year.end },
      });
    if (item.plannedStart && item.plannedStart > item.plannedEnd)
      problems.push({ field: `items.${i}.plannedEnd`, code: 'end-before-start' });
  });
  return problems;
}
