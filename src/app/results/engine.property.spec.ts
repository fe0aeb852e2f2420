import fc from 'fast-check';
import { readActivity } from '../domain/read-activity';
import type { Activity, Indicator } from '../domain/schema';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../domain/vocabulary';
import { addDays, daysInclusive } from '../domain/dates';
import { statusMix } from './headline';
import { evaluateIndicators, frameworkIndicators } from './indicators';
import { halfPeriod, periodsBetween } from './periods';
import { DEFAULT_THRESHOLDS } from './status';
import { context, indicator } from './testing';

// Counts as the API may send them: unknown, valid, or unusable (negative).
const count = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 200 }),
  fc.integer({ min: -20, max: -1 }),
);

/** Rows as the API sends them; the engine sees what readActivity makes of them. */
const rowArb = fc
  .record({
    id: fc.uuid(),
    type: fc.constantFrom(...ACTIVITY_TYPES),
    // Now and then a status outside the vocabulary, as a damaged record might carry.
    status: fc.constantFrom(...ACTIVITY_STATUSES, 'done'),
    dayOffset: fc.integer({ min: 0, max: 365 * 4 }),
    total: count,
    female: count,
    male: count,
    goals: fc.subarray(['SG1', 'SG2', 'SG3']),
  })
  .map((r) => ({
    id: r.id,
    title: 'x',
    type: r.type,
    status: r.status,
    startDate: addDays('2017-06-01', r.dayOffset),
    endDate: addDays('2017-06-01', r.dayOffset + 2),
    modality: 'in-person',
    workingGroups: [],
    goals: r.goals,
    purposes: [],
    functions: [],
    partners: [],
    participants: { total: r.total, female: r.female, male: r.male },
    members: [],
    version: 1,
  }));

type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

/** What the app makes of a row: the engine only ever sees read records. */
function read(row: Row): Activity {
  const result = readActivity(row);
  if ('problems' in result) throw new Error(result.problems.join('; '));
  return result.record;
}

/** A count as the rules read it: negative means unusable, so unknown. */
const usable = (v: number | null) => (v !== null && v >= 0 ? v : null);

/** The obvious computation, written without the engine's indexes or shortcuts. */
function naive(rows: Row[], start: string, end: string, goal: string | null) {
  const activities = rows.map((a) => ({
    ...a,
    participants: {
      total: usable(a.participants.total),
      female: usable(a.participants.female),
      male: usable(a.participants.male),
    },
  }));
  const inScope = activities.filter(
    (a) =>
      a.status === 'completed' &&
      a.endDate >= start &&
      a.endDate <= end &&
      (goal === null || a.goals.includes(goal)),
  );
  const totals = inScope.map((a) => a.participants.total).filter((v): v is number => v !== null);
  const both = inScope.filter(
    (a) => a.participants.female !== null && a.participants.male !== null,
  );
  const women = both.reduce((s, a) => s + a.participants.female!, 0);
  const known = both.reduce((s, a) => s + a.participants.female! + a.participants.male!, 0);
  return {
    count: inScope.length,
    sum: inScope.length === 0 ? 0 : totals.length ? totals.reduce((s, v) => s + v, 0) : null,
    unknown: inScope.length - totals.length,
    share: known > 0 ? (women / known) * 100 : null,
  };
}

