import { periodKeySpan } from './dates';
import {
  closedPeriodsChanged,
  indicatorProblems,
  markupInChangedText,
  ReferenceIds,
} from './rules';
import { indicator } from './testing';

describe('framework rules', () => {
  const refs: ReferenceIds = {
    frameworks: new Set(['SP2018']),
    goals: new Set(['SG1']),
    purposes: new Set(),
    functions: new Set(),
    workingGroups: new Set(),
    members: new Set(),
    indicators: new Set(),
    frameworkSpans: new Map([['SP2018', { start: '2018-01-01', end: '2020-12-31' }]]),
    firstMonth: 1,
  };

  it('reads period keys as dates, for years starting in any month', () => {
    expect(periodKeySpan('2019')).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(periodKeySpan('2019-H2', 7)).toEqual({ start: '2020-01-01', end: '2020-06-30' });
    expect(periodKeySpan('2019-Q4')).toEqual({ start: '2019-10-01', end: '2019-12-31' });
    expect(periodKeySpan('2019-02')).toEqual({ start: '2019-02-01', end: '2019-02-28' });
    expect(periodKeySpan('2019-H3')).toBeNull();
  });

  it('refuses a target outside the framework, unless the write leaves it as it was', () => {
    const before = indicator({ targets: [{ period: '2023', value: 5 }] });
    const codes = (i = before, was?: typeof before) =>
      indicatorProblems(i, refs, was).map((p) => `${p.field} ${p.code}`);
    expect(codes()).toEqual(['targets.0.period target-outside-framework']);
    // An old record keeps its out-of-range target through an unrelated edit…
    expect(codes({ ...before, name: 'Renamed' }, before)).toEqual([]);
    // …but a changed one is checked.
    expect(codes({ ...before, targets: [{ period: '2023', value: 6 }] }, before)).toEqual([
      'targets.0.period target-outside-framework',
    ]);
  });

  it('warns when a yearly target runs against the indicator’s direction', () => {
    const down = indicator({
      direction: 'decrease',
      baseline: { value: 30, date: '2017-12-31' },
      targets: [
        { period: '2019', value: 35 },
        { period: '2019-H1', value: 40 },
        { period: '2020', value: 25 },
      ],
    });
    expect(indicatorProblems(down, refs).map((p) => `${p.field} ${p.code}`)).toEqual([
      'targets.0.value target-against-direction',
    ]);
    const up = indicator({
      baseline: { value: 8, date: '2017-12-31' },
      targets: [{ period: '2019', value: 6 }],
    });
    expect(indicatorProblems(up, refs)[0]?.code).toBe('target-against-direction');
    expect(
      indicatorProblems(indicator({ baseline: { value: 8, date: null } }), refs)[0]?.code,
    ).toBe('baseline-incomplete');
  });

  it('asks for a reason when a closed period’s target or actual changes, not an open one', () => {
    const today = '2026-11-24';
    const i = indicator({
      targets: [
        { period: '2025', value: 10 },
        { period: '2026', value: 12 },
        { period: '2026-H1', value: 6 },
      ],
    });
    const changed = (targets: { period: string; value: number }[]) =>
      closedPeriodsChanged('indicators', i, { ...i, targets }, today);
    expect(changed([{ period: '2025', value: 11 }, ...i.targets.slice(1)])).toEqual(['2025']);
    expect(changed([i.targets[0]!, { period: '2026', value: 13 }, i.targets[2]!])).toEqual([]);
    // 2026-H1 ended on 30 June: closed; removing its target counts as a change.
    expect(changed(i.targets.slice(0, 2))).toEqual(['2026-H1']);
    // Actuals: dated before this work-plan year, whether created, changed or deleted.
    const actual = { id: 'a', indicator: 'IND', date: '2025-06-30', value: 3, version: 1 };
    expect(closedPeriodsChanged('actuals', null, actual, today)).toEqual(['2025-06-30']);
    expect(closedPeriodsChanged('actuals', actual, null, today)).toEqual(['2025-06-30']);
    expect(closedPeriodsChanged('actuals', actual, { ...actual, note: 'x' }, today)).toEqual([]);
    expect(closedPeriodsChanged('actuals', null, { ...actual, date: '2026-02-01' }, today)).toEqual(
      [],
    );
    // No date yet (a new value being typed): no closed period to give a reason for.
    expect(closedPeriodsChanged('actuals', null, { ...actual, date: '' }, today)).toEqual([]);
    expect(closedPeriodsChanged('actuals', null, { ...actual, date: '2025-02-30' }, today)).toEqual(
      [],
    );
    // A work-plan year from July: the year to June 2026 has closed, the one from July is open.
    const july = (date: string) =>
      closedPeriodsChanged('actuals', null, { ...actual, date }, today, 7);
    expect(july('2026-03-01')).toEqual(['2026-03-01']);
    expect(july('2026-08-01')).toEqual([]);
    expect(closedPeriodsChanged('meetings', null, { id: 'm' }, today)).toEqual([]);
  });

  it('refuses markup in the free text a write changes, and leaves older text alone', () => {
    const stored = { title: 'Workshop', notes: 'Old note with <b>bold</b>', partners: ['IOM'] };
    // The old note is kept as it was: the record can still be saved.
    expect(markupInChangedText('activities', stored, { ...stored, title: 'Training' })).toEqual([]);
    expect(
      markupInChangedText('activities', stored, { ...stored, notes: 'New <i>note</i>' }),
    ).toEqual([{ field: 'notes', code: 'markup' }]);
    expect(
      markupInChangedText('activities', stored, { ...stored, partners: ['IOM', '<img src=x>'] }),
    ).toEqual([{ field: 'partners', code: 'markup' }]);
    // A new record: every free-text field counts. Angle brackets in plain text do not.
    expect(
      markupInChangedText('narratives', null, { text: 'Delivery < target, > 2 weeks' }),
    ).toEqual([]);
    expect(markupInChangedText('narratives', null, { text: '<!-- x -->' })).toEqual([
      { field: 'text', code: 'markup' },
    ]);
  });
});
