import { filterFromParams, paramsFromFilter, selectSelectedPeriod } from './filter';

describe('global filter in the URL', () => {
  it('reads a filter from query parameters, ignoring what is not valid', () => {
    expect(
      filterFromParams({
        period: 'custom',
        from: '2019-01-01',
        to: '2019-02-30',
        wg: 'WGTIP,TFPP',
        type: 'training,party',
      }),
    ).toEqual({
      period: 'custom',
      from: '2019-01-01',
      to: null,
      workingGroups: ['WGTIP', 'TFPP'],
      members: [],
      types: ['training'],
    });
  });

  it('defaults to this work-plan year', () => {
    expect(filterFromParams({}).period).toBe('this-year');
  });

  it('writes only what changed, and removes defaults and empties from the URL', () => {
    expect(paramsFromFilter({ period: 'this-year', workingGroups: [] })).toEqual({
      period: null,
      wg: null,
    });
    expect(paramsFromFilter({ members: ['THA', 'IDN'] })).toEqual({ member: 'THA,IDN' });
  });

  it('resolves the selected period with the settings, framework and meetings', () => {
    const settings = {
      id: 'app',
      yearStartMonth: 7,
      onTrackThreshold: 0.9,
      atRiskThreshold: 0.6,
      currentFramework: 'SP2018',
      demoData: true,
      version: 1,
    };
    const framework = {
      id: 'SP2018',
      name: 'SP',
      start: '2018-01-01',
      end: '2020-12-31',
      version: 1,
    };
    const meetings = [
      {
        id: 'mc-8',
        name: '8th',
        shortName: '8th MC',
        kind: 'ministerial-conference' as const,
        date: '2023-02-10',
        place: 'Adelaide',
        version: 1,
      },
    ];
    const project = (period: string) =>
      selectSelectedPeriod.projector(
        filterFromParams({ period }),
        settings,
        framework,
        meetings,
        '2026-11-24',
      );
    expect(project('this-year').period).toEqual(
      jasmine.objectContaining({ start: '2026-07-01', end: '2027-06-30' }),
    );
    expect(project('since:mc-8').period).toEqual(
      jasmine.objectContaining({ start: '2023-02-11', end: '2026-11-24' }),
    );
    expect(project('since:nope')).toEqual({ period: null, invalid: true });
  });
});
