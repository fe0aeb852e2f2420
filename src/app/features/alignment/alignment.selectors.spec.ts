import type { GlobalFilter } from '../../state/filter';
import type { WorkingGroup } from '../../domain/schema';
import { yearPeriod } from '../../results/periods';
import { activity, context } from '../../results/testing';
import { selectGroupFigures, selectGroupSync } from './alignment.selectors';

describe('working group page selectors', () => {
  const period = yearPeriod(2020);
  const groups = [{ id: 'WGA' }, { id: 'WGB' }] as WorkingGroup[];
  const filter = (...workingGroups: string[]) =>
    ({
      period: 'year:2020',
      from: null,
      to: null,
      workingGroups,
      members: [],
      types: [],
    }) as GlobalFilter;
  const sync = (id: string, workingGroups: string[], ready = true) =>
    selectGroupSync.projector(
      id,
      groups,
      filter(...workingGroups),
      { period, invalid: false },
      ready,
    );

  it('has figures only once the global filter is exactly the page’s group', () => {
    expect(sync('WGA', ['WGA']).synced).toBeTrue();
    // Arriving from the matrices (no group filtered) or from another group's page.
    expect(sync('WGA', []).synced).toBeFalse();
    expect(sync('WGA', ['WGB']).synced).toBeFalse();
    expect(sync('WGA', ['WGA', 'WGB']).synced).toBeFalse();
    expect(sync('WGA', ['WGA'], false).synced).toBeFalse();
  });

  it('names an unknown group as none, so the page can say it was not found', () => {
    expect(sync('WGX', ['WGX'])).toEqual({ group: null, ready: true, synced: false });
  });

  it('compares the period with the interval of the same length just before it', () => {
    const filtered = [
      activity({ endDate: '2019-03-01' }),
      activity({ endDate: '2019-06-01', status: 'cancelled' }),
      activity({ endDate: '2020-02-01' }),
      activity({ endDate: '2020-04-01' }),
    ];
    const completed = filtered.slice(2);
    const figures = selectGroupFigures.projector(
      completed,
      filtered,
      [],
      context(),
      { period, invalid: false },
      [],
      [
        ...filtered.map((a) => ({ ...a, workingGroups: ['WGA'] })),
        activity({ endDate: '2020-05-01', workingGroups: [] }),
      ],
    )!;
    // Activities of the period with no working group could be any group's: said, not dropped.
    expect(figures.noGroup).toBe(1);
    // 2020 has 366 days, so the interval before it starts on the last day of 2018.
    expect([figures.previous.start, figures.previous.end]).toEqual(['2018-12-31', '2019-12-31']);
    expect(figures.now.delivered.value).toBe(2);
    // The cancelled activity of 2019 delivered nothing.
    expect(figures.before.delivered.value).toBe(1);
  });
});
