import { addDays, dayNumber, daysInclusive, fromDayNumber, isIsoDate, monthStart } from './dates';

describe('ISO date arithmetic', () => {
  it('round-trips every day across leap years without shifting', () => {
    for (let day = dayNumber('2015-12-25'); day < dayNumber('2025-01-05'); day++) {
      expect(dayNumber(fromDayNumber(day))).toBe(day);
    }
  });

  const cases: [string, number, string][] = [
    ['2019-12-31', 1, '2020-01-01'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2021-02-28', 1, '2021-03-01'],
    ['2020-03-01', -1, '2020-02-29'],
    ['2018-01-01', -1, '2017-12-31'],
  ];
  for (const [date, days, expected] of cases) {
    it(`adds ${days} day(s) to ${date}`, () => expect(addDays(date, days)).toBe(expected));
  }

  it('counts days with both ends included', () => {
    expect(daysInclusive('2020-01-01', '2020-12-31')).toBe(366);
    expect(daysInclusive('2019-01-01', '2019-01-01')).toBe(1);
  });

  it('normalises month overflow', () => {
    expect(monthStart(2019, 13)).toBe('2020-01-01');
    expect(monthStart(2019, 0)).toBe('2018-12-01');
    expect(monthStart(2019, 19)).toBe('2020-07-01');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2020-02-29')).toBeTrue();
    expect(isIsoDate('2019-02-29')).toBeFalse();
    expect(isIsoDate('2019-13-01')).toBeFalse();
    expect(isIsoDate('2019-1-01')).toBeFalse();
    expect(isIsoDate('2019-01-01T00:00:00Z')).toBeFalse();
  });
});
