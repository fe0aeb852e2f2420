/**
 * Reporting rounds, shared by the API and the app: who may move a round from which state to
 * which, the rounds a framework reports in, and what a submitted or approved round locks — its
 * period's targets, reported actuals and narratives, and the activities ending in it. The API
 * refuses a locked change (423); the screens say why before anyone tries.
 */
import { periodKeySpan, type IsoDate } from './dates';
import type { Role } from './roles';
import type { Round, RoundState } from './schema';

export const ROUND_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

/** Each action: the states it starts from, the state it leads to, and the one role that may take it. */
export const TRANSITIONS: Readonly<
  Record<RoundAction, { from: readonly RoundState[]; to: RoundState; role: Role }>
> = {
  submit: { from: ['open', 'returned'], to: 'submitted', role: 'co-manager' },
  approve: { from: ['submitted'], to: 'approved', role: 'co-chair' },
  return: { from: ['submitted'], to: 'returned', role: 'co-chair' },
  reopen: { from: ['approved'], to: 'open', role: 'administrator' },
};

/** The collections whose records a holding round can lock (see lockingRound). */
export const LOCKABLE_COLLECTIONS = [
  'activities',
  'indicators',
  'actuals',
  'narratives',
  'settings',
  'workPlans',
] as const;

/** A round in one of these states holds its period: nothing in it changes. */
export const HOLDING: readonly RoundState[] = ['submitted', 'approved'];

/** The actions a role may take on a round in `state`. */
export function actionsFor(role: Role | null | undefined, state: RoundState): RoundAction[] {
  return ROUND_ACTIONS.filter(
    (a) => TRANSITIONS[a].role === role && TRANSITIONS[a].from.includes(state),
  );
}

/** A round's id: the framework and the period (`WP2024_2026-H1`). */
export const roundId = (framework: string, period: string) => `${framework}_${period}`;

/** The framework and period a round id names, or null. */
export function parseRoundId(id: string): { framework: string; period: string } | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]*)_(\d{4}(?:-H[12])?)$/.exec(id);
  return m ? { framework: m[1]!, period: m[2]! } : null;
}

/**
 * The rounds a framework reports in up to `today`: each work-plan year and each half of it
 * that has begun, inside the framework, latest first. Those not yet stored are open.
 */
export function roundPeriods(
  framework: { id: string; start: IsoDate; end: IsoDate },
  today: IsoDate,
  firstMonth = 1,
): { id: string; period: string; start: IsoDate; end: IsoDate }[] {
  const periods: { id: string; period: string; start: IsoDate; end: IsoDate }[] = [];
  for (
    let year = Number(framework.start.slice(0, 4)) - 1;
    year <= Number(today.slice(0, 4));
    year++
  )
    for (const key of [`${year}-H1`, `${year}-H2`, String(year)]) {
      const span = periodKeySpan(key, firstMonth);
      if (!span || span.start > today || span.end < framework.start || span.start > framework.end)
        continue;
      periods.push({ id: roundId(framework.id, key), period: key, ...span });
    }
  return periods.sort((a, b) =>
    a.end < b.end ? 1 : a.end > b.end ? -1 : a.period.length - b.period.length,
  );
}

/** The rounds that hold their periods now. */
const holding = (rounds: readonly Round[]) => rounds.filter((r) => HOLDING.includes(r.state));

/** The holding round whose period contains the span, if any. */
function holdingOver(rounds: readonly Round[], start: IsoDate, end: IsoDate): Round | null {
  return holding(rounds).find((r) => r.start <= start && end <= r.end) ?? null;
}

type Row = Readonly<Record<string, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The period keys whose targets differ between two versions of an indicator. */
function changedTargetPeriods(before: Row | null, after: Row | null): string[] {
  const entries = (r: Row | null) => [
    ...((r?.['targets'] as { period: string; value: number }[] | undefined) ?? []).map(
      (t) => [t.period, `${t.value}`] as const,
    ),
    ...(
      (r?.['groupTargets'] as
        { workingGroup: string; period: string; value: number }[] | undefined) ?? []
    ).map((t) => [t.period, `${t.workingGroup}=${t.value}`] as const),
  ];
  const was = new Set(entries(before).map(([p, v]) => `${p} ${v}`));
  const now = new Set(entries(after).map(([p, v]) => `${p} ${v}`));
  return [
    ...new Set(
      [...entries(before), ...entries(after)]
        .filter(([p, v]) => was.has(`${p} ${v}`) !== now.has(`${p} ${v}`))
        .map(([p]) => p),
    ),
  ];
}

/**
 * The round that holds what this change touches, or null when nothing stops it: a record of a
 * submitted or approved period (a target, a reported actual, a narrative, an activity ending in
 * it — before or after the change), or settings that would move such a period.
 */
export function lockingRound(
  collection: string,
  before: Row | null,
  after: Row | null,
  rounds: readonly Round[],
  firstMonth = 1,
): Round | null {
  if (!holding(rounds).length || same(before, after)) return null;
  const keySpan = (key: unknown) =>
    typeof key === 'string' ? periodKeySpan(key, firstMonth) : null;
  const byKeys = (keys: unknown[]) => {
    for (const key of keys) {
      const span = keySpan(key);
      const round = span && holdingOver(rounds, span.start, span.end);
      if (round) return round;
    }
    return null;
  };
  const byDates = (dates: unknown[]) => {
    for (const date of dates)
      if (typeof date === 'string') {
        const round = holdingOver(rounds, date, date);
        if (round) return round;
      }
    return null;
  };
  switch (collection) {
    case 'indicators':
      return byKeys(changedTargetPeriods(before, after));
    case 'actuals':
      return byDates([before?.['date'], after?.['date']]);
    case 'narratives':
      return byKeys([before?.['period'], after?.['period']]);
    // A submitted or approved year holds its work plan.
    case 'workPlans':
      return byKeys([before?.['year'], after?.['year']]);
    case 'activities':
      return byDates([before?.['endDate'], after?.['endDate']]);
    case 'settings':
      return before?.['yearStartMonth'] !== after?.['yearStartMonth'] ||
        before?.['currentFramework'] !== after?.['currentFramework']
        ? (holding(rounds)[0] ?? null)
        : null;
    default:
      return null;
  }
}

/**
 * The round that holds a record being edited: the stored record's own period, or the period the
 * edit moves it into. For an indicator only its changed targets count: editing another period's
 * target is allowed.
 */
export function roundHolding(
  collection: string,
  stored: Row | null,
  edited: Row | null,
  rounds: readonly Round[],
  firstMonth = 1,
): Round | null {
  const itself =
    collection !== 'indicators' && stored
      ? lockingRound(collection, stored, null, rounds, firstMonth)
      : null;
  return itself ?? lockingRound(collection, stored, edited, rounds, firstMonth);
}
