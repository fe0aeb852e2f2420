import { coverageNote, formatNumber, formatProgress, formatValue, separatorsFor } from './format';

describe('formatting figures', () => {
  it('never shows unknown as zero', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(1234.56)).toBe('1,234.6');
    expect(formatValue(41.25, '%')).toBe('41.3 %');
    expect(formatProgress(null)).toBe('—');
    expect(formatProgress(0.876)).toBe('88 %');
  });

  it('shows the precision that decides a status: never a figure rounded up to its boundary', () => {
    const bands = { atRisk: 0.6, onTrack: 0.9 };
    expect(formatProgress(0.596, bands)).toBe('59.6 %');
    expect(formatProgress(0.8996, bands)).toBe('89.96 %');
    expect(formatProgress(0.89999999, bands)).toBe('89.999 %');
    expect(formatProgress(0.6, bands)).toBe('60 %');
    expect(formatProgress(0.604, bands)).toBe('60 %');
    expect(formatProgress(0.594, bands)).toBe('59 %');
    // Halfway through a running period the boundaries are halved.
    expect(formatProgress(0.298, { atRisk: 0.3, onTrack: 0.45 })).toBe('29.8 %');
    expect(formatProgress(0.596)).toBe('60 %');
  });

  it('groups thousands and rounds half away from zero, like the reports it is compared with', () => {
    const cases: [number, 0 | 1, string][] = [
      [0, 0, '0'],
      [999, 0, '999'],
      [1000, 0, '1,000'],
      [1234567, 0, '1,234,567'],
      [-1234, 0, '-1,234'],
      [-0.4, 0, '0'],
      [2.5, 0, '3'],
      [-2.5, 0, '-3'],
      [1.05, 1, '1.1'],
      [2.04, 1, '2'],
      [999.96, 1, '1,000'],
      [12345.67, 1, '12,345.7'],
      [0.04, 1, '0'],
    ];
    for (const [value, decimals, text] of cases) expect(formatNumber(value, decimals)).toBe(text);
  });

  it('writes a coverage note only when values were missing', () => {
    expect(coverageNote({ value: 5, records: 4, known: 4, unknown: 0 }, 'Participants')).toBeNull();
    expect(coverageNote({ value: 5, records: 52, known: 41, unknown: 11 }, 'Participants')).toBe(
      'Participants known for 41 of 52 activities',
    );
  });

  it('takes the separators of the locale', () => {
    expect(formatNumber(1234.56, 1, separatorsFor('id'))).toBe('1.234,6');
    expect(formatNumber(1234.56, 1, separatorsFor('en-GB'))).toBe('1,234.6');
    expect(formatNumber(1234.56, 1, separatorsFor('xx'))).toBe('1,234.6');
  });
});
