import type { ReferenceIds } from '../../domain/rules';
import { activity } from '../../results/testing';
import {
  activityFormProblems,
  activityFromForm,
  controlOf,
  emptyForm,
  formFromActivity,
} from './activity-form';

const refs: ReferenceIds = {
  frameworks: new Set(['SP2018']),
  goals: new Set(['SG1']),
  purposes: new Set(['CP2']),
  functions: new Set(['F2']),
  workingGroups: new Set(),
  members: new Set(['THA']),
  indicators: new Set(),
};

describe('activity form model', () => {
  it('turns a record into form values and back unchanged', () => {
    const a = activity({
      id: 'x',
      version: 4,
      members: [{ code: 'THA', count: 3 }],
      partners: ['IOM', 'UNHCR'],
      cost: 100,
    });
    const back = activityFromForm(formFromActivity(a), a);
    expect(back).toEqual({ ...a, location: undefined, notes: '' });
  });

  it('keeps empty numbers unknown, never zero', () => {
    const v = { ...emptyForm(), total: null, female: null };
    expect(activityFromForm(v, null).participants).toEqual({
      total: null,
      female: null,
      male: null,
    });
  });

  it('explains problems by field, with the same rules as the API', () => {
    const a = activity({
      participants: { total: 5, female: 4, male: 4 },
      endDate: '2019-02-01',
      startDate: '2019-03-01',
      goals: [],
    });
    const fields = activityFormProblems(a, refs).map((p) => p.field);
    expect(fields).toEqual(jasmine.arrayContaining(['endDate', 'participants', 'goals']));
    expect(activityFormProblems({ ...a, title: '' }, refs).map((p) => p.field)).toEqual(['title']);
  });

  it('places each problem beside its control', () => {
    expect(controlOf('participants.total')).toBe('total');
    expect(controlOf('evaluation.satisfaction')).toBe('satisfaction');
    expect(controlOf('members.2.count')).toBe('members');
    expect(controlOf('endDate')).toBe('endDate');
  });
});
