import { activity } from './testing';
import { readActivity } from './read-activity';
import type { Activity } from './schema';

/** A record as the API might send it: the test activity with some fields replaced. */
const raw = (over: Record<string, unknown>) => ({ ...activity({ id: 'act-1' }), ...over });
const kept = (row: unknown): Activity => {
  const result = readActivity(row);
  if ('problems' in result) throw new Error(`set aside: ${result.problems.join('; ')}`);
  return result.record;
};
const setAside = (row: unknown): string[] => {
  const result = readActivity(row);
  return 'problems' in result ? result.problems.map((p) => `${p.field}: ${p.code}`) : [];
};

describe('reading an activity field by field', () => {
  it('reads a valid record as it is, with no problems', () => {
    const a = kept(raw({}));
    expect(a.readProblems).toBeUndefined();
    expect(a.participants.total).toBe(10);
  });

  const cases: [string, Record<string, unknown>, (a: Activity) => unknown, unknown, string][] = [
    // [name, fields sent, what is read, read as, field flagged]
    [
      'a negative total',
      { participants: { total: -5, female: 2, male: 3 } },
      (a) => a.participants.total,
      null,
      'participants.total',
    ],
    [
      'a fractional count of women',
      { participants: { total: 10, female: 2.5, male: 3 } },
      (a) => a.participants.female,
      null,
      'participants.female',
    ],
    [
      'participants that are not an object',
      { participants: 30 },
      (a) => a.participants,
      { total: null, female: null, male: null },
      'participants',
    ],
    ['a negative cost', { cost: -100 }, (a) => a.cost, null, 'cost'],
    ['a status outside the vocabulary', { status: 'done' }, (a) => a.status, null, 'status'],
    ['a type outside the vocabulary', { type: 'party' }, (a) => a.type, null, 'type'],
    [
      'a start date that is not a date',
      { startDate: '31/12/2019' },
      (a) => a.startDate,
      null,
      'startDate',
    ],
    ['goals that are not a list', { goals: 'SG1' }, (a) => a.goals, [], 'goals'],
    ['one goal that is not text', { goals: ['SG1', 7] }, (a) => a.goals, ['SG1'], 'goals.1'],
    [
      'a member entry without a code',
      { members: [{ code: 'THA', count: 2 }, { count: 3 }] },
      (a) => a.members,
      [{ code: 'THA', count: 2 }],
      'members.1.code',
    ],
    [
      'a negative member count',
      { members: [{ code: 'THA', count: -3 }] },
      (a) => a.members,
      [{ code: 'THA', count: null }],
      'members.0.count',
    ],
    [
      'a satisfaction out of range',
      { evaluation: { satisfaction: 9 } },
      (a) => a.evaluation?.satisfaction,
      null,
      'evaluation.satisfaction',
    ],
    ['a title that is a number', { title: 42 }, (a) => a.title, '', 'title'],
  ];
  for (const [name, fields, read, expected, field] of cases) {
    it(`keeps a record with ${name}: that field reads as unknown and is flagged`, () => {
      const a = kept(raw(fields));
      expect(read(a)).toEqual(expected as never);
      expect(a.readProblems?.every((p) => typeof p.code === 'string')).toBeTrue();
      expect(a.readProblems?.map((p) => p.field)).toEqual([field]);
      expect(a.id).toBe('act-1');
    });
  }

  it('keeps every other field of a degraded record', () => {
    const a = kept(raw({ participants: { total: -5, female: 2, male: 3 }, status: 'done' }));
    expect(a.participants).toEqual({ total: null, female: 2, male: 3 });
    expect(a.endDate).toBe('2019-03-03');
    expect(a.goals).toEqual(['SG1']);
    expect(a.readProblems?.length).toBe(2);
  });

  const unplaceable: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /^: not-object/],
    ['an array', [1, 2], /^: not-object/],
    ['no id', { ...raw({}), id: undefined }, /^id: /],
    ['an unsafe id', raw({ id: 'a/b' }), /^id: /],
    ['no end date', raw({ endDate: undefined }), /^endDate: /],
    ['an end date that is not a date', raw({ endDate: '2019-02-30' }), /^endDate: /],
  ];
  for (const [name, row, problem] of unplaceable) {
    it(`sets aside a record with ${name}, saying why`, () => {
      const problems = setAside(row);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]).toMatch(problem);
    });
  }

  it('calls an empty end date missing, once, not also misformatted', () => {
    expect(setAside(raw({ endDate: '' }))).toEqual(['endDate: required']);
  });
});
