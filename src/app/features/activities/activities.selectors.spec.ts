import { yearPeriod } from '../../results/periods';
import { activity, context, indicator } from '../../results/testing';
import { ActivityDrill, NOT_RECORDED_PARAM, selectActivityList } from './activities.selectors';

describe('activity list view model', () => {
  const period = yearPeriod(2019);
  const ctx = context();
  const early = activity({ id: 'early', endDate: '2019-02-01', goals: ['SG1'] });
  const late = activity({
    id: 'late',
    endDate: '2019-09-01',
    goals: ['SG2'],
    workingGroups: ['WGA'],
  });
  const planned = activity({ id: 'planned', endDate: '2019-10-01', status: 'planned', goals: [] });
  const inPeriod = [early, late, planned];
  const drill: ActivityDrill = {
    status: null,
    goal: null,
    purpose: null,
    group: null,
    indicator: null,
  };
  const project = (over: Partial<ActivityDrill>, indicators = [indicator()]) =>
    selectActivityList.projector(
      inPeriod,
      inPeriod,
      { ...drill, ...over },
      indicators,
      {
        period,
        invalid: false,
      },
      ctx,
    );

  it('lists the period newest first', () => {
    expect(project({}).activities.map((a) => a.id)).toEqual(['planned', 'late', 'early']);
  });

  it('narrows to a drill-down by status and goal', () => {
    expect(project({ status: 'completed' }).activities.map((a) => a.id)).toEqual(['late', 'early']);
    expect(project({ goal: 'SG2' }).activities.map((a) => a.id)).toEqual(['late']);
  });

  it('narrows to a working group, or to what records no goal or group', () => {
    expect(project({ group: 'WGA' }).activities.map((a) => a.id)).toEqual(['late']);
    expect(project({ goal: NOT_RECORDED_PARAM }).activities.map((a) => a.id)).toEqual(['planned']);
    expect(
      project({ group: NOT_RECORDED_PARAM, status: 'completed' }).activities.map((a) => a.id),
    ).toEqual(['early']);
  });

  it('lists exactly the records behind an indicator figure', () => {
    const byGoal = indicator({ id: 'G', filter: { goals: ['SG1'] } });
    const list = project({ indicator: 'G' }, [byGoal]);
    expect(list.indicator).toBe(byGoal);
    expect(list.activities.map((a) => a.id)).toEqual(['early']);
  });
});
