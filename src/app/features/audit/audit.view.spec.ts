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

  it('compares nested records field by field and lists in words, never as JSON', () => {
    const before = {
      id: 'act-1',
      title: 'Workshop on returns',
      participants: { total: 20, female: 8, male: 12 },
      members: [{ code: 'THA', count: 12 }],
      goals: ['SG3'],
    };
    const after = {
      ...before,
      participants: { total: 22, female: 8, male: 14 },
      members: [
        { code: 'THA', count: 12 },
        { code: 'IDN', count: null },
      ],
      goals: ['SG3', 'SG1'],
    };
    const lines = changeLines({ before, after });
    expect(lines).toEqual([
      { field: 'participants.total', before: '20', after: '22' },
      { field: 'participants.male', before: '12', after: '14' },
      { field: 'members', before: 'THA (12)', after: 'THA (12), IDN (—)' },
      { field: 'goals', before: 'SG3', after: 'SG3, SG1' },
    ]);
    expect(lines.some((l) => /[{}]/.test(l.before + l.after))).toBeFalse();
  });

  it('names the record by its title, code and name, or short name', () => {
    const entry = {
      seq: 1,
      at: '2026-11-24T10:00:00.000Z',
      who: 'comanager',
      collection: 'activities',
      id: 'act-1',
      before: { id: 'act-1', title: 'Old title' },
      after: { id: 'act-1', title: 'Workshop on returns' },
      reason: null,
    };
    expect(auditRow(entry).name).toBe('Workshop on returns');
    expect(auditRow({ ...entry, after: null }).name).toBe('Old title');
    expect(
      auditRow({
        ...entry,
        collection: 'indicators',
        after: { id: 'IND-1', code: '1.1', name: 'Trainings delivered' },
      }).name,
    ).toBe('1.1 Trainings delivered');
  });
});
