import { coverageNote, formatProgress, formatValue } from './format';

describe('formatting figures', () => {
  it('never shows unknown as zero', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(1234.56)).toBe('1,234.6');
    expect(formatValue(41.25, '%')).toBe('41.3 %');
    expect(formatProgress(null)).toBe('—');
    expect(formatProgress(0.876)).toBe('88 %');
  });

  it('writes a coverage note only when values were missing', () => {
    expect(coverageNote({ value: 5, records: 4, known: 4, unknown: 0 }, 'Participants')).toBeNull();
    expect(coverageNote({ value: 5, records: 52, known: 41, unknown: 11 }, 'Participants')).toBe(
      'Participants known for 41 of 52 activities',
    );
  });
});
