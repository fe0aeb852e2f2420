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

  it('neutralises a formula after leading spaces, or after a semicolon a spreadsheet splits on', () => {
    expect(toCsv([[' =1+1']])).toBe("\ufeff' =1+1\r\n");
    expect(toCsv([["x;=cmd|' /C calc'!A0"]])).toBe("\ufeff\"'x;=cmd|' /C calc'!A0\"\r\n");
    expect(toCsv([['a;b', 'tab\there']])).toBe('\ufeff"a;b","tab\there"\r\n');
    // Ordinary text and negative numbers are left alone.
    expect(toCsv([['Bangkok - Jakarta', -2]])).toBe('\ufeffBangkok - Jakarta,-2\r\n');
  });
});
