import { yearPeriod } from './periods';
import {
  assess,
  AssessmentInput,
  DEFAULT_THRESHOLDS,
  elapsedShare,
  progressToward,
} from './status';

describe('progress and status', () => {
  const year = yearPeriod(2026);
  const base: AssessmentInput = {
    actual: 10,
    target: 10,
    baseline: null,
    direction: 'increase',
    paced: true,
    pathStart: year.start,
    period: year,
    today: '2027-01-15',
    thresholds: DEFAULT_THRESHOLDS,
  };

  it('measures the elapsed share of a period in days', () => {
    expect(elapsedShare('2026-01-01', '2026-12-31', '2025-12-31')).toBe(0);
    expect(elapsedShare('2026-01-01', '2026-12-31', '2026-01-01')).toBe(1 / 365);
    expect(elapsedShare('2026-01-01', '2026-12-31', '2026-07-02')).toBe(183 / 365);
    expect(elapsedShare('2026-01-01', '2026-12-31', '2026-12-31')).toBe(1);
  });

  it('measures decreasing indicators from the baseline toward the target', () => {
    expect(progressToward(20, 10, 'decrease', 30)).toBe(0.5);
    expect(progressToward(10, 10, 'decrease', 30)).toBe(1);
    expect(progressToward(35, 10, 'decrease', 30)).toBe(-0.25);
    // Without a baseline there is no way to measure: no invented figure.
    expect(progressToward(20, 10, 'decrease', null)).toBeNull();
    expect(progressToward(3, 0, 'decrease', null)).toBeNull();
    // A target of 0 (zero incidents) is a real target.
    expect(progressToward(0, 0, 'decrease', 8)).toBe(1);
    expect(progressToward(2, 0, 'decrease', 8)).toBe(0.75);
    // A baseline already at the target is held: met at or below it.
    expect(progressToward(5, 5, 'decrease', 5)).toBe(1);
    expect(progressToward(6, 5, 'decrease', 5)).toBe(0);
  });

  const cases: [string, Partial<AssessmentInput>, string, number | null][] = [
    ['met in a finished period', {}, 'on-track', 1],
    ['90 % is on track', { actual: 9 }, 'on-track', 0.9],
    ['between 60 and 90 % is at risk', { actual: 7 }, 'at-risk', 0.7],
    ['below 60 % is off track', { actual: 5 }, 'off-track', 0.5],
    ['a period not yet started is not yet due', { today: '2025-12-01' }, 'not-yet-due', null],
    ['no target', { target: null }, 'no-target', null],
    ['a zero target on an increasing indicator is no target', { target: 0 }, 'no-target', null],
    ['an unknown actual is no data', { actual: null }, 'no-data', null],
    // Half-way through the year, 5 of 10 is exactly what was expected.
    [
      'a running period is compared with what was expected by today',
      { actual: 5, today: '2026-07-02' },
      'on-track',
      0.5,
    ],
    [
      'a running period behind its pro-rated path',
      { actual: 2, today: '2026-07-02' },
      'off-track',
      0.2,
    ],
    [
      'a level (ratio) is not pro-rated',
      { actual: 5, today: '2026-07-02', paced: false },
      'off-track',
      0.5,
    ],
    [
      'a decreasing indicator at its target',
      { direction: 'decrease', baseline: 30, actual: 10 },
      'on-track',
      1,
    ],
    [
      'a decreasing indicator that went the wrong way',
      { direction: 'decrease', baseline: 30, actual: 40 },
      'off-track',
      -0.5,
    ],
    [
      'custom thresholds come from settings',
      { actual: 8, thresholds: { onTrack: 0.8, atRisk: 0.5 } },
      'on-track',
      0.8,
    ],
  ];
  for (const [name, input, status, progress] of cases) {
    it(name, () => {
      const result = assess({ ...base, ...input });
      expect(result.status).toBe(status as never);
      if (progress === null)
        expect(
          result.status === 'no-data' ||
            result.progress === null ||
            result.status === 'not-yet-due',
        ).toBeTrue();
      else expect(result.progress!).toBeCloseTo(progress, 2);
    });
  }

  describe('edge cases the rules settle', () => {
    const half = { start: '2026-07-01', end: '2026-12-31' };
    const running = {
      ...base,
      period: { ...year, ...half, key: '2026-H2' },
      pathStart: half.start,
    };
    const table: [string, Partial<AssessmentInput>, string, number | null, number | null][] = [
      // [name, input, status, progress, expected]
      [
        'a decreasing zero target is assessed',
        { direction: 'decrease', baseline: 8, target: 0, actual: 0 },
        'on-track',
        1,
        0,
      ],
      [
        'a decreasing zero target missed',
        { direction: 'decrease', baseline: 8, target: 0, actual: 6 },
        'off-track',
        0.25,
        0,
      ],
      [
        'a decreasing indicator without a baseline has no baseline, not a status',
        { direction: 'decrease', baseline: null, target: 10, actual: 20 },
        'no-baseline',
        null,
        null,
      ],
      [
        'a decreasing indicator without a baseline and a zero target',
        { direction: 'decrease', baseline: null, target: 0, actual: 3 },
        'no-baseline',
        null,
        null,
      ],
      [
        'an increasing indicator with a zero target has no target',
        { target: 0, actual: 3 },
        'no-target',
        null,
        0,
      ],
      [
        'an increasing indicator with no target has no target',
        { target: null, actual: 3 },
        'no-target',
        null,
        null,
      ],
      [
        'a stock value in a running half-year is expected in full, not pro-rated',
        {
          ...running,
          paced: false,
          direction: 'decrease',
          baseline: 30,
          target: 9,
          actual: 14,
          today: '2026-08-15',
        },
        'at-risk',
        16 / 21,
        9,
      ],
      [
        'the same stock value in a finished half-year gets the same status',
        {
          ...running,
          paced: false,
          direction: 'decrease',
          baseline: 30,
          target: 9,
          actual: 14,
          today: '2027-02-01',
        },
        'at-risk',
        16 / 21,
        9,
      ],
      [
        'nothing is expected before a period starts, even on a path that began earlier',
        { pathStart: '2018-01-01', actual: null, today: '2025-06-01' },
        'not-yet-due',
        null,
        null,
      ],
    ];
    for (const [name, input, status, progress, expected] of table) {
      it(name, () => {
        const result = assess({ ...base, ...input });
        expect(result.status).toBe(status as never);
        if (progress === null) expect(result.progress).toBeNull();
        else expect(result.progress!).toBeCloseTo(progress, 6);
        if (expected === null) expect(result.expected).toBeNull();
        else expect(result.expected!).toBeCloseTo(expected, 6);
      });
    }
  });

  it('gives the expected-to-date value on the path to the target', () => {
    const result = assess({ ...base, actual: 5, today: '2026-07-02' });
    expect(result.expected!).toBeCloseTo((10 * 183) / 365, 6);
    const decreasing = assess({
      ...base,
      direction: 'decrease',
      baseline: 30,
      target: 10,
      actual: 20,
      today: '2026-07-02',
    });
    expect(decreasing.expected!).toBeCloseTo(30 - (20 * 183) / 365, 6);
  });
});
