import { activityProblems, blocking } from '../domain/rules';
import { checkActivity, QualityReference } from './quality';
import { activity } from './testing';

describe('data-quality rules', () => {
  const ref: QualityReference = {
    refs: {
      frameworks: new Set(['SP2018']),
      indicators: new Set(),
      members: new Set(['THA', 'IDN']),
      goals: new Set(['SG1']),
      purposes: new Set(['CP2']),
      functions: new Set(['F2']),
      workingGroups: new Set(['WGTIP']),
    },
    today: '2026-11-24',
  };
  const rules = (overrides: object) => checkActivity(activity(overrides), ref).map((i) => i.rule);

  it('finds nothing wrong with a clean record', () => expect(rules({})).toEqual([]));

  const cases: [string, object, string][] = [
    [
      'women and men above the total',
      { participants: { total: 10, female: 8, male: 5 } },
      'sex-exceeds-total',
    ],
    [
      'women alone above the total',
      { participants: { total: 10, female: 11, male: null } },
      'sex-exceeds-total',
    ],
    ['end before start', { startDate: '2019-03-05', endDate: '2019-03-01' }, 'end-before-start'],
    ['completed without a goal', { goals: [] }, 'completed-without-goal'],
    ['unknown member code', { members: [{ code: 'XXX', count: 1 }] }, 'unknown-member'],
    ['unknown host country', { hostCountry: 'ZZZ' }, 'unknown-member'],
    ['unknown goal', { goals: ['SG9'] }, 'unknown-reference'],
    ['unknown working group', { workingGroups: ['NOPE'] }, 'unknown-reference'],
    [
      'member counts above the total',
      {
        members: [
          { code: 'THA', count: 8 },
          { code: 'IDN', count: 5 },
        ],
      },
      'members-exceed-total',
    ],
    [
      'completed in the future',
      { endDate: '2027-01-01', startDate: '2026-12-30' },
      'completed-in-future',
    ],
  ];
  for (const [name, overrides, rule] of cases) {
    it(`flags ${name}`, () => expect(rules(overrides)).toContain(rule as never));
  }

  it('does not flag a planned activity without a goal', () => {
    expect(rules({ status: 'planned', goals: [] })).toEqual([]);
  });

  it('names the record, the field and the rule', () => {
    const [issue] = checkActivity(
      activity({ id: 'x1', participants: { total: 10, female: 8, male: 5 } }),
      ref,
    );
    expect(issue.id).toBe('x1');
    expect(issue.problem).toEqual({
      field: 'participants',
      code: 'sex-exceeds-total',
      params: { total: 10, female: 8, male: 5 },
    });
  });

  it('lists a field the API sent unusable, under its own rule', () => {
    const problem = { field: 'participants.total', code: 'negative' as const };
    const issues = checkActivity(
      activity({ participants: { total: null, female: 1, male: 2 }, readProblems: [problem] }),
      ref,
    );
    expect(issues.map((i) => [i.rule, i.problem])).toEqual([['unreadable-field', problem]]);
  });

  it('applies the same rules the API and the form apply to a write', () => {
    const a = activity({ goals: [], members: [{ code: 'ZZZ', count: 1 }] });
    const listed = checkActivity(a, ref).map((i) => i.problem);
    expect(listed).toEqual(activityProblems(a, ref.refs, ref.today));
    expect(blocking(listed).map((p) => p.code)).toEqual([
      'completed-without-goal',
      'unknown-reference',
    ]);
  });
});
