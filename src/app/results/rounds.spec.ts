import type { Narrative } from '../domain/schema';
import { roundInterval, roundResults, submissionProblems, type SubmissionInput } from './rounds';
import { activity, context, indicator } from './testing';
import type { QualityIssue } from './quality';

describe('a round’s submission checks', () => {
  const ctx = context({ today: '2026-11-24' });
  const reported = indicator({
    id: 'REP',
    code: 'R.1',
    measure: { kind: 'reported' },
    targets: [{ period: '2026-H1', value: 5 }],
  });
  const counted = indicator({
    id: 'CNT',
    code: 'C.1',
    measure: { kind: 'count' },
    targets: [{ period: '2026-H1', value: 50 }],
  });
  const data = {
    indicators: [reported, counted],
    activities: [activity({ startDate: '2026-02-01', endDate: '2026-02-02' })],
    actuals: [],
    slice: null,
    goalIds: [],
  };
  const base = (over: Partial<SubmissionInput> = {}): SubmissionInput => ({
    round: { period: '2026-H1', end: '2026-06-30' },
    results: roundResults(data, '2026-H1', ctx),
    narratives: [],
    actuals: [],
    quality: [],
    coverNote: null,
    today: '2026-11-24',
    ...over,
  });
  const codes = (input: SubmissionInput) =>
    submissionProblems(input).map((p) => `${p.code} ${p.params?.['indicator'] ?? ''}`.trim());

  it('compares a half-year with as many days just before it, as the live brief of the period does', () => {
    const { current, previous } = roundInterval('2026-H1');
    expect([current.start, current.end]).toEqual(['2026-01-01', '2026-06-30']);
    expect([previous.start, previous.end]).toEqual(['2025-07-04', '2025-12-31']);
  });

  it('asks for a narrative for an indicator behind target, and a value for a reported one due', () => {
    // One activity against a target of 50 for the half is off track; the reported
    // indicator has no value dated in the half.
    expect(codes(base())).toEqual(['actuals-missing R.1', 'narrative-missing C.1']);
  });

  it('passes once the narrative is written for the period and the value is reported', () => {
    const narrative = { id: 'n', indicator: 'CNT', goal: null, period: '2026-H1' } as Narrative;
    const actuals = [{ id: 'v', indicator: 'REP', date: '2026-04-30', value: 9 }];
    const results = roundResults({ ...data, actuals }, '2026-H1', ctx);
    expect(codes(base({ narratives: [narrative], actuals, results }))).toEqual([]);
    // A narrative for another period does not count.
    expect(
      codes(base({ narratives: [{ ...narrative, period: '2026' }], actuals, results })),
    ).toEqual(['narrative-missing C.1']);
  });

  it('refuses a period still running', () => {
    expect(codes(base({ round: { period: '2026-H2', end: '2026-12-31' } }))).toContain(
      'period-running',
    );
  });

  it('lets open data-quality problems through only with a cover note', () => {
    const issue = {
      id: 'a1',
      title: 'x',
      rule: 'end-before-start',
      problem: { field: 'endDate', code: 'end-before-start' },
    } as QualityIssue;
    const quality = [issue, { ...issue }];
    const problems = submissionProblems(base({ quality }));
    expect(problems.find((p) => p.code === 'quality-open')?.params).toEqual({ count: 1 });
    expect(codes(base({ quality, coverNote: 'Two records are being corrected.' }))).not.toContain(
      'quality-open',
    );
  });
});
