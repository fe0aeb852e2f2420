import fc from 'fast-check';
import { statusMix } from './headline';
import {
  contributingActivities,
  evaluateIndicators,
  frameworkIndicators,
  targetFor,
} from './indicators';
import {
  customPeriod,
  frameworkPeriod,
  halfPeriod,
  periodsBetween,
  sincePeriod,
  yearPeriod,
} from './periods';
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

  describe('edge cases where the rules decide', () => {
    it('expects a stock (latest value) in full from the start of a running period', () => {
      const stock = indicator({
        measure: { kind: 'reported' },
        cumulation: 'latest',
        direction: 'decrease',
        baseline: { value: 30, date: '2018-01-01' },
        targets: [
          { period: '2026-H1', value: 9 },
          { period: '2026-H2', value: 9 },
        ],
      });
      const actuals = [{ id: 'x', indicator: stock.id, date: '2026-03-01', value: 14 }];
      const [result] = evaluateIndicators(
        { indicators: [stock], activities: [], actuals },
        [halfPeriod(2026, 1), halfPeriod(2026, 2)],
        context({ today: '2026-08-15' }),
      );
      const [closed, running] = result.periods;
      expect(running.expected).toBe(9);
      expect(closed.expected).toBe(9);
      expect(running.status).toBe('at-risk');
      expect(closed.status).toBe('at-risk');
    });

    it('shows no expected value for a cumulative indicator in a period not yet started', () => {
      const cumulative = indicator({
        cumulation: 'cumulative',
        targets: [{ period: '2027', value: 40 }],
      });
      const [result] = evaluateIndicators(
        {
          indicators: [cumulative],
          activities: [activity({ endDate: '2019-05-01' })],
          actuals: [],
        },
        [yearPeriod(2027)],
        context({ today: '2026-11-24' }),
      );
      expect(result.periods[0].status).toBe('not-yet-due');
      expect(result.periods[0].expected).toBeNull();
      expect(result.periods[0].actual.value).toBeNull();
    });

    it('says how many activities of the period lack the classification it counts by', () => {
      const byGoal = indicator({ id: 'G', filter: { goals: ['SG2'], types: ['training'] } });
      const byGroup = indicator({ id: 'W', filter: { workingGroups: ['WGTIP'] } });
      const plain = indicator({ id: 'P' });
      const list = [
        activity({ goals: ['SG2'], endDate: '2019-02-01' }),
        activity({ goals: [], endDate: '2019-03-01' }),
        activity({ goals: [], endDate: '2019-04-01' }),
        activity({ goals: [], type: 'workshop', endDate: '2019-04-01' }), // not a training
        activity({ goals: [], status: 'planned', endDate: '2019-04-01' }), // not completed
        activity({ goals: [], endDate: '2020-04-01' }), // another period
      ];
      const [goal, group, none] = evaluateIndicators(
        { indicators: [byGoal, byGroup, plain], activities: list, actuals: [] },
        [yearPeriod(2019)],
        ctx,
      );
      expect(goal.periods[0].actual.value).toBe(1);
      expect(goal.periods[0].unclassified).toEqual([{ field: 'goals', count: 2 }]);
      expect(group.periods[0].unclassified).toEqual([{ field: 'workingGroups', count: 4 }]);
      expect(none.periods[0].unclassified).toEqual([]);
    });

    it('counts the indicators of the framework reported on, never another one', () => {
      const indicators = [
        indicator({ id: 'A', framework: 'SP2018' }),
        indicator({ id: 'B', framework: 'SP2018' }),
        indicator({ id: 'C', framework: 'SP2021' }),
      ];
      expect(frameworkIndicators(indicators, 'SP2018').map((i) => i.id)).toEqual(['A', 'B']);
      expect(frameworkIndicators(indicators, null)).toEqual([]);
      const results = evaluateIndicators(
        { indicators: frameworkIndicators(indicators, 'SP2021'), activities: [], actuals: [] },
        [yearPeriod(2019)],
        ctx,
      );
      const mix = statusMix(results);
      expect(Object.values(mix).reduce((a, b) => a + b, 0)).toBe(1);
    });
  });

  describe('targets for a range that is not a standard period', () => {
    const yearly = [
      { period: '2018', value: 365 },
      { period: '2019', value: 730 },
    ];
    const cases: [string, Parameters<typeof indicator>[0], [string, string], number | null][] = [
      [
        'an additive count sums the yearly targets pro-rated by days',
        { targets: yearly },
        ['2018-12-02', '2019-01-31'],
        30 + 62,
      ],
      ['within one year', { targets: yearly }, ['2019-03-01', '2019-03-10'], 20],
      [
        'a year without a target leaves the range without one',
        { targets: yearly },
        ['2019-12-01', '2020-01-31'],
        null,
      ],
      [
        'a level takes the target of the year the range ends in',
        {
          targets: yearly,
          measure: { kind: 'mean', field: 'evaluation.satisfaction' },
        },
        ['2018-06-01', '2019-05-31'],
        730,
      ],
      [
        'a distinct count takes the year it ends in: distinct values do not add up',
        { targets: yearly, measure: { kind: 'distinct', field: 'workingGroups' } },
        ['2018-06-01', '2019-05-31'],
        730,
      ],
      [
        'a reported flow sums, as counts do',
        { targets: yearly, measure: { kind: 'reported' } },
        ['2018-12-02', '2019-01-31'],
        30 + 62,
      ],
      [
        'a cumulative count takes the year it ends in',
        { targets: yearly, cumulation: 'cumulative' },
        ['2018-06-01', '2019-05-31'],
        730,
      ],
    ];
    for (const [name, over, [start, end], expected] of cases) {
      it(name, () => {
        const target = targetFor(indicator(over), customPeriod(start, end));
        if (expected === null) expect(target).toBeNull();
        else expect(target!).toBeCloseTo(expected, 9);
      });
    }

    it('a stored key and the standard periods keep their own targets', () => {
      const i = indicator({ targets: [...yearly, { period: '2019-H1', value: 300 }] });
      expect(targetFor(i, halfPeriod(2019, 1))).toBe(300);
      expect(targetFor(i, halfPeriod(2019, 2))).toBeNull();
      expect(targetFor(i, yearPeriod(2019))).toBe(730);
    });

    it('work-plan years follow the first month', () => {
      const i = indicator({ targets: [{ period: '2019', value: 365 }] });
      // The work-plan year 2019 runs from July 2019 to June 2020 (366 days).
      expect(targetFor(i, customPeriod('2019-07-01', '2019-07-31'), 7)!).toBeCloseTo(
        (365 * 31) / 366,
        9,
      );
    });
  });

  describe('a status that admits missing classification', () => {
    const ctx = context({ today: '2026-11-24' });
    const byGoal = (over: Parameters<typeof indicator>[0] = {}) =>
      indicator({
        id: 'G',
        filter: { goals: ['SG1'] },
        targets: [{ period: '2019', value: 10 }],
        ...over,
      });
    const at = (endDate: string, over: Parameters<typeof activity>[0] = {}) =>
      activity({ endDate, startDate: endDate, ...over });
    const classified = (n: number) =>
      Array.from({ length: n }, (_, i) => at(`2019-0${1 + (i % 9)}-10`, { goals: ['SG1'] }));
    const unclassified = (n: number, over: Parameters<typeof activity>[0] = {}) =>
      Array.from({ length: n }, (_, i) => at(`2019-0${1 + (i % 9)}-12`, { goals: [], ...over }));
    const evaluate = (i: ReturnType<typeof indicator>, list: ReturnType<typeof activity>[]) =>
      evaluateIndicators(
        { indicators: [i], activities: list, actuals: [] },
        [yearPeriod(2019)],
        ctx,
      )[0].periods[0];

    const cases: [string, ReturnType<typeof activity>[], string, number | null][] = [
      [
        'off track even if every unclassified one counted',
        [...classified(2), ...unclassified(2)],
        'off-track',
        4,
      ],
      [
        'on track without them: they cannot lower a count',
        [...classified(9), ...unclassified(5)],
        'on-track',
        14,
      ],
      [
        'between the two ends: depends on missing data',
        [...classified(2), ...unclassified(10)],
        'depends',
        12,
      ],
      ['nothing unclassified: no bounds', classified(5), 'off-track', null],
      [
        'another goal recorded never counts, even with another classification missing',
        [...classified(2), ...unclassified(10, { goals: ['SG2'] })],
        'off-track',
        null,
      ],
      [
        'a record that fails the rest of the filter never counts',
        [...classified(2), ...unclassified(10, { status: 'planned' })],
        'off-track',
        null,
      ],
    ];
    for (const [name, list, status, high] of cases) {
      it(name, () => {
        const result = evaluate(byGoal(), list);
        expect(result.status).toBe(status as never);
        expect(result.bounds?.high.value ?? null).toBe(high);
      });
    }

    it('gives the range and the records that decide it', () => {
      const result = evaluate(byGoal(), [...classified(4), ...unclassified(40)]);
      expect(result.actual.value).toBe(4);
      expect(result.bounds).toEqual(
        jasmine.objectContaining({ undecided: 40, lowStatus: 'off-track', highStatus: 'on-track' }),
      );
      expect(result.bounds!.high.value).toBe(44);
    });

    it('a record must match or lack every classification the filter names', () => {
      const i = byGoal({ filter: { goals: ['SG1'], workingGroups: ['WGTIP'] } });
      const list = [
        at('2019-03-01', { goals: ['SG1'], workingGroups: ['WGTIP'] }),
        at('2019-03-02', { goals: [], workingGroups: ['WGTIP'] }), // could count
        at('2019-03-03', { goals: ['SG1'], workingGroups: [] }), // could count
        at('2019-03-04', { goals: [], workingGroups: [] }), // could count
        at('2019-03-05', { goals: [], workingGroups: ['TFPP'] }), // another group: never
        at('2019-03-06', { goals: ['SG3'], workingGroups: [] }), // another goal: never
      ];
      const result = evaluate(i, list);
      expect(result.actual.value).toBe(1);
      expect(result.bounds!.high.value).toBe(4);
      expect(result.bounds!.undecided).toBe(3);
    });

    it('a sum adds the known values of the unclassified; a distinct count takes the union', () => {
      const sum = byGoal({ measure: { kind: 'sum', field: 'participants.total' } });
      const distinct = byGoal({ measure: { kind: 'distinct', field: 'workingGroups' } });
      const list = [
        at('2019-03-01', {
          goals: ['SG1'],
          workingGroups: ['WGTIP'],
          participants: { total: 10, female: null, male: null },
        }),
        at('2019-03-02', {
          goals: [],
          workingGroups: ['WGTIP', 'TFPP'],
          participants: { total: 5, female: null, male: null },
        }),
        at('2019-03-03', {
          goals: [],
          workingGroups: ['AHG'],
          participants: { total: null, female: null, male: null },
        }),
      ];
      expect(evaluate(sum, list).bounds!.high.value).toBe(15);
      expect(evaluate(distinct, list).bounds!.high.value).toBe(3);
    });

    it('a ratio or a mean keeps its status and its coverage note', () => {
      const mean = byGoal({ measure: { kind: 'mean', field: 'evaluation.satisfaction' } });
      const result = evaluate(mean, [...classified(2), ...unclassified(10)]);
      expect(result.bounds).toBeNull();
      expect(result.unclassified).toEqual([{ field: 'goals', count: 10 }]);
    });

    it('counts "depends" as its own status, never off track', () => {
      const results = evaluateIndicators(
        {
          indicators: [byGoal()],
          activities: [...classified(2), ...unclassified(10)],
          actuals: [],
        },
        [yearPeriod(2019)],
        ctx,
      );
      const mix = statusMix(results);
      expect(mix.depends).toBe(1);
      expect(mix['off-track']).toBe(0);
    });

    it('for random classifications of the undecided records: low ≤ the figure ≤ high, and a definite status stays', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 12 }),
          fc.array(fc.constantFrom(['SG1'], ['SG2'], ['SG1', 'SG2'], []), {
            minLength: 0,
            maxLength: 16,
          }),
          (known, choices) => {
            const before = [...classified(known), ...unclassified(choices.length)];
            const first = evaluate(byGoal(), before);
            const low = first.actual.value ?? 0;
            const high = first.bounds?.high.value ?? low;
            const after = [
              ...classified(known),
              ...choices.map((goals, i) => at(`2019-0${1 + (i % 9)}-12`, { goals: [...goals] })),
            ];
            const second = evaluate(byGoal(), after);
            const figure = second.actual.value ?? 0;
            expect(figure).toBeGreaterThanOrEqual(low);
            expect(figure).toBeLessThanOrEqual(high);
            if (first.status !== 'depends') expect(second.status).toBe(first.status);
          },
        ),
      );
    });
  });
});
