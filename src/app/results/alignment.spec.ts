import { alignmentGaps, groupByAxes, NOT_RECORDED_KEY } from './alignment';
import { activity, context, crossTab } from './testing';

describe('alignment cross-tabulation', () => {
  const ctx = context();
  const goals = { dimension: 'goal' as const, keys: ['SG1', 'SG2'] };
  const groups = { dimension: 'workingGroup' as const, keys: ['WGA', 'WGB'] };
  const at = (tab: ReturnType<typeof crossTab>, row: string, column: string) =>
    tab.cells[tab.rows.indexOf(row)][tab.columns.indexOf(column)];

  it('counts an activity in every cell of its goals × groups, and once in each total', () => {
    const tab = crossTab(
      [activity({ goals: ['SG1', 'SG2'], workingGroups: ['WGA', 'WGB'] })],
      goals,
      groups,
      'activities',
      ctx,
    );
    for (const g of ['SG1', 'SG2'])
      for (const w of ['WGA', 'WGB']) expect(at(tab, g, w).activities).toBe(1);
    expect(tab.rowTotals.map((t) => t.activities)).toEqual([1, 1, 0]);
    expect(tab.columnTotals.map((t) => t.activities)).toEqual([1, 1, 0]);
    expect(tab.total.activities).toBe(1);
  });

  it('puts unknown classifications in a "not recorded" row and column, never dropping them', () => {
    const tab = crossTab(
      [
        activity({ goals: [], workingGroups: ['WGA'] }),
        activity({ goals: ['SG1'], workingGroups: [] }),
        activity({ goals: [], workingGroups: [] }),
      ],
      goals,
      groups,
      'activities',
      ctx,
    );
    expect(tab.rows).toEqual(['SG1', 'SG2', NOT_RECORDED_KEY]);
    expect(tab.columns).toEqual(['WGA', 'WGB', NOT_RECORDED_KEY]);
    expect(at(tab, NOT_RECORDED_KEY, 'WGA').activities).toBe(1);
    expect(at(tab, 'SG1', NOT_RECORDED_KEY).activities).toBe(1);
    expect(at(tab, NOT_RECORDED_KEY, NOT_RECORDED_KEY).activities).toBe(1);
    expect(tab.total.activities).toBe(3);
  });

  it('gives keys outside the expected ones their own row, before "not recorded"', () => {
    const tab = crossTab(
      [activity({ goals: ['OLD-9', 'SG1', 'SG1'], workingGroups: ['WGA'] })],
      goals,
      groups,
      'activities',
      ctx,
    );
    expect(tab.rows).toEqual(['SG1', 'SG2', 'OLD-9', NOT_RECORDED_KEY]);
    // A goal listed twice on one record still counts the record once.
    expect(at(tab, 'SG1', 'WGA').activities).toBe(1);
    expect(at(tab, 'OLD-9', 'WGA').activities).toBe(1);
  });

  it('with only the chosen keys, other groups the same activities serve get no column', () => {
    const chosen = { dimension: 'workingGroup' as const, keys: ['WGA'], only: true };
    const tab = crossTab(
      [
        activity({ goals: ['SG1'], workingGroups: ['WGA', 'WGB', 'AHG'] }),
        activity({ goals: ['SG2'], workingGroups: ['WGA'] }),
      ],
      goals,
      chosen,
      'activities',
      ctx,
    );
    expect(tab.columns).toEqual(['WGA']);
    expect(at(tab, 'SG1', 'WGA').activities).toBe(1);
    expect(tab.columnTotals[0].activities).toBe(2);
    expect(tab.total.activities).toBe(2);
  });

  it('puts each activity in exactly the cells, rows and columns its keys name', () => {
    // Every mix of the keys an axis may meet: expected, repeated, unexpected, none.
    const goalSets = [['SG1'], ['SG2', 'SG1'], ['SG1', 'SG1'], ['OLD-9'], [], ['OLD-9', 'SG2']];
    const groupSets = [['WGA'], ['WGB', 'WGA'], [], ['WGX'], ['WGA', 'WGA', 'WGX']];
    const activities = goalSets.flatMap((g) =>
      groupSets.map((w) => activity({ goals: g, workingGroups: w })),
    );
    const grouping = groupByAxes(activities, goals, groups);
    const named = (keys: string[], key: string) =>
      key === NOT_RECORDED_KEY ? keys.length === 0 : keys.includes(key);
    expect(grouping.rows).toEqual(['SG1', 'SG2', 'OLD-9', NOT_RECORDED_KEY]);
    expect(grouping.columns).toEqual(['WGA', 'WGB', 'WGX', NOT_RECORDED_KEY]);
    grouping.rows.forEach((r, i) => {
      expect(grouping.byRow[i]).toEqual(activities.filter((a) => named(a.goals, r)));
      grouping.columns.forEach((c, j) =>
        expect(grouping.cells[i][j])
          .withContext(`${r} × ${c}`)
          .toEqual(activities.filter((a) => named(a.goals, r) && named(a.workingGroups, c))),
      );
    });
    grouping.columns.forEach((c, j) =>
      expect(grouping.byColumn[j]).toEqual(activities.filter((a) => named(a.workingGroups, c))),
    );
    expect(grouping.all).toBe(activities);
  });

  it('keeps every expected cell for an empty period, with unknown-free zeros', () => {
    const tab = crossTab([], goals, groups, 'participants', ctx);
    expect(tab.cells.length).toBe(3);
    expect(tab.cells.every((row) => row.length === 3)).toBeTrue();
    expect(at(tab, 'SG1', 'WGA')).toEqual({
      activities: 0,
      figure: { value: 0, records: 0, known: 0, unknown: 0 },
    });
  });

  it('sums participants with unknown totals left out and counted', () => {
    const tab = crossTab(
      [
        activity({ goals: ['SG1'], workingGroups: ['WGA'] }),
        activity({
          goals: ['SG1'],
          workingGroups: ['WGA'],
          participants: { total: null, female: null, male: null },
        }),
      ],
      goals,
      groups,
      'participants',
      ctx,
    );
    expect(at(tab, 'SG1', 'WGA')).toEqual({
      activities: 2,
      figure: { value: 10, records: 2, known: 1, unknown: 1 },
    });
  });

  it('counts distinct member states (not organisations) per cell and per total', () => {
    const tab = crossTab(
      [
        activity({
          goals: ['SG1'],
          workingGroups: ['WGA'],
          members: [
            { code: 'THA', count: 3 },
            { code: 'IOM', count: 1 },
          ],
        }),
        activity({
          goals: ['SG1'],
          workingGroups: ['WGB'],
          members: [
            { code: 'THA', count: 1 },
            { code: 'IDN', count: null },
          ],
        }),
      ],
      goals,
      groups,
      'memberStates',
      ctx,
    );
    expect(at(tab, 'SG1', 'WGA').figure.value).toBe(1);
    expect(at(tab, 'SG1', 'WGB').figure.value).toBe(2);
    expect(tab.rowTotals[0].figure.value).toBe(2);
  });
});

