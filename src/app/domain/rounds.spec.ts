import {
  actionsFor,
  lockingRound,
  parseRoundId,
  roundHolding,
  roundId,
  roundPeriods,
} from './rounds';
import type { Round } from './schema';

function round(overrides: Partial<Round> = {}): Round {
  return {
    id: 'WP2024_2026-H1',
    framework: 'WP2024',
    period: '2026-H1',
    start: '2026-01-01',
    end: '2026-06-30',
    state: 'approved',
    coverNote: null,
    comments: null,
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    approvals: [],
    version: 2,
    ...overrides,
  };
}

describe('reporting rounds', () => {
  const held = [round()];

  it('lets each role take only its own moves, from the states they start from', () => {
    expect(actionsFor('co-manager', 'open')).toEqual(['submit']);
    expect(actionsFor('co-manager', 'returned')).toEqual(['submit']);
    expect(actionsFor('co-manager', 'submitted')).toEqual([]);
    expect(actionsFor('co-chair', 'submitted')).toEqual(['approve', 'return']);
    expect(actionsFor('co-chair', 'approved')).toEqual([]);
    expect(actionsFor('administrator', 'approved')).toEqual(['reopen']);
    expect(actionsFor('administrator', 'submitted')).toEqual([]);
    expect(actionsFor('wg-member', 'open')).toEqual([]);
  });

  it('names a round by framework and period, and reads the name back', () => {
    expect(roundId('WP2024', '2026-H1')).toBe('WP2024_2026-H1');
    expect(parseRoundId('WP2024_2026-H1')).toEqual({ framework: 'WP2024', period: '2026-H1' });
    expect(parseRoundId('WP2024_2026')).toEqual({ framework: 'WP2024', period: '2026' });
    expect(parseRoundId('WP2024_2026-Q1')).toBeNull();
    expect(parseRoundId('nonsense')).toBeNull();
  });

  it('lists the years and halves that have begun inside the framework, latest end first', () => {
    const periods = roundPeriods(
      { id: 'WP2024', start: '2024-01-01', end: '2028-12-31' },
      '2025-03-10',
    ).map((p) => p.period);
    expect(periods).toEqual(['2025', '2025-H1', '2024', '2024-H2', '2024-H1']);
  });

  it('starts work-plan years in the settings’ first month', () => {
    const [latest] = roundPeriods(
      { id: 'F', start: '2024-07-01', end: '2026-06-30' },
      '2024-08-01',
      7,
    );
    expect(latest).toEqual({
      id: 'F_2024',
      period: '2024',
      start: '2024-07-01',
      end: '2025-06-30',
    });
  });

  it('holds a reported value dated in the period, before or after the change', () => {
    const inside = { id: 'x', indicator: 'I', date: '2026-03-31', value: 4, version: 1 };
    const outside = { ...inside, date: '2026-08-01' };
    expect(lockingRound('actuals', inside, { ...inside, value: 5 }, held)?.period).toBe('2026-H1');
    expect(lockingRound('actuals', outside, { ...outside, value: 5 }, held)).toBeNull();
    expect(lockingRound('actuals', outside, inside, held)).not.toBeNull();
    expect(lockingRound('actuals', null, inside, held)).not.toBeNull();
    expect(lockingRound('actuals', inside, null, held)).not.toBeNull();
  });

  it('holds activities ending in the period, and those moved into or out of it', () => {
    const ending = { id: 'a', endDate: '2026-05-05', title: 'A' };
    const later = { ...ending, endDate: '2026-09-09' };
    expect(lockingRound('activities', ending, { ...ending, title: 'B' }, held)).not.toBeNull();
    expect(lockingRound('activities', ending, later, held)).not.toBeNull();
    expect(lockingRound('activities', later, ending, held)).not.toBeNull();
    expect(lockingRound('activities', later, { ...later, title: 'B' }, held)).toBeNull();
  });

  it("holds only the targets of periods inside the round's", () => {
    const indicator = {
      id: 'I',
      targets: [
        { period: '2026', value: 10 },
        { period: '2026-H1', value: 4 },
      ],
    };
    const changedHalf = {
      ...indicator,
      targets: [
        { period: '2026', value: 10 },
        { period: '2026-H1', value: 5 },
      ],
    };
    const changedYear = {
      ...indicator,
      targets: [
        { period: '2026', value: 12 },
        { period: '2026-H1', value: 4 },
      ],
    };
    const addedQuarter = {
      ...indicator,
      targets: [...indicator.targets, { period: '2026-Q2', value: 2 }],
    };
    expect(lockingRound('indicators', indicator, changedHalf, held)).not.toBeNull();
    expect(lockingRound('indicators', indicator, addedQuarter, held)).not.toBeNull();
    expect(lockingRound('indicators', indicator, changedYear, held)).toBeNull();
    expect(
      lockingRound('indicators', indicator, { ...indicator, name: 'Renamed' }, held),
    ).toBeNull();
    // The year's round holds both halves and the year.
    expect(
      lockingRound('indicators', indicator, changedYear, [
        round({ period: '2026', end: '2026-12-31' }),
      ]),
    ).not.toBeNull();
  });

  it('holds narratives of the period, and settings that would move it', () => {
    const narrative = { id: 'n', period: '2026-H1', text: 'x' };
    expect(lockingRound('narratives', narrative, { ...narrative, text: 'y' }, held)).not.toBeNull();
    expect(lockingRound('narratives', null, { ...narrative, period: '2026-H2' }, held)).toBeNull();
    const settings = {
      id: 'app',
      yearStartMonth: 1,
      currentFramework: 'WP2024',
      onTrackThreshold: 0.9,
    };
    expect(
      lockingRound('settings', settings, { ...settings, yearStartMonth: 7 }, held),
    ).not.toBeNull();
    expect(
      lockingRound('settings', settings, { ...settings, currentFramework: 'X' }, held),
    ).not.toBeNull();
    expect(
      lockingRound('settings', settings, { ...settings, onTrackThreshold: 0.8 }, held),
    ).toBeNull();
  });

  it('holds nothing while a round is open or returned', () => {
    const value = { id: 'x', indicator: 'I', date: '2026-03-31', value: 4 };
    for (const state of ['open', 'returned'] as const)
      expect(lockingRound('actuals', value, { ...value, value: 5 }, [round({ state })])).toBeNull();
    expect(
      lockingRound('actuals', value, { ...value, value: 5 }, [round({ state: 'submitted' })]),
    ).not.toBeNull();
  });

  it('tells an editor a stored record is held before anything is changed', () => {
    const value = { id: 'x', indicator: 'I', date: '2026-03-31', value: 4 };
    expect(roundHolding('actuals', value, value, held)).not.toBeNull();
    expect(roundHolding('actuals', null, { ...value, date: '2026-09-01' }, held)).toBeNull();
    const indicator = { id: 'I', targets: [{ period: '2026-H1', value: 4 }] };
    expect(roundHolding('indicators', indicator, indicator, held)).toBeNull();
  });
});
