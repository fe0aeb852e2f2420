import type { Member, WorkingGroup } from '../../domain/schema';
import {
  applyMapping,
  type ImportMapping,
  suggestColumns,
  suggestValues,
  unmappedValues,
} from './import-mapping';

describe('mapping an event list to the template', () => {
  const vocab = {
    members: [
      { id: 'THA', code: 'THA', name: 'Thailand' },
      { id: 'FJI', code: 'FJI', name: 'Fiji' },
    ] as Member[],
    groups: [
      { id: 'WGTIP', code: 'WG-TIP', name: 'Working Group on Trafficking in Persons' },
    ] as WorkingGroup[],
  };
  const table = [
    ['Event', 'Date from', 'Date to', 'Mode', 'Countries', 'Working group'],
    ['Forum', '2024-03-04', '2024-03-05', 'Online', 'Thailand; Fiji:12', 'WG-TIP'],
    ['Course', '2024-04-01', '2024-04-02', 'Teleport', 'Narnia', ''],
  ];

  it('guesses columns from the headers, each column used once', () => {
    const columns = suggestColumns(table[0]!);
    expect(columns.title).toBe('Event');
    expect(columns.startDate).toBe('Date from');
    expect(columns.endDate).toBe('Date to');
    expect(columns.modality).toBe('Mode');
    expect(columns.members).toBe('Countries');
    expect(columns.workingGroups).toBe('Working group');
    expect(columns.type).toBeNull();
  });

  it('guesses codes from names and common words, and leaves the unknown to the person', () => {
    expect(suggestValues('modality', ['Online', 'Teleport'], vocab)).toEqual({ Online: 'virtual' });
    expect(suggestValues('members', ['Thailand', 'Fiji', 'Narnia'], vocab)).toEqual({
      Thailand: 'THA',
      Fiji: 'FJI',
    });
    expect(suggestValues('workingGroups', ['WG-TIP'], vocab)).toEqual({ 'WG-TIP': 'WGTIP' });
    expect(suggestValues('type', ['Forum', 'Workshop'], vocab)).toEqual({
      Forum: 'conference',
      Workshop: 'workshop',
    });
  });

  it('rewrites the file in the template layout: codes, counts kept, defaults, lists joined', () => {
    const mapping: ImportMapping = {
      columns: suggestColumns(table[0]!),
      values: { modality: { Online: 'virtual' }, members: { Thailand: 'THA', Fiji: 'FJI' } },
      defaults: { status: 'completed', type: 'workshop' },
      separator: ';',
    };
    const [header, first, second] = applyMapping(table, mapping);
    const at = (row: string[] | undefined, field: string) => row![header!.indexOf(field)];
    expect(at(first, 'modality')).toBe('virtual');
    expect(at(first, 'members')).toBe('THA;FJI:12');
    expect(at(first, 'status')).toBe('completed');
    expect(at(first, 'type')).toBe('workshop');
    // What the mapping does not know is kept as written, for the checks to name.
    expect(at(second, 'modality')).toBe('Teleport');
    expect(at(second, 'members')).toBe('Narnia');
    expect(unmappedValues(table, mapping, 'members')).toEqual(['Narnia']);
  });
});
