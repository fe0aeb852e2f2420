import { breakdown, byMember, bySex } from './disaggregate';
import { activity, context } from './testing';

describe('disaggregation', () => {
  it('splits participants by sex with the unrecorded remainder and a ratio-of-sums share', () => {
    const list = [
      activity({ participants: { total: 20, female: 5, male: 10 } }),
      activity({ participants: { total: 10, female: null, male: null } }),
      activity({ participants: { total: null, female: 3, male: 1 } }),
    ];
    const sex = bySex(list);
    expect(sex.female).toEqual({ value: 8, records: 3, known: 2, unknown: 1 });
    expect(sex.male.value).toBe(11);
    expect(sex.notRecorded).toBe(15);
    expect(sex.femaleShare).toBeCloseTo(8 / 19, 10);
  });

  it('counts participation per member, keeping unknown counts apart', () => {
    const rows = byMember([
      activity({
        members: [
          { code: 'THA', count: 3 },
          { code: 'IDN', count: null },
        ],
      }),
      activity({ members: [{ code: 'THA', count: 2 }] }),
    ]);
    expect(rows).toEqual([
      { code: 'THA', activities: 2, participants: 5, countUnknown: 0 },
      { code: 'IDN', activities: 1, participants: 0, countUnknown: 1 },
    ]);
  });

  it('breaks a measure down by a multi-valued dimension', () => {
    const list = [
      activity({ goals: ['SG1', 'SG2'] }),
      activity({ goals: ['SG2'] }),
      activity({ goals: [] }),
    ];
    const rows = breakdown(list, 'goal', { kind: 'count' }, context());
    expect(rows.map((r) => [r.key, r.figure.value])).toEqual([
      ['SG2', 2],
      ['SG1', 1],
    ]);
  });

  it('breaks down by sub-region through the member list', () => {
    const members = new Map([
      [
        'THA',
        {
          id: 'THA',
          code: 'THA',
          name: 'Thailand',
          kind: 'state' as const,
          status: 'member' as const,
          subRegion: 'South-East Asia' as const,
        },
      ],
      [
        'AUS',
        {
          id: 'AUS',
          code: 'AUS',
          name: 'Australia',
          kind: 'state' as const,
          status: 'member' as const,
          subRegion: 'Pacific' as const,
        },
      ],
    ]);
    const list = [
      activity({
        members: [
          { code: 'THA', count: 1 },
          { code: 'AUS', count: 1 },
        ],
      }),
      activity({ members: [{ code: 'THA', count: 1 }] }),
    ];
    const rows = breakdown(list, 'subRegion', { kind: 'count' }, context(), members);
    expect(rows.map((r) => [r.key, r.figure.value])).toEqual([
      ['South-East Asia', 2],
      ['Pacific', 1],
    ]);
  });
});
