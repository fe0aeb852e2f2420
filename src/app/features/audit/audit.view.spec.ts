import { auditRow, changeLines } from './audit.view';

describe('audit trail in words', () => {
  it('lists each changed field, targets period by period, without bookkeeping fields', () => {
    const before = {
      id: 'IND-1',
      responsible: 'Co-managers',
      targets: [
        { period: '2019', value: 10 },
        { period: '2020', value: 12 },
      ],
      version: 3,
    };
    const after = {
      ...before,
      responsible: 'RSO',
      targets: [
        { period: '2019', value: 11 },
        { period: '2020', value: 12 },
        { period: '2021', value: 14 },
      ],
      version: 4,
    };
    expect(changeLines({ before, after })).toEqual([
      { field: 'responsible', before: 'Co-managers', after: 'RSO' },
      { field: 'targets 2019', before: '10', after: '11' },
      { field: 'targets 2021', before: '—', after: '14' },
    ]);
  });

  it('says when, in UTC as stored, and whether the record was created, changed or deleted', () => {
    const entry = {
      seq: 7,
      at: '2026-11-24T23:30:00.000Z',
      who: 'comanager',
      collection: 'meetings',
      id: 'm-1',
      before: null,
      after: { id: 'm-1' },
      reason: null,
    };
    const row = auditRow(entry);
    // Late on the 24th in UTC is the 25th in Bangkok: the trail shows what was recorded.
    expect(row.when).toBe('2026-11-24 23:30 UTC');
    expect(row.action).toBe('created');
    expect(auditRow({ ...entry, before: { id: 'm-1' }, after: null }).action).toBe('deleted');
  });
});
