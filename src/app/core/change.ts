/** Figures beside the same figures for an earlier interval (the brief, a working group's page). */
import type { Figure } from '../results/figure';
import { formatNumber, formatValue } from './format';

/** A figure beside the same figure for an earlier interval. */
export interface ComparedFigure {
  label: string;
  now: string;
  before: string;
  /** "+3", "−2", "no change", or "—" when either side is unknown. */
  change: string;
}

/** The change from `before` to `now` in words; percentages change in points (unit " pp"). */
export function formatChange(now: number | null, before: number | null, unit = ''): string {
  if (now === null || before === null) return '—';
  const diff = Math.round((now - before) * 10) / 10;
  if (diff === 0) return $localize`no change`;
  const sign = diff > 0 ? '+' : '−';
  return `${sign}${formatNumber(Math.abs(diff), Number.isInteger(diff) ? 0 : 1)}${unit}`;
}

export function comparedFigure(
  label: string,
  now: Figure,
  before: Figure,
  unit = '',
): ComparedFigure {
  return {
    label,
    now: formatValue(now.value, unit),
    before: formatValue(before.value, unit),
    change: formatChange(now.value, before.value, unit === '%' ? ' pp' : ''),
  };
}
