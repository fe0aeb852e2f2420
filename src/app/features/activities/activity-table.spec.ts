import type { ReferenceIds } from '../../domain/rules';
import { activity } from '../../results/testing';
import { parseCsv } from '../../shared/import/files';
import { activityRows, previewImport } from './activity-table';

const refs: ReferenceIds = {
  frameworks: new Set(['SP2018']),
  goals: new Set(['SG1', 'SG2']),
  purposes: new Set(['CP2']),
  functions: new Set(['F2']),
  workingGroups: new Set(['WGTIP']),
  members: new Set(['THA', 'IDN']),
  indicators: new Set(),
};

describe('activity import and export', () => {
  it('parses quoted CSV fields, doubled quotes, CRLF and blank lines', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n\n1,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', ''],
    ]);
  });

  it('round-trips an exported activity through import', () => {
    const original = activity({
      id: 'act-1',
      hostCountry: 'THA',
      purposes: ['CP2'],
      members: [
        { code: 'THA', count: 4 },
        { code: 'IDN', count: null },
      ],
      participants: { total: 10, female: null, male: 6 },
      notes: 'Line with, comma',
    });
    const table = activityRows([original]).map((r) => r.map((c) => (c === null ? '' : String(c))));
    const result = previewImport(table, refs);
    if ('error' in result) fail(result.error);
    else {
      const [row] = result.rows;
      expect(row.problems).toEqual([]);
      expect(row.activity.members).toEqual(original.members);
      expect(row.activity.participants).toEqual({ total: 10, female: null, male: 6 });
      expect(row.activity.notes).toBe('Line with, comma');
    }
  });

  it('refuses a file whose columns do not match, naming them', () => {
    expect(previewImport([['title', 'colour']], refs)).toEqual({
      error: jasmine.stringMatching(/required fields: type, status, startDate, endDate, modality/),
    });
    const result = previewImport(
      [['title', 'type', 'status', 'startDate', 'endDate', 'modality', 'colour']],
      refs,
    );
    expect(result).toEqual({
      error: jasmine.stringMatching(/unknown columns: colour/),
    });
  });

  it('reports each bad row with its row number, field and message', () => {
    const header = [
      'title',
      'type',
      'status',
      'startDate',
      'endDate',
      'modality',
      'goals',
      'participantsTotal',
    ];
    const result = previewImport(
      [
        header,
        ['Good', 'training', 'completed', '2024-01-01', '2024-01-02', 'virtual', 'SG1', '12'],
        [
          'Bad number',
          'training',
          'completed',
          '2024-01-01',
          '2024-01-02',
          'virtual',
          'SG1',
          'twelve',
        ],
        ['Bad type', 'party', 'completed', '2024-01-01', '2024-01-02', 'virtual', 'SG1', ''],
      ],
      refs,
    );
    if ('error' in result) fail(result.error);
    else {
      expect(result.rows.map((r) => [r.row, r.problems.map((p) => p.field)])).toEqual([
        [2, []],
        [3, ['participants.total']],
        [4, ['type']],
      ]);
    }
  });
});