describe('engine against a naive reference computation', () => {
  const periods = [
    ...periodsBetween('half', '2017-01-01', '2021-12-31'),
    ...periodsBetween('quarter', '2018-01-01', '2019-12-31'),
  ];
  const indicators = [
    indicator({ id: 'count' }),
    indicator({ id: 'sum', measure: { kind: 'sum', field: 'participants.total' } }),
    indicator({
      id: 'share',
      measure: {
        kind: 'ratio',
        numerator: { kind: 'sum', field: 'participants.female' },
        denominator: { kind: 'sum', field: 'participants.sexKnown' },
        scale: 100,
      },
    }),
    indicator({ id: 'goal', filter: { goals: ['SG2'] } }),
  ];

  it('agrees on counts, sums with coverage, and shares for every period', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const activities = rows.map(read);
        const [count, sum, share, goal] = evaluateIndicators(
          { indicators, activities, actuals: [] },
          periods,
          context(),
        );
        periods.forEach((p, i) => {
          const expected = naive(rows, p.start, p.end, null);
          expect(count.periods[i].actual.value).toBe(expected.count);
          expect(sum.periods[i].actual.value).toBe(expected.sum);
          expect(sum.periods[i].actual.unknown).toBe(expected.unknown);
          if (expected.share === null) expect(share.periods[i].actual.value).toBeNull();
          else expect(share.periods[i].actual.value!).toBeCloseTo(expected.share, 9);
          expect(goal.periods[i].actual.value).toBe(naive(rows, p.start, p.end, 'SG2').count);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the status rules on targets, baselines, stocks and periods not yet started', () => {
    const half = halfPeriod(2026, 2);
    const configArb = fc.record({
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      cumulation: fc.constantFrom('period' as const, 'latest' as const),
      baseline: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      target: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      value: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      todayOffset: fc.integer({ min: -30, max: 220 }),
    });
    fc.assert(
      fc.property(configArb, (c) => {
        const today = addDays(half.start, c.todayOffset);
        const subject = indicator({
          measure: { kind: 'reported' },
          direction: c.direction,
          cumulation: c.cumulation,
          baseline: { value: c.baseline, date: null },
          targets: c.target === null ? [] : [{ period: half.key, value: c.target }],
        });
        const actuals =
          c.value === null
            ? []
            : [{ id: 'r', indicator: subject.id, date: half.start, value: c.value }];
        const [result] = evaluateIndicators(
          { indicators: [subject], activities: [], actuals },
          [half],
          context({ today }),
        );
        const got = result.periods[0];
        const want = naiveStatus(c, half.start, half.end, today);
        expect(got.status).toBe(want.status as never);
        if (want.expected === null) expect(got.expected).toBeNull();
        else expect(got.expected!).toBeCloseTo(want.expected, 9);
      }),
      { numRuns: 400 },
    );
  });

  it('counts statuses over the indicators of one framework only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('SP2018', 'SP2021'), { maxLength: 12 }),
        (frameworks) => {
          const indicators: Indicator[] = frameworks.map((f, i) =>
            indicator({ id: `I${i}`, framework: f }),
          );
          const results = evaluateIndicators(
            { indicators: frameworkIndicators(indicators, 'SP2021'), activities: [], actuals: [] },
            [halfPeriod(2019, 1)],
            context(),
          );
          const total = Object.values(statusMix(results)).reduce((a, b) => a + b, 0);
          expect(total).toBe(frameworks.filter((f) => f === 'SP2021').length);
        },
      ),
    );
  });
});

/** The status rules of the README, written out for one reported value in one period. */
function naiveStatus(
  c: {
    direction: 'increase' | 'decrease';
    cumulation: 'period' | 'latest';
    baseline: number | null;
    target: number | null;
    value: number | null;
  },
  start: string,
  end: string,
  today: string,
): { status: string; expected: number | null } {
  if (today < start) return { status: 'not-yet-due', expected: null };
  const share =
    c.cumulation === 'latest' || today >= end
      ? 1
      : daysInclusive(start, today) / daysInclusive(start, end);
  const origin = c.direction === 'decrease' ? c.baseline : 0;
  const expected =
    c.target === null || origin === null ? null : origin + (c.target - origin) * share;
  if (c.target === null || (c.direction === 'increase' && c.target <= 0))
    return { status: 'no-target', expected };
  if (c.direction === 'decrease' && c.baseline === null) return { status: 'no-baseline', expected };
  if (c.value === null) return { status: 'no-data', expected };
  let progress: number;
  if (c.direction === 'increase') progress = c.value / c.target;
  else if (c.baseline === c.target) progress = c.value <= c.target ? 1 : 0;
  else progress = (c.baseline! - c.value) / (c.baseline! - c.target);
  const score = progress / share;
  const status =
    score >= DEFAULT_THRESHOLDS.onTrack
      ? 'on-track'
      : score >= DEFAULT_THRESHOLDS.atRisk
        ? 'at-risk'
        : 'off-track';
  return { status, expected };
}
