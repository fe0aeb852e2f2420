/** Builders for specs: a valid record with only what a test cares about spelled out. */
import type { Activity, Indicator } from './schema';

let next = 0;

export function activity(overrides: Partial<Activity> = {}): Activity {
  next++;
  return {
    id: `a${next}`,
    title: `Activity ${next}`,
    type: 'training',
    status: 'completed',
    startDate: '2019-03-01',
    endDate: '2019-03-03',
    modality: 'in-person',
    hostCountry: 'THA',
    workingGroups: [],
    goals: ['SG1'],
    purposes: ['CP2'],
    functions: ['F2'],
    partners: [],
    participants: { total: 10, female: 4, male: 6 },
    members: [],
    version: 1,
    ...overrides,
  };
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'IND-T',
    code: 'T',
    name: 'Test indicator',
    definition: '',
    framework: 'SP2018',
    level: 'output',
    unit: 'activities',
    direction: 'increase',
    goals: ['SG1'],
    purposes: [],
    measure: { kind: 'count' },
    cumulation: 'period',
    baseline: { value: null, date: null },
    targets: [],
    frameworkTarget: null,
    dataSource: '',
    responsible: '',
    version: 1,
    ...overrides,
  };
}
