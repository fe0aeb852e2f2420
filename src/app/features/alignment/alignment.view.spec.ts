import { NOT_RECORDED_KEY } from '../../results/alignment';
import { activity, context, crossTab } from '../../results/testing';
import { NOT_RECORDED_PARAM } from '../activities/activities.selectors';
import {
  axisLabel,
  gapsView,
  goalLabels,
  groupLabels,
  matrixRows,
  matrixView,
} from './alignment.view';

describe('alignment view', () => {
  const goals = goalLabels([
    { id: 'SG1', code: 'SG1', framework: 'F', title: 'Cooperation', statement: '' },
  ]);
  const groups = groupLabels([{ id: 'WGA', code: 'WG-A', name: 'Group A', established: null }]);
  const tab = crossTab(
    [
      activity({ goals: ['SG1'], workingGroups: ['WGA'] }),
      activity({
        goals: [],
        workingGroups: ['WGA'],
        participants: { total: null, female: null, male: null },
      }),
    ],
    { dimension: 'goal', keys: ['SG1'] },
    { dimension: 'workingGroup', keys: ['WGA'] },
    'participants',
    context(),
  );
  const view = matrixView(tab, goals, groups, 'group');

  it('names goals on the heatmap axis by code and short title, groups by code', () => {
    expect(view.rowAxis).toEqual(['SG1 Cooperation', 'Not recorded']);
    expect(view.columnAxis).toEqual(['WG-A', 'Not recorded']);
    expect(
      axisLabel({
        key: 'SG7',
        short: 'SG7',
        name: 'Confidence in the RSO as coordination point',
      }),
    ).toBe('SG7 Confidence in the RSO as co…');
  });

  it('opens each cell on its completed activities, "not recorded" as its own value', () => {
    expect(view.rows[0].cells[0].query).toEqual({
      measure: null,
      status: 'completed',
      goal: 'SG1',
      group: 'WGA',
    });
    expect(view.rows[1].label.short).toBe('Not recorded');
    expect(view.rows[1].cells[0].query['goal']).toBe(NOT_RECORDED_PARAM);
    expect(view.rows[0].cells[1].query['group']).toBe(NOT_RECORDED_PARAM);
  });

  it('shows unknown as a dash, not zero, and marks empty cells', () => {
    expect(view.rows[1].cells[0]).toEqual(
      jasmine.objectContaining({ value: null, text: '—', empty: false }),
    );
    expect(view.rows[0].cells[1]).toEqual(jasmine.objectContaining({ value: 0, empty: true }));
    expect(view.rows[0].cells[1].description).toBe(
      'SG1 × Not recorded: no activities (SG1 Cooperation; Not recorded)',
    );
  });

  it('says in each cell’s text whose cell it is, the measure with its unit and what is missing', () => {
    const participants = matrixView(tab, goals, groups, 'group', 'participants');
    expect(participants.rows[0].cells[0].description).toBe(
      'SG1 × WG-A: 10 participants, from 1 activity (SG1 Cooperation; WG-A Group A)',
    );
    expect(participants.rows[1].cells[0].description).toBe(
      'Not recorded × WG-A: participants not recorded, from 1 activity (Not recorded; WG-A Group A)',
    );
  });

  it('exports the figures shown, unknown left blank', () => {
    expect(matrixRows(view, 'Goal')).toEqual([
      ['Goal', 'WG-A Group A', 'Not recorded', 'Total (each activity once)'],
      ['SG1 Cooperation', 10, 0, 10],
      ['Not recorded', null, 0, null],
    ]);
  });

  it('groups the gaps by working group with the last activity, never, or unknown', () => {
    const gaps = gapsView(
      [
        { group: 'WGA', goal: 'SG1', lastActivity: '2019-06-30', unclassified: 3 },
        { group: 'WGA', goal: 'OLD', lastActivity: null, unclassified: 0 },
        { group: 'WGA', goal: 'SG2', lastActivity: null, unclassified: 3 },
      ],
      goals,
      groups,
    );
    expect(gaps.length).toBe(1);
    expect(gaps[0].group.short).toBe('WG-A');
    expect(gaps[0].goals.map((g) => [g.label.short, g.last])).toEqual([
      ['SG1', '30 Jun 2019'],
      ['OLD', 'never'],
      ['SG2', 'unknown: 3 activities of this group have no goal recorded'],
    ]);
    expect(NOT_RECORDED_KEY).toBe('');
  });
});
