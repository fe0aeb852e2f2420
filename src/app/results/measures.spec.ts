import { computeMeasure, distinctValues } from './measures';
import { activity, context } from './testing';

describe('measures', () => {
  const ctx = context();

  it('counts activities', () => {
    expect(computeMeasure([activity(), activity()], { kind: 'count' }, ctx).value).toBe(2);
  });

  it('leaves unknown values out of a sum and reports them as coverage', () => {
    const list = [
      activity({ participants: { total: 10, female: null, male: null } }),
      activity({ participants: { total: null, female: null, male: null } }),
      activity({ participants: { total: 5, female: 5, male: 0 } }),
    ];
    expect(computeMeasure(list, { kind: 'sum', field: 'participants.total' }, ctx)).toEqual({
      value: 15,
      records: 3,
      known: 2,
      unknown: 1,
    });
  });

  it('is unknown, not zero, when no activity recorded the value', () => {
    const list = [activity({ participants: { total: null, female: null, male: null } })];
    expect(
      computeMeasure(list, { kind: 'sum', field: 'participants.total' }, ctx).value,
    ).toBeNull();
  });

  it('is zero when there were no activities at all', () => {
    expect(computeMeasure([], { kind: 'sum', field: 'participants.total' }, ctx).value).toBe(0);
    expect(computeMeasure([], { kind: 'mean', field: 'participants.total' }, ctx).value).toBeNull();
  });

  it('treats negative counts as unknown', () => {
    const list = [activity({ participants: { total: -5, female: null, male: null } }), activity()];
    expect(computeMeasure(list, { kind: 'sum', field: 'participants.total' }, ctx)).toEqual(
      jasmine.objectContaining({ value: 10, unknown: 1 }),
    );
  });

  it('computes a ratio of sums, not a mean of ratios', () => {
    const list = [
      activity({ participants: { total: 100, female: 50, male: 50 } }),
      activity({ participants: { total: 10, female: 10, male: 0 } }),
    ];
    const share = computeMeasure(
      list,
      {
        kind: 'ratio',
        numerator: { kind: 'sum', field: 'participants.female' },
        denominator: { kind: 'sum', field: 'participants.sexKnown' },
        scale: 100,
      },
      ctx,
    );
    // 60 of 110 — a mean of ratios would say 75 %.
    expect(share.value).toBeCloseTo((60 / 110) * 100, 10);
  });

  it('computes a ratio only over activities where both parts are known', () => {
    const list = [
      activity({ participants: { total: 20, female: 10, male: 10 } }),
      activity({ participants: { total: 30, female: 30, male: null } }),
    ];
    const share = computeMeasure(
      list,
      {
        kind: 'ratio',
        numerator: { kind: 'sum', field: 'participants.female' },
        denominator: { kind: 'sum', field: 'participants.sexKnown' },
        scale: 100,
      },
      ctx,
    );
    expect(share).toEqual({ value: 50, records: 2, known: 1, unknown: 1 });
  });

  it('has no ratio when the denominator is zero', () => {
    const list = [activity({ participants: { total: 0, female: 0, male: 0 } })];
    const ratio = computeMeasure(
      list,
      {
        kind: 'ratio',
        numerator: { kind: 'sum', field: 'participants.female' },
        denominator: { kind: 'sum', field: 'participants.total' },
        scale: 100,
      },
      ctx,
    );
    expect(ratio.value).toBeNull();
  });

  it('averages known values only', () => {
    const list = [
      activity({ evaluation: { satisfaction: 4 } }),
      activity({ evaluation: { satisfaction: 5 } }),
      activity({ evaluation: { satisfaction: null } }),
      activity(),
    ];
    expect(computeMeasure(list, { kind: 'mean', field: 'evaluation.satisfaction' }, ctx)).toEqual({
      value: 4.5,
      records: 4,
      known: 2,
      unknown: 2,
    });
  });

  it('counts distinct member states, ignoring organisations and unrecorded lists', () => {
    const list = [
      activity({
        members: [
          { code: 'THA', count: 3 },
          { code: 'IOM', count: 1 },
        ],
      }),
      activity({
        members: [
          { code: 'THA', count: null },
          { code: 'IDN', count: 2 },
        ],
      }),
      activity({ members: [] }),
    ];
    expect(computeMeasure(list, { kind: 'distinct', field: 'memberStates' }, ctx)).toEqual({
      value: 2,
      records: 3,
      known: 2,
      unknown: 1,
    });
    // The values behind the figure, for lists and maps of what was counted.
    expect([...distinctValues(list, 'memberStates', ctx)].sort()).toEqual(['IDN', 'THA']);
  });

  it('keeps counting coverage after every member state has been reached', () => {
    const all = ['THA', 'IDN', 'AUS', 'MYS'].map((code) => ({ code, count: 1 }));
    const list = [
      activity({ members: all.slice(0, 2) }),
      activity({ members: all.slice(2) }),
      // All four are counted by now; what follows can only change the coverage.
      activity({ members: [] }),
      activity({ members: [{ code: 'IOM', count: 1 }] }),
      activity({ members: [] }),
      activity({ members: all.slice(0, 1) }),
    ];
    expect(computeMeasure(list, { kind: 'distinct', field: 'memberStates' }, ctx)).toEqual({
      value: 4,
      records: 6,
      known: 4,
      unknown: 2,
    });
  });

  it('measures a slice of a list', () => {
    const list = [activity(), activity(), activity()];
    expect(computeMeasure(list, { kind: 'count' }, ctx, 1, 3).value).toBe(2);
  });
});
