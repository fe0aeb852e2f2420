import type { Framework } from '../../domain/schema';
import { evaluateIndicators } from '../../results/indicators';
import { frameworkPeriod, yearPeriod } from '../../results/periods';
import { activity, context, indicator } from '../../results/testing';
import {
  explanationsNeeded,
  selectIndicatorDetail,
  selectIptt,
  selectIpttView,
} from './indicators.selectors';

describe('indicator view models', () => {
  const framework: Framework = {
    id: 'SP2018',
    name: 'Strategic Plan 2018–2020',
    version: 1,
    start: '2018-01-01',
    end: '2020-12-31',
  };
  const ctx = context();
  const met = indicator({ id: 'MET', targets: [{ period: '2019', value: 1 }] });
  const missed = indicator({ id: 'MISSED', targets: [{ period: '2019', value: 10 }] });
  const inputs = {
    indicators: [met, missed],
    activities: [activity({ endDate: '2019-06-01' })],
    all: [],
    slice: null,
    actuals: [],
  };
  const selected = { period: { ...yearPeriod(2018), end: '2019-12-31' }, invalid: false };

  it('builds the IPTT: one column per year of the selected period, then the whole framework', () => {
    const iptt = selectIptt.projector(inputs, selected, 'year', framework, 1, ctx, true)!;
    expect(iptt.periods.map((p) => p.key)).toEqual(['2018', '2019', 'framework']);
    expect(iptt.results.map((r) => r.periods.map((p) => p.actual.value))).toEqual([
      [0, 1, 1],
      [0, 1, 1],
    ]);
    expect(selectIptt.projector(inputs, selected, 'year', framework, 1, ctx, false)).toBeNull();
  });

  it('shows only the indicators in a status when asked, by the selected period', () => {
    const iptt = selectIptt.projector(inputs, selected, 'year', framework, 1, ctx, true)!;
    const period = yearPeriod(2019);
    const periodResults = evaluateIndicators(inputs, [period], ctx);
    const view = selectIpttView.projector(iptt, periodResults, 'off-track')!;
    expect(view.results.map((r) => r.indicator.id)).toEqual(['MISSED']);
    expect(selectIpttView.projector(iptt, periodResults, null)!.results.length).toBe(2);
  });

  it('gives an indicator its period, the whole framework and a yearly trend', () => {
    const detail = selectIndicatorDetail.projector(
      { indicator: met, any: 2 },
      inputs,
      [],
      { period: yearPeriod(2019), invalid: false },
      framework,
      1,
      ctx,
      true,
    );
    if (!detail || detail.missing) throw new Error('expected a detail');
    expect(detail.current.actual.value).toBe(1);
    expect(detail.current.status).toBe('on-track');
    expect(detail.framework.period).toEqual(frameworkPeriod(framework));
    expect(detail.trend.map((p) => p.period.key)).toEqual(['2018', '2019', '2020']);
    expect(detail.activities.length).toBe(1);
  });

  it('says an indicator is missing only once indicators have loaded', () => {
    const project = (any: number) =>
      selectIndicatorDetail.projector(
        { indicator: undefined, any },
        inputs,
        [],
        { period: yearPeriod(2019), invalid: false },
        framework,
        1,
        ctx,
        true,
      );
    expect(project(2)).toEqual({ missing: true });
    expect(project(0)).toBeNull();
  });

  it('asks for an explanation of each closed period off track or at risk with no narrative', () => {
    const [result] = evaluateIndicators(
      {
        indicators: [
          indicator({
            targets: [
              { period: '2019', value: 10 },
              { period: '2020', value: 10 },
              { period: '2026', value: 10 },
            ],
          }),
        ],
        activities: [activity({ endDate: '2019-05-01' })],
        actuals: [],
      },
      [yearPeriod(2019), yearPeriod(2020), yearPeriod(2026)],
      context({ today: '2026-11-24' }),
    );
    // 2019 and 2020 closed off track; 2026 is still running.
    const owed = (narratives: { period: string }[]) =>
      explanationsNeeded(result!.periods, narratives, '2026-11-24').map((p) => p.period.key);
    expect(owed([])).toEqual(['2019', '2020']);
    expect(owed([{ period: '2020' }])).toEqual(['2019']);
  });
});
