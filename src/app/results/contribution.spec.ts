import {
  evaluateView,
  groupJudged,
  isNarrowed,
  rsoResults,
  sliceActivities,
  sliceGroup,
  Slice,
} from './contribution';
import { evaluateIndicators } from './indicators';
import { yearPeriod } from './periods';
import { activity, context, indicator } from './testing';

describe('contribution of a slice', () => {
  const ctx = context({ today: '2020-06-30' });
  const year = yearPeriod(2019);
  const wgA: Slice = { workingGroups: ['WGA'] };
  const trainings = indicator({
    id: 'IND-TR',
    measure: { kind: 'count' },
    targets: [{ period: '2019', value: 12 }],
  });
  const all = [
    ...Array.from({ length: 4 }, () => activity({ workingGroups: ['WGA'], endDate: '2019-05-01' })),
    ...Array.from({ length: 8 }, () => activity({ workingGroups: ['WGB'], endDate: '2019-06-01' })),
  ];

  function view(slice: Slice | null, indicators = [trainings], activities = all) {
    return evaluateView(
      {
        indicators,
        activities: sliceActivities(activities, slice),
        all: activities,
        actuals: [],
        slice,
      },
      [year],
      ctx,
    );
  }

  it('is the RSO as a whole without a filter, with no contribution attached', () => {
    const [r] = view(null);
    expect(isNarrowed(null)).toBeFalse();
    expect(isNarrowed({ workingGroups: [], members: [], types: [] })).toBeFalse();
    expect(r.periods[0].actual.value).toBe(12);
    expect(r.periods[0].status).toBe('on-track');
    expect(r.periods[0].contribution).toBeUndefined();
  });

  it('gives a group its share of the RSO figure and the RSO status, never a verdict of its own', () => {
    const [r] = view(wgA);
    const p = r.periods[0];
    expect(p.actual.value).toBe(4);
    expect(p.contribution!.rso.actual.value).toBe(12);
    expect(p.contribution!.share).toBeCloseTo(4 / 12, 10);
    // 4 of 12 against the RSO's target would be off track: the status is the RSO's instead.
    expect(p.status).toBe('on-track');
    expect(p.contribution!.judgedBy).toBe('rso');
    expect(p.target).toBeNull();
    expect(p.progress).toBeNull();
  });

  it('judges a group against its own target where it set one, and only then', () => {
    const targeted = {
      ...trainings,
      groupTargets: [{ workingGroup: 'WGA', period: '2019', value: 10 }],
    };
    const [r] = view(wgA, [targeted]);
    const p = r.periods[0];
    expect(p.target).toBe(10);
    expect(p.status).toBe('off-track');
    expect(p.contribution!.judgedBy).toBe('group');
    expect(p.contribution!.group).toBe('WGA');
    expect(p.contribution!.rso.status).toBe('on-track');
    // The RSO's own result is untouched by a group's target.
    const [whole] = evaluateIndicators(
      { indicators: [targeted], activities: all, actuals: [] },
      [year],
      ctx,
    );
    expect(whole.periods[0].status).toBe('on-track');
    // Another group, or the group in one member state, has no target of its own.
    expect(view({ workingGroups: ['WGB'] }, [targeted])[0].periods[0].contribution!.judgedBy).toBe(
      'rso',
    );
    expect(sliceGroup({ workingGroups: ['WGA'], members: ['THA'] })).toBeNull();
  });

  it('shows a ratio beside the RSO figure, without a share', () => {
    const women = indicator({
      measure: {
        kind: 'ratio',
        numerator: { kind: 'sum', field: 'participants.female' },
        denominator: { kind: 'sum', field: 'participants.sexKnown' },
        scale: 100,
      },
      targets: [{ period: '2019', value: 40 }],
    });
    const [r] = view(wgA, [women]);
    expect(r.periods[0].contribution!.kind).toBe('beside');
    expect(r.periods[0].contribution!.share).toBeNull();
    expect(r.periods[0].actual.value).toBe(40);
  });

  it('has no slice figure for actuals reported for the RSO as a whole', () => {
    const reported = indicator({
      measure: { kind: 'reported' },
      targets: [{ period: '2019', value: 5 }],
    });
    const [r] = view(wgA, [reported]);
    expect(r.periods[0].contribution!.kind).toBe('whole');
    expect(r.periods[0].actual.value).toBeNull();
  });

  it('says the share is a lower bound when RSO records lack what the slice is chosen by', () => {
    const withUnknown = [...all, activity({ workingGroups: [], endDate: '2019-07-01' })];
    const [r] = view(wgA, [trainings], withUnknown);
    expect(r.periods[0].contribution!.unplaced).toBe(1);
    expect(r.periods[0].contribution!.share).toBeCloseTo(4 / 13, 10);
    // A record of another group is not unplaced: it is someone else's.
    expect(view(wgA)[0].periods[0].contribution!.unplaced).toBe(0);
  });

  it('leaves the share unknown when the RSO figure is zero or unknown', () => {
    const [r] = view(wgA, [trainings], []);
    expect(r.periods[0].actual.value).toBe(0);
    expect(r.periods[0].contribution!.share).toBeNull();
  });
});

describe('the RSO behind a narrowed view', () => {
  it('gives the RSO results a contribution was measured against, and the group-judged ones', () => {
    const ctx = context({ today: '2020-06-30' });
    const acts = [
      activity({ workingGroups: ['WGA'], endDate: '2019-05-01' }),
      activity({ workingGroups: ['WGB'], endDate: '2019-05-01' }),
    ];
    const plain = indicator({ id: 'P', targets: [{ period: '2019', value: 2 }] });
    const own = indicator({
      id: 'G',
      targets: [{ period: '2019', value: 2 }],
      groupTargets: [{ workingGroup: 'WGA', period: '2019', value: 1 }],
    });
    const slice = { workingGroups: ['WGA'] };
    const results = evaluateView(
      {
        indicators: [plain, own],
        activities: sliceActivities(acts, slice),
        all: acts,
        actuals: [],
        slice,
      },
      [yearPeriod(2019)],
      ctx,
    );
    expect(rsoResults(results).map((r) => r.periods[0].actual.value)).toEqual([2, 2]);
    expect(groupJudged(results).map((r) => r.indicator.id)).toEqual(['G']);
    const whole = evaluateView(
      { indicators: [plain], activities: acts, actuals: [] },
      [yearPeriod(2019)],
      ctx,
    );
    expect(rsoResults(whole)).toBe(whole);
  });
});
