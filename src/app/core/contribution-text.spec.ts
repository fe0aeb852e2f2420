import type { Contribution } from '../results/contribution';
import type { Figure } from '../results/figure';
import type { IndicatorPeriodResult } from '../results/indicators';
import { contributionText, statusOwner } from './labels';

const figure = (value: number | null): Figure => ({ value, records: 1, known: 1, unknown: 0 });

function sliced(mine: number | null, rso: number | null, over: Partial<Contribution> = {}) {
  const contribution = {
    rso: { actual: figure(rso) } as IndicatorPeriodResult,
    kind: 'share',
    share: mine !== null && rso ? mine / rso : null,
    unplaced: 0,
    judgedBy: 'rso',
    group: null,
    ...over,
  } as Contribution;
  return { actual: figure(mine), contribution };
}

describe('a filtered part’s contribution in words', () => {
  it('gives the part’s figure, the RSO’s and the share', () => {
    expect(contributionText(sliced(4, 12))).toBe("4 of the RSO's 12 (33.3 %)");
  });

  it('is nothing to say for the RSO as a whole', () => {
    expect(contributionText({ actual: figure(12) })).toBeNull();
    expect(statusOwner(undefined)).toBeNull();
  });

  it('says a share is a lower bound when records could not be placed', () => {
    expect(contributionText(sliced(4, 13, { unplaced: 2 }))).toBe(
      "at least 4 of the RSO's 13 (30.8 %): 2 more activities may belong here (what the filter selects by is not recorded for them)",
    );
  });

  it('puts a ratio beside the RSO’s, and says a reported figure is the RSO’s only', () => {
    expect(contributionText(sliced(41.2, 45, { kind: 'beside', share: null }), '%')).toBe(
      '41.2 %; the RSO: 45 %',
    );
    expect(contributionText(sliced(null, 6, { kind: 'whole', share: null }))).toBe(
      'Reported for the RSO as a whole: 6',
    );
  });

  it('never prints a share of an unknown or zero RSO figure', () => {
    expect(contributionText(sliced(0, 0))).toBe("0 of the RSO's 0");
  });

  it('names whose status it is', () => {
    expect(statusOwner({ judgedBy: 'rso' })!.short).toBe('RSO');
    expect(statusOwner({ judgedBy: 'group' })!.short).toBe('Group target');
  });
});
