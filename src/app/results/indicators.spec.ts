import { contributingActivities, evaluateIndicators, targetFor } from './indicators';
import { frameworkPeriod, halfPeriod, periodsBetween, sincePeriod, yearPeriod } from './periods';
import { activity, context, indicator } from './testing';

describe('indicator evaluation', () => {
  const ctx = context();
  const framework = { id: 'SP2018', name: 'SP', start: '2018-01-01', end: '2020-12-31' };

  it('puts an activity in the period that contains its end date', () => {
    const spanning = activity({ startDate: '2018-12-28', endDate: '2019-01-03' });
    const [result] = evaluateIndicators(
      { indicators: [indicator()], activities: [spanning], actuals: [] },
      [yearPeriod(2018), yearPeriod(2019)],
      ctx,
    );
    expect(result.periods.map((p) => p.actual.value)).toEqual([0, 1]);
  });

  it('includes both ends of a period', () => {
    const list = [
      activity({ endDate: '2019-01-01' }),
      activity({ endDate: '2019-12-31' }),
      activity({ endDate: '2020-01-01' }),
    ];
    const [result] = evaluateIndicators(
      { indicators: [indicator()], activities: list, actuals: [] },
      [yearPeriod(2019)],
      ctx,
    );
    expect(result.periods[0].actual.value).toBe(2);
  });

  it('counts completed activities only, unless the filter says otherwise', () => {
    const list = [
      activity({ status: 'completed' }),
      activity({ status: 'cancelled' }),
      activity({ status: 'ongoing' }),
      activity({ status: 'planned' }),
    ];
    const periods = [yearPeriod(2019)];
    const [completed, ongoing] = evaluateIndicators(
      {
        indicators: [
          indicator(),
          indicator({ id: 'B', filter: { statuses: ['ongoing', 'completed'] } }),
        ],
        activities: list,
        actuals: [],
      },
      periods,
      ctx,
    );
    expect(completed.periods[0].actual.value).toBe(1);
    expect(ongoing.periods[0].actual.value).toBe(2);
  });

  it('applies the indicator filter', () => {
    const list = [
      activity({ type: 'training', goals: ['SG1'] }),
      activity({ type: 'workshop', goals: ['SG2'] }),
      activity({ type: 'training', goals: ['SG2', 'SG3'], workingGroups: ['WGTIP'] }),
    ];
    const periods = [yearPeriod(2019)];
    const evaluate = (filter: object) =>
      evaluateIndicators(
        { indicators: [indicator({ filter })], activities: list, actuals: [] },
        periods,
        ctx,
      )[0].periods[0].actual.value;
    expect(evaluate({ types: ['training'] })).toBe(2);
    expect(evaluate({ goals: ['SG2'] })).toBe(2);
    expect(evaluate({ goals: ['SG3'], types: ['training'] })).toBe(1);
    expect(evaluate({ workingGroups: ['WGTIP'] })).toBe(1);
    expect(evaluate({ modalities: ['virtual'] })).toBe(0);
  });

  it('cumulates from the framework start', () => {
    const list = [
      activity({ endDate: '2017-06-01' }),
      activity({ endDate: '2018-06-01' }),
      activity({ endDate: '2019-06-01' }),
    ];
    const [result] = evaluateIndicators(
      { indicators: [indicator({ cumulation: 'cumulative' })], activities: list, actuals: [] },
      [yearPeriod(2018), yearPeriod(2019)],
      ctx,
    );
    expect(result.periods.map((p) => p.actual.value)).toEqual([1, 2]);
  });

  it('reads reported actuals: summed per period, or the latest value', () => {
    const actuals = [
      { id: '1', indicator: 'IND-T', date: '2019-03-31', value: 4 },
      { id: '2', indicator: 'IND-T', date: '2019-09-30', value: 6 },
      { id: '3', indicator: 'IND-T', date: '2020-03-31', value: 1 },
    ];
    const periods = [yearPeriod(2019), yearPeriod(2020), yearPeriod(2021)];
    const [flow, stock] = evaluateIndicators(
      {
        indicators: [
          indicator({ measure: { kind: 'reported' } }),
          indicator({ measure: { kind: 'reported' }, cumulation: 'latest' }),
        ],
        activities: [],
        actuals,
      },
      periods,
      ctx,
    );
    expect(flow.periods.map((p) => p.actual.value)).toEqual([10, 1, null]);
    expect(stock.periods.map((p) => p.actual.value)).toEqual([6, 1, 1]);
    expect(flow.periods[2].status).toBe('no-target');
  });

  it('finds targets per period and for the whole framework', () => {
    const ind = indicator({
      targets: [
        { period: '2019', value: 12 },
        { period: '2019-H1', value: 5 },
      ],
      frameworkTarget: 40,
    });
    expect(targetFor(ind, yearPeriod(2019))).toBe(12);
    expect(targetFor(ind, halfPeriod(2019, 1))).toBe(5);
    expect(targetFor(ind, halfPeriod(2019, 2))).toBeNull();
    expect(targetFor(ind, frameworkPeriod(framework))).toBe(40);
    expect(
      targetFor(ind, sincePeriod({ id: 'm', shortName: 'M', date: '2019-01-01' }, '2020-01-01')),
    ).toBeNull();
  });

  it('reports an empty past period as zero against its target, and an unstarted one as not yet due', () => {
    const ind = indicator({
      targets: [
        { period: '2019', value: 4 },
        { period: '2027', value: 4 },
      ],
    });
    const [result] = evaluateIndicators(
      { indicators: [ind], activities: [], actuals: [] },
      [yearPeriod(2019), yearPeriod(2027)],
      ctx,
    );
    expect(result.periods[0]).toEqual(
      jasmine.objectContaining({ status: 'off-track', progress: 0 }),
    );
    expect(result.periods[1]).toEqual(jasmine.objectContaining({ status: 'not-yet-due' }));
    expect(result.periods[1].actual.value).toBeNull();
  });

  it('marks a running period and pro-rates its target', () => {
    const ind = indicator({ targets: [{ period: '2026', value: 365 }] });
    const list = Array.from({ length: 300 }, () => activity({ endDate: '2026-03-01' }));
    const [result] = evaluateIndicators(
      { indicators: [ind], activities: list, actuals: [] },
      [yearPeriod(2026)],
      ctx,
    );
    const p = result.periods[0];
    expect(p.running).toBeTrue();
    expect(p.expected).toBeCloseTo(328, 6); // 1 Jan – 24 Nov 2026 is 328 days
    expect(p.status).toBe('on-track');
  });

  it('lists the activities behind a figure', () => {
    const list = [
      activity({ endDate: '2019-05-01' }),
      activity({ endDate: '2020-05-01' }),
      activity({ endDate: '2019-06-01', status: 'cancelled' }),
    ];
    const behind = contributingActivities(indicator(), yearPeriod(2019), list, '2018-01-01');
    expect(behind.map((a) => a.id)).toEqual([list[0].id]);
  });

  it('evaluates many periods of one granularity', () => {
    const list = periodsBetween('month', '2019-01-01', '2019-12-31').map((m) =>
      activity({ endDate: m.end }),
    );
    const [result] = evaluateIndicators(
      { indicators: [indicator()], activities: list, actuals: [] },
      periodsBetween('quarter', '2019-01-01', '2019-12-31'),
      ctx,
    );
    expect(result.periods.map((p) => p.actual.value)).toEqual([3, 3, 3, 3]);
  });
});
