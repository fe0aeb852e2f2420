import type { Goal } from '../../domain/schema';
import { evaluateIndicators } from '../../results/indicators';
import { yearPeriod } from '../../results/periods';
import { activity, context, indicator } from '../../results/testing';
import { LIGHT } from '../../shared/chart-theme';
import { sexChart } from './overview.charts';
import { selectOverview } from './overview.selectors';

describe('overview view model', () => {
  const period = yearPeriod(2019);
  const ctx = context();
  const goals = [{ id: 'SG1' }, { id: 'SG2' }] as Goal[];
  const completed = [
    activity({ endDate: '2019-02-01', participants: { total: 10, female: 4, male: 6 } }),
    activity({
      endDate: '2019-05-01',
      type: 'workshop',
      participants: { total: null, female: null, male: null },
      members: [{ code: 'THA', count: 3 }],
    }),
  ];
  const results = evaluateIndicators(
    {
      indicators: [indicator({ targets: [{ period: '2019', value: 2 }] })],
      activities: completed,
      actuals: [],
    },
    [period],
    ctx,
  );
  const project = (ready = true) =>
    selectOverview.projector(
      completed,
      ctx,
      results,
      { period, invalid: false },
      1,
      goals,
      null,
      ready,
    );

  it('shows nothing until the figures are ready: unknown is not zero', () => {
    expect(project(false)).toBeNull();
  });

  it('gives the headline figures with their coverage', () => {
    const vm = project()!;
    expect(vm.headline.delivered.value).toBe(2);
    expect(vm.headline.participants.value).toBe(10);
    expect(vm.headline.participants.unknown).toBe(1);
    expect(vm.headline.womenShare.value).toBe(40);
    expect(vm.headline.memberStates.value).toBe(1);
    expect(vm.memberStatesTotal).toBe(4);
  });

  it('counts statuses over the indicators and by goal', () => {
    const vm = project()!;
    expect(vm.indicators).toBe(1);
    expect(vm.statusMix['on-track']).toBe(1);
    expect(vm.byGoal.map((g) => [g.id, g.indicators])).toEqual([
      ['SG1', 1],
      ['SG2', 0],
    ]);
  });

  it('buckets delivery by month within the year, by type', () => {
    const vm = project()!;
    expect(vm.delivery.length).toBe(12);
    expect(vm.delivery[1]!.byType).toEqual({ training: 1 });
    expect(vm.delivery[4]!.byType).toEqual({ workshop: 1 });
    expect(vm.delivery.reduce((s, b) => s + b.total, 0)).toBe(2);
  });
});

describe('participants by sex', () => {
  const period = yearPeriod(2019);
  const ctx = context();
  const unknownSex = [
    activity({ endDate: '2019-02-01', participants: { total: 12, female: null, male: null } }),
    activity({ endDate: '2019-03-01', participants: { total: 30, female: null, male: null } }),
  ];
  const vm = selectOverview.projector(
    unknownSex,
    ctx,
    [],
    { period, invalid: false },
    1,
    [],
    null,
    true,
  )!;

  it('says in a sentence, with the count, that no sex is recorded, instead of a grey ring', () => {
    const chart = sexChart(vm, LIGHT);
    expect(chart.empty).toBeTrue();
    expect(chart.emptyText).toBe(
      "No participant's sex is recorded in this period: all 42 participants are counted without it.",
    );
  });
});
