import { memberText, valueBins } from './member-map';

describe('the member-state map', () => {
  it('colours in up to four ranges of the values present, zero left out', () => {
    expect(valueBins([])).toEqual([]);
    expect(valueBins([0, 3, 3])).toEqual([{ from: 3, to: 3 }]);
    expect(valueBins([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
      { from: 7, to: 8 },
    ]);
  });

  it('says each state’s figures, never 0 for counts not recorded', () => {
    const state = { code: 'THA', name: 'Thailand' };
    expect(memberText({ ...state, activities: 0, participants: 0, countUnknown: 0 })).toBe(
      'Thailand: not reached in this period',
    );
    expect(memberText({ ...state, activities: 4, participants: null, countUnknown: 4 })).toBe(
      'Thailand: 4 activities, participant counts not recorded',
    );
    expect(memberText({ ...state, activities: 4, participants: 38, countUnknown: 1 })).toBe(
      'Thailand: at least 38 participants from 4 activities (1 count not recorded)',
    );
    expect(memberText({ ...state, activities: 1, participants: 12, countUnknown: 0 })).toBe(
      'Thailand: 12 participants from 1 activity',
    );
  });
});