describe('alignment gaps', () => {
  const goals = { dimension: 'goal' as const, keys: ['SG1', 'SG2'] };
  const groups = { dimension: 'workingGroup' as const, keys: ['WGA', 'WGB'] };
  const year2020 = { start: '2020-01-01', end: '2020-12-31' };

  it('lists each empty expected cell with the last earlier activity, or never', () => {
    const inPeriod = [activity({ goals: ['SG1'], workingGroups: ['WGA'], endDate: '2020-05-01' })];
    const history = [
      activity({ goals: ['SG2'], workingGroups: ['WGA'], endDate: '2018-02-01' }),
      activity({ goals: ['SG2'], workingGroups: ['WGA'], endDate: '2019-06-30' }),
      // Not completed, so it served no one.
      activity({
        goals: ['SG1'],
        workingGroups: ['WGB'],
        endDate: '2019-01-01',
        status: 'cancelled',
      }),
      // After the period started: cannot be the last activity before it.
      activity({ goals: ['SG2'], workingGroups: ['WGB'], endDate: '2021-01-01' }),
      ...inPeriod,
    ];
    const tab = groupByAxes(inPeriod, goals, groups);
    expect(alignmentGaps(tab, goals.keys, groups.keys, history, year2020)).toEqual([
      { group: 'WGA', goal: 'SG2', lastActivity: '2019-06-30', unclassified: 0 },
      { group: 'WGB', goal: 'SG1', lastActivity: null, unclassified: 0 },
      { group: 'WGB', goal: 'SG2', lastActivity: null, unclassified: 0 },
    ]);
  });

  it('counts the group’s activities with no goal, in or before the period: "never" is then unknown', () => {
    const history = [
      activity({ goals: [], workingGroups: ['WGB'], endDate: '2019-03-01' }),
      activity({ goals: [], workingGroups: ['WGB', 'WGA'], endDate: '2020-03-01' }),
      // After the period: it says nothing of it.
      activity({ goals: [], workingGroups: ['WGB'], endDate: '2021-03-01' }),
      // Not completed.
      activity({ goals: [], workingGroups: ['WGB'], endDate: '2020-04-01', status: 'planned' }),
    ];
    const gaps = alignmentGaps(
      groupByAxes([], goals, groups),
      goals.keys,
      groups.keys,
      history,
      year2020,
    );
    expect(gaps.find((g) => g.group === 'WGB')!.unclassified).toBe(2);
    expect(gaps.find((g) => g.group === 'WGA')!.unclassified).toBe(1);
  });

  it('does not call "not recorded" or unexpected keys gaps, and an empty period is all gaps', () => {
    const gaps = alignmentGaps(
      groupByAxes([], goals, groups),
      goals.keys,
      groups.keys,
      [],
      year2020,
    );
    expect(gaps.length).toBe(4);
    expect(
      gaps.every((g) => g.goal !== NOT_RECORDED_KEY && g.group !== NOT_RECORDED_KEY),
    ).toBeTrue();
  });
});
