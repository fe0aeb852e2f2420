/** Number formatting for figures on screen and in exports (no time, no zone, one locale). */
import type { Figure } from '../results/figure';

export interface Separators {
  group: string;
  decimal: string;
}

/** English groups with commas; Bahasa Indonesia the other way round ("1.234,6"). */
const SEPARATORS: Record<string, Separators> = {
  en: { group: ',', decimal: '.' },
  id: { group: '.', decimal: ',' },
};

/** The separators of a locale (its language decides; English when unknown). */
export function separatorsFor(locale: string | undefined): Separators {
  return SEPARATORS[(locale ?? 'en').split('-')[0]!.toLowerCase()] ?? SEPARATORS['en']!;
}

/** The separators of the locale the app was built for ($localize knows it). */
const appSeparators = separatorsFor(typeof $localize === 'undefined' ? 'en' : $localize.locale);

/**
 * "1,234.6": grouped thousands, rounded half away from zero to at most `decimals` places,
 * no trailing ".0", with the locale's separators. Written out rather than with
 * Intl.NumberFormat, whose first construction costs tens of milliseconds of start-up on a phone.
 */
export function formatNumber(
  value: number,
  decimals: 0 | 1 = 0,
  separators: Separators = appSeparators,
): string {
  const scale = decimals === 1 ? 10 : 1;
  const scaled = Math.round(Math.abs(value) * scale);
  if (scaled === 0) return '0';
  const whole = Math.floor(scaled / scale);
  const fraction = scaled % scale;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `${separators.decimal}${fraction}` : ''}`;
}

/** A figure's value for display: an em dash for unknown, never a zero. */
export function formatValue(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatNumber(value, Number.isInteger(value) ? 0 : 1);
  return unit === '%' ? `${text} %` : text;
}

/** Progress as a percentage of target ("87 %"), or an em dash. */
export function formatProgress(progress: number | null | undefined): string {
  return progress === null || progress === undefined || !Number.isFinite(progress)
    ? '—'
    : `${formatNumber(progress * 100)} %`;
}

/**
 * The coverage note a figure must carry when some records lacked the value:
 * "participants known for 41 of 52 activities". Null when nothing was missing.
 */
export function coverageNote(figure: Figure, what: string): string | null {
  if (figure.unknown === 0) return null;
  return $localize`${what}:what: known for ${figure.known}:known: of ${figure.records}:records: activities`;
}
