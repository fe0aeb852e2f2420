import {
  brief,
  betweenMeetingsInterval,
  latestMeeting,
  precedingPeriod,
  sinceMeetingInterval,
} from './brief';
import { daysInclusive } from '../domain/dates';
import { headline } from './headline';
import { insideFramework } from './indicators';
import { customPeriod } from './periods';
import { activity, context, indicator } from './testing';

describe('the co-chairs’ brief', () => {
  const meetings = [
    { id: 'mc-7', shortName: '7th MC', date: '2018-08-07' },
    { id: 'som-12', shortName: '12th SOM', date: '2017-10-31' },
    { id: 'som-14', shortName: '14th SOM', date: '2019-07-23' },
  ];
  const today = '2020-01-31';

  it('runs "since a meeting" to today, against the interval of the same length before it', () => {
    const i = sinceMeetingInterval(meetings, 'mc-7', today)!;
    expect([i.current.start, i.current.end]).toEqual(['2018-08-08', today]);
    expect(i.comparison).toBe('same-length');
    expect(daysInclusive(i.previous.start, i.previous.end)).toBe(
      daysInclusive(i.current.start, i.current.end),
    );
    expect(i.previous.end).toBe('2018-08-07');
    // Asked for, the interval between the meetings before (of another length).
    const byMeeting = sinceMeetingInterval(meetings, 'mc-7', today, 'previous-meeting')!;
    expect(byMeeting.comparison).toBe('previous-meeting');
    expect([byMeeting.previous.start, byMeeting.previous.end]).toEqual([
      '2017-11-01',
      '2018-08-07',
    ]);
    expect(sinceMeetingInterval(meetings, 'mc-7', '2018-08-07')).toBeNull();
    expect(sinceMeetingInterval(meetings, 'nope', today)).toBeNull();
  });

  it('without an earlier meeting, compares with the interval of the same length just before', () => {
    const i = sinceMeetingInterval(meetings, 'som-12', '2017-11-30')!;
    expect([i.previous.start, i.previous.end]).toEqual(['2017-10-02', '2017-10-31']);
    const p = precedingPeriod(customPeriod('2019-01-01', '2019-12-31'));
    expect([p.start, p.end]).toEqual(['2018-01-01', '2018-12-31']);
  });

  it('runs "between two meetings" from the day after the first to the day of the second', () => {
    const i = betweenMeetingsInterval(meetings, 'mc-7', 'som-14')!;
    expect([i.current.start, i.current.end]).toEqual(['2018-08-08', '2019-07-23']);
    expect([i.previous.start, i.previous.end]).toEqual(['2017-08-23', '2018-08-07']);
    const byMeeting = betweenMeetingsInterval(meetings, 'mc-7', 'som-14', 'previous-meeting')!;
    expect([byMeeting.previous.start, byMeeting.previous.end]).toEqual([
      '2017-11-01',
      '2018-08-07',
    ]);
    expect(betweenMeetingsInterval(meetings, 'som-14', 'mc-7')).toBeNull();
  });

  it('assesses a range that starts before the framework over its part inside it', () => {
    const since = customPeriod('2023-02-11', '2026-11-24');
    expect(insideFramework(since, '2024-01-01').start).toBe('2024-01-01');
    expect(insideFramework(since, '2020-01-01')).toBe(since);
    const year = { ...since, granularity: 'year' as const };
    expect(insideFramework(year, '2024-01-01')).toBe(year);
  });

  it('defaults to the latest meeting that has taken place', () => {
    expect(latestMeeting(meetings, today)?.id).toBe('som-14');
    expect(latestMeeting(meetings, '2017-01-01')).toBeNull();
  });

  it('gives the interval’s figures with the same functions as the overview, and its highlights', () => {
    const ctx = context();
    const before = activity({ endDate: '2018-03-01', members: [{ code: 'THA', count: 2 }] });
    const small = activity({
      endDate: '2019-02-01',
      participants: { total: 5, female: 2, male: 3 },
      members: [{ code: 'THA', count: 1 }],
    });
    const large = activity({
      endDate: '2019-03-01',
      participants: { total: 40, female: 20, male: 20 },
      members: [{ code: 'IDN', count: 4 }],
    });
    const unknown = activity({
      endDate: '2019-04-01',
      participants: { total: null, female: null, male: null },
    });
    const planned = activity({ endDate: '2019-05-01', status: 'planned' });
    const interval = sinceMeetingInterval(meetings, 'mc-7', today)!;
    const b = brief(
      {
        activities: [before, small, large, unknown, planned],
        indicators: [indicator({ targets: [{ period: '2019', value: 1 }] })],
        actuals: [],
        goalIds: ['SG1'],
      },
      interval,
      ctx,
    );
    expect(b.current.headline).toEqual(headline([small, large, unknown], ctx));
    expect(b.previous.headline.delivered.value).toBe(1);
    expect(b.largest.map((a) => a.id)).toEqual([large.id, small.id]);
    // THA took part before the interval; IDN did not.
    expect(b.firstReached).toEqual(['IDN']);
    expect(b.indicators).toBe(1);
    expect(b.byGoal[0]!.indicators).toBe(1);
  });
});
