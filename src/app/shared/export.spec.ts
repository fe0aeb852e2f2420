import { toCsv } from './export';

describe('CSV export', () => {
  it('quotes what needs quoting and keeps numbers as numbers', () => {
    expect(
      toCsv([
        ['Indicator', 'Actual'],
        ['Women, %', 41.5],
        ['He said "yes"', null],
      ]),
    ).toBe('\ufeffIndicator,Actual\r\n"Women, %",41.5\r\n"He said ""yes""",\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', -3]])).toBe('\ufeff"\'=HYPERLINK(""x"")",-3\r\n');
  });
});
