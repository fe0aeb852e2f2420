import {
  customPeriod,
  frameworkPeriod,
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  resolvePreset,
  sincePeriod,
  yearPeriod,
} from '../results/periods';
import { periodLabel } from './labels';

describe('period labels', () => {
  const cases: [string, Parameters<typeof periodLabel>[0], string][] = [
    ['a calendar year', yearPeriod(2019), '2019'],
    ['a work-plan year', yearPeriod(2019, 7), '2019/20'],
    ['a half of a work-plan year', halfPeriod(2019, 2, 7), '2019/20 H2'],
    ['a quarter', quarterPeriod(2020, 3), '2020 Q3'],
    ['a month', monthPeriod(2026, 3), 'Mar 2026'],
    [
      'the whole framework',
      frameworkPeriod({
        id: 'SP',
        name: 'Strategic Plan 2018–2020',
        start: '2018-01-01',
        end: '2020-12-31',
      }),
      'Strategic Plan 2018–2020',
    ],
    ['a custom range', customPeriod('2019-02-01', '2019-03-31'), '2019-02-01 – 2019-03-31'],
    [
      'since a meeting',
      sincePeriod({ id: 'mc-7', shortName: '7th MC', date: '2018-08-07' }, '2026-11-24'),
      'Since 7th MC',
    ],
    [
      'the last 12 months',
      resolvePreset('last-12-months', {
        today: '2026-11-24',
        firstMonth: 1,
        framework: null,
        meetings: [],
      })!,
      'Last 12 months',
    ],
  ];
  for (const [name, period, label] of cases) {
    it(`names ${name}`, () => expect(periodLabel(period)).toBe(label));
  }
});
