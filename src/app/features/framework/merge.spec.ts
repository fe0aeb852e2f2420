import { reapplyOnto } from './merge';

describe('re-applying an edit to a newer version', () => {
  const base = {
    id: 'IND-1',
    name: 'Trainings',
    frameworkTarget: 40 as number | null,
    targets: [
      { period: '2026', value: 10 },
      { period: '2027', value: 12 },
    ],
    version: 3,
  };

  it('keeps their change and mine where we touched different fields', () => {
    const theirs = { ...base, name: 'Trainings delivered', version: 4 };
    const mine = { ...base, frameworkTarget: 45 };
    expect(reapplyOnto(base, mine, theirs)).toEqual({
      ...base,
      name: 'Trainings delivered',
      frameworkTarget: 45,
      version: 4,
    });
  });

  it('merges targets period by period: their 2026, my 2027 and my new 2028', () => {
    const theirs = {
      ...base,
      targets: [
        { period: '2026', value: 11 },
        { period: '2027', value: 12 },
      ],
      version: 4,
    };
    const mine = {
      ...base,
      targets: [
        { period: '2026', value: 10 },
        { period: '2027', value: 15 },
        { period: '2028', value: 20 },
      ],
    };
    expect(reapplyOnto(base, mine, theirs).targets).toEqual([
      { period: '2026', value: 11 },
      { period: '2027', value: 15 },
      { period: '2028', value: 20 },
    ]);
  });

  it('takes mine where we both changed the same thing, and removes what I removed', () => {
    const theirs = { ...base, frameworkTarget: 50, version: 4 };
    const mine = { ...base, frameworkTarget: 45, targets: [{ period: '2026', value: 10 }] };
    const merged = reapplyOnto(base, mine, theirs);
    expect(merged.frameworkTarget).toBe(45);
    expect(merged.targets).toEqual([{ period: '2026', value: 10 }]);
  });
});
