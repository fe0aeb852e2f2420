import { evaluateIndicators } from '../../results/indicators';
import { frameworkPeriod, yearPeriod } from '../../results/periods';
import { activity, context, indicator } from '../../results/testing';
import { ipttRows, ipttTable, sortRows } from './iptt';

describe('IPTT model', () => {
  const periods = [
    yearPeriod(2019),
    frameworkPeriod({ id: 'SP', name: 'SP', start: '2018-01-01', end: '2020-12-31' }),
  ];
  const results = evaluateIndicators(
    {
      indicators: [
        indicator({
          id: 'b',
          code: '1.10',
          name: 'Bravo',
          targets: [{ period: '2019', value: 4 }],
          frameworkTarget: 10,
        }),
        indicator({
          id: 'a',
          code: '1.2',
          name: 'Alpha',
          measure: { kind: 'sum', field: 'participants.total' },
          targets: [{ period: '2019', value: 100 }],
        }),
      ],
      activities: [
        activity({ participants: { total: 30, female: null, male: null } }),
        activity({ participants: { total: null, female: null, male: null } }),
      ],
      actuals: [],
    },
    periods,
    context(),
  );

  it('shows each period’s narrative, and asks for one where a closed period went off track', () => {
    const explained = ipttRows(
      results,
      [{ indicator: 'b', period: '2019', text: 'Travel was suspended.' }],
      '2026-11-24',
    );
    expect(explained[0].cells[0].narrative).toBe('Travel was suspended.');
    expect(explained[0].cells[0].explain).toBeFalse();
    const owed = ipttRows(results, [], '2026-11-24');
    expect(owed[0].cells[0].explain).toBeTrue();
    // The whole-framework column is not a closed period to explain.
    expect(owed[0].cells[1].explain).toBeFalse();
    // Before the period closes, nothing is owed yet.
    expect(ipttRows(results, [], '2019-06-30')[0].cells[0].explain).toBeFalse();
  });

  it('shows target, actual, % met and status per period, and flags partial data', () => {
    const [b, a] = ipttRows(results);
    expect(b.cells[0]).toEqual({
      target: '4',
      actual: '2',
      values: { target: 4, actual: 2, met: 50 },
      coverage: null,
      met: '50 %',
      status: 'off-track',
      contribution: null,
      judged: undefined,
      range: null,
      narrative: null,
      explain: false,
    });
    expect(a.cells[0].actual).toBe('30');
    expect(a.cells[0].coverage).toBe('value known for 1 of 2 records');
    expect(a.cells[1].target).toBe('—');
  });

  it('sorts codes numerically, not as text', () => {
    expect(sortRows(ipttRows(results), 'code', 'asc').map((r) => r.code)).toEqual(['1.2', '1.10']);
    expect(sortRows(ipttRows(results), 'name', 'desc').map((r) => r.name)).toEqual([
      'Bravo',
      'Alpha',
    ]);
  });

  it('exports the table with two header rows, cell for cell', () => {
    const table = ipttTable(ipttRows(results), periods);
    expect(table[0]).toEqual(['', '', '', '', '2019', '', '', '', 'SP', '', '', '', '']);
    expect(table[1].slice(4, 8)).toEqual(['Target', 'Actual', '% met', 'Status']);
    expect(table[1].at(-1)).toBe('Notes');
    // Numbers stay numbers, with the format they are shown in; unknown is an empty cell.
    expect(table[2].slice(0, 8)).toEqual([
      '1.10',
      'Bravo',
      'activities',
      null,
      { value: 4, format: '#,##0' },
      { value: 2, format: '#,##0' },
      { value: 50, format: '#,##0" %"' },
      'Off track',
    ]);
    // Partial data goes in the notes, named by period.
    expect(table[3].at(-1)).toContain('2019: value known for 1 of 2 records');
  });
});
