/** Number formatting for figures on screen and in exports (no time, no zone, one locale). */
import type { Figure } from '../results/figure';

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** A figure's value for display: an em dash for unknown, never a zero. */
export function formatValue(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Number.isInteger(value) ? integer.format(value) : oneDecimal.format(value);
  return unit === '%' ? `${text} %` : text;
}

/** Progress as a percentage of target ("87 %"), or an em dash. */
export function formatProgress(progress: number | null | undefined): string {
  return progress === null || progress === undefined || !Number.isFinite(progress)
    ? '—'
    : `${integer.format(progress * 100)} %`;
}

/**
 * The coverage note a figure must carry when some records lacked the value:
 * "participants known for 41 of 52 activities". Null when nothing was missing.
 */
export function coverageNote(figure: Figure, what: string): string | null {
  if (figure.unknown === 0) return null;
  return $localize`${what}:what: known for ${figure.known}:known: of ${figure.records}:records: activities`;
}
