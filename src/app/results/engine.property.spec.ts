import fc from 'fast-check';
import type { Activity } from '../core/schema';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../core/vocabulary';
import { addDays } from './dates';
import { evaluateIndicators } from './indicators';
import { periodsBetween } from './periods';
import { context, indicator } from './testing';

const count = fc.option(fc.integer({ min: 0, max: 200 }), { nil: null });

const activityArb: fc.Arbitrary<Activity> = fc
  .record({
    id: fc.uuid(),
    type: fc.constantFrom(...ACTIVITY_TYPES),
    status: fc.constantFrom(...ACTIVITY_STATUSES),
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

/** The obvious computation, written without the engine's indexes or shortcuts. */
function naive(activities: Activity[], start: string, end: string, goal: string | null) {
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
      fc.property(fc.array(activityArb, { maxLength: 60 }), (activities) => {
        const [count, sum, share, goal] = evaluateIndicators(
          { indicators, activities, actuals: [] },
          periods,
          context(),
        );
        periods.forEach((p, i) => {
          const expected = naive(activities, p.start, p.end, null);
          expect(count.periods[i].actual.value).toBe(expected.count);
          expect(sum.periods[i].actual.value).toBe(expected.sum);
          expect(sum.periods[i].actual.unknown).toBe(expected.unknown);
          if (expected.share === null) expect(share.periods[i].actual.value).toBeNull();
          else expect(share.periods[i].actual.value!).toBeCloseTo(expected.share, 9);
          expect(goal.periods[i].actual.value).toBe(naive(activities, p.start, p.end, 'SG2').count);
        });
      }),
      { numRuns: 150 },
    );
  });
});
