import {
  customPeriod,
  halfPeriod,
  monthPeriod,
  periodContaining,
  periodsBetween,
  previousPeriod,
  quarterPeriod,
  resolvePreset,
  yearPeriod,
} from './periods';

describe('periods', () => {
  it('builds calendar and work-plan years', () => {
    expect(yearPeriod(2019)).toEqual(
      jasmine.objectContaining({ key: '2019', start: '2019-01-01', end: '2019-12-31' }),
    );
    expect(yearPeriod(2019, 7)).toEqual(
      jasmine.objectContaining({
        key: '2019',
        name: { kind: 'year', startYear: 2019, firstMonth: 7 },
        start: '2019-07-01',
        end: '2020-06-30',
      }),
    );
  });

  it('follows the year start for halves and quarters', () => {
    expect(halfPeriod(2020, 2)).toEqual(
      jasmine.objectContaining({ start: '2020-07-01', end: '2020-12-31' }),
    );
    expect(halfPeriod(2019, 2, 7)).toEqual(
      jasmine.objectContaining({ start: '2020-01-01', end: '2020-06-30' }),
    );
    expect(quarterPeriod(2020, 1)).toEqual(
      jasmine.objectContaining({ start: '2020-01-01', end: '2020-03-31' }),
    );
    expect(quarterPeriod(2019, 4, 7)).toEqual(
      jasmine.objectContaining({ start: '2020-04-01', end: '2020-06-30' }),
    );
    expect(monthPeriod(2020, 2)).toEqual(
      jasmine.objectContaining({ key: '2020-02', end: '2020-02-29' }),
    );
  });

  it('lists every period overlapping a range, in order', () => {
    expect(periodsBetween('year', '2018-01-01', '2020-12-31').map((p) => p.key)).toEqual([
      '2018',
      '2019',
      '2020',
    ]);
    expect(periodsBetween('half', '2018-03-01', '2019-02-01').map((p) => p.key)).toEqual([
      '2018-H1',
      '2018-H2',
      '2019-H1',
    ]);
    expect(periodsBetween('quarter', '2018-01-01', '2020-12-31').length).toBe(12);
    expect(periodsBetween('month', '2019-11-15', '2020-02-01').map((p) => p.key)).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
    expect(periodsBetween('year', '2020-01-01', '2019-01-01')).toEqual([]);
  });

  it('finds the containing and the previous period', () => {
    expect(periodContaining('half', '2026-11-24').key).toBe('2026-H2');
    expect(previousPeriod(halfPeriod(2026, 1))!.key).toBe('2025-H2');
    expect(previousPeriod(customPeriod('2020-01-11', '2020-01-20'))).toEqual(
      jasmine.objectContaining({ start: '2020-01-01', end: '2020-01-10' }),
    );
  });

  describe('presets', () => {
    const ctx = {
      today: '2026-11-24',
      firstMonth: 1,
      framework: {
        id: 'SP2018',
        name: 'Strategic Plan 2018–2020',
        start: '2018-01-01',
        end: '2020-12-31',
      },
      meetings: [{ id: 'mc-7', shortName: '7th Ministerial Conference', date: '2018-08-07' }],
    };
    const cases: [string, object, string | null, string | null][] = [
      ['this-year', {}, '2026-01-01', '2026-12-31'],
      ['this-year', { firstMonth: 7 }, '2026-07-01', '2027-06-30'],
      ['previous-half', {}, '2026-01-01', '2026-06-30'],
      ['last-12-months', {}, '2025-11-25', '2026-11-24'],
      ['last-12-months', { today: '2024-02-29' }, '2023-03-01', '2024-02-29'],
      ['framework', {}, '2018-01-01', '2020-12-31'],
      ['since:mc-7', {}, '2018-08-08', '2026-11-24'],
      ['year:2019', {}, '2019-01-01', '2019-12-31'],
      ['half:2019-H2', {}, '2019-07-01', '2019-12-31'],
      ['custom', { from: '2019-02-01', to: '2019-02-10' }, '2019-02-01', '2019-02-10'],
      ['custom', { from: '2019-02-10', to: '2019-02-01' }, null, null],
      ['custom', { from: null, to: '2019-02-01' }, null, null],
      ['since:unknown', {}, null, null],
      ['nonsense', {}, null, null],
    ];
    for (const [preset, extra, start, end] of cases) {
      it(`resolves ${preset} ${JSON.stringify(extra)}`, () => {
        const p = resolvePreset(preset, { ...ctx, ...extra });
        expect(p ? [p.start, p.end] : null).toEqual(start === null ? null : [start, end as string]);
      });
    }
  });
});
