import { checkActivity, QualityReference } from './quality';
import { activity } from './testing';

describe('data-quality rules', () => {
  const ref: QualityReference = {
    memberCodes: new Set(['THA', 'IDN']),
    goalIds: new Set(['SG1']),
    purposeIds: new Set(['CP2']),
    functionIds: new Set(['F2']),
    workingGroupIds: new Set(['WGTIP']),
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
    ['negative count', { participants: { total: -1, female: null, male: null } }, 'negative-count'],
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

  it('names the record and explains the problem', () => {
    const [issue] = checkActivity(
      activity({ id: 'x1', participants: { total: 10, female: 8, male: 5 } }),
      ref,
    );
    expect(issue.id).toBe('x1');
    expect(issue.message).toContain('(10)');
  });
});
