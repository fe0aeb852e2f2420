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
    expect(progressToward(20, 10, 'decrease', null)).toBe(0.5);
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
