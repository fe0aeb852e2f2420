import { deliveryOverTime, headline, statusByGroup, statusMix } from './headline';
import { evaluateIndicators } from './indicators';
import { customPeriod, yearPeriod } from './periods';
import { activity, context, indicator } from './testing';

describe('overview figures', () => {
  const ctx = context();

  it('gives headline figures with coverage, unknown counts left out', () => {
    const list = [
      activity({
        participants: { total: 20, female: 10, male: 10 },
        members: [
          { code: 'THA', count: 5 },
          { code: 'IOM', count: 1 },
        ],
      }),
      activity({
        participants: { total: null, female: null, male: null },
        members: [{ code: 'IDN', count: null }],
      }),
      activity({ participants: { total: 10, female: 2, male: null }, members: [] }),
    ];
    const h = headline(list, ctx);
    expect(h.delivered.value).toBe(3);
    expect(h.participants).toEqual({ value: 30, records: 3, known: 2, unknown: 1 });
    expect(h.womenShare).toEqual({ value: 50, records: 3, known: 1, unknown: 2 });
    expect(h.memberStates).toEqual({ value: 2, records: 3, known: 2, unknown: 1 });
  });

  it('buckets delivery by month within a year, by type, clipped to the period', () => {
    const list = [
      activity({ type: 'training', endDate: '2019-01-10' }),
      activity({ type: 'training', endDate: '2019-01-31' }),
      activity({ type: 'workshop', endDate: '2019-03-01' }),
    ];
    const buckets = deliveryOverTime(list, yearPeriod(2019));
    expect(buckets.length).toBe(12);
    expect(buckets[0]).toEqual(jasmine.objectContaining({ total: 2, byType: { training: 2 } }));
    expect(buckets[2].byType).toEqual({ workshop: 1 });
    const clipped = deliveryOverTime(list, customPeriod('2019-01-15', '2019-03-31'));
    expect(clipped.map((b) => b.total)).toEqual([1, 0, 1]);
  });

  it('uses quarters for a few years and years beyond', () => {
    expect(deliveryOverTime([], customPeriod('2018-01-01', '2020-12-31')).length).toBe(12);
    expect(deliveryOverTime([], customPeriod('2016-01-01', '2026-12-31')).length).toBe(11);
  });

  it('counts indicator statuses, overall and per goal', () => {
    const results = evaluateIndicators(
      {
        indicators: [
          indicator({ id: 'a', goals: ['SG1'], targets: [{ period: '2019', value: 1 }] }),
          indicator({ id: 'b', goals: ['SG1', 'SG2'], targets: [{ period: '2019', value: 5 }] }),
          indicator({ id: 'c', goals: ['SG2'] }),
        ],
        activities: [activity()],
        actuals: [],
      },
      [yearPeriod(2019)],
      ctx,
    );
    expect(statusMix(results)).toEqual(
      jasmine.objectContaining({ 'on-track': 1, 'off-track': 1, 'no-target': 1 }),
    );
    const [sg1, sg2, sg3] = statusByGroup(results, ['SG1', 'SG2', 'SG3'], 'goals');
    expect(sg1.indicators).toBe(2);
    expect(sg2.counts['no-target']).toBe(1);
    expect(sg3.indicators).toBe(0);
  });
});
