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
  decimals: 0 | 1 | 2 | 3 = 0,
  separators: Separators = appSeparators,
): string {
  const scale = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * scale);
  if (scaled === 0) return '0';
  const whole = Math.floor(scaled / scale);
  const fraction = decimals
    ? String(scaled % scale)
        .padStart(decimals, '0')
        .replace(/0+$/, '')
    : '';
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `${separators.decimal}${fraction}` : ''}`;
}

/** A figure's value for display: an em dash for unknown, never a zero. */
export function formatValue(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatNumber(value, Number.isInteger(value) ? 0 : 1);
  return unit === '%' ? `${text} %` : text;
}

/**
 * Progress as a percentage of target ("87 %"), or an em dash. Whole percents, unless rounding
 * would carry a figure below a status boundary up to it ("59.6 %", never "60 %" beside Off
 * track): then as many decimals as it takes (up to three, then cut rather than rounded).
 */
export function formatProgress(
  progress: number | null | undefined,
  bands?: { atRisk: number; onTrack: number } | null,
): string {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return '—';
  const percent = progress * 100;
  const boundaries = bands ? [bands.atRisk * 100, bands.onTrack * 100] : [];
  const misleads = (digits: number) => {
    const shown = Math.round(percent * 10 ** digits) / 10 ** digits;
    return boundaries.some((b) => percent < b && shown >= b);
  };
  let digits: 0 | 1 | 2 | 3 = 0;
  while (digits < 3 && misleads(digits)) digits = (digits + 1) as 1 | 2 | 3;
  const value = misleads(digits) ? Math.floor(percent * 1000) / 1000 : percent;
  return `${formatNumber(value, digits)} %`;
}

/**
 * The coverage note a figure must carry when some records lacked the value:
 * "participants known for 41 of 52 activities". Null when nothing was missing.
 */
export function coverageNote(figure: Figure, what: string): string | null {
  if (figure.unknown === 0) return null;
  return $localize`${what}:what: known for ${figure.known}:known: of ${figure.records}:records: activities`;
}

/**
 * An amount with the currency every amount is in ("USD 12,000"), "unknown" when no record had
 * one, and how many records it rests on when some lacked it.
 */
export function formatAmount(figure: Figure, currency: string | null | undefined): string {
  const number = figure.value === null ? null : formatNumber(figure.value, 0);
  const value =
    number === null
      ? $localize`unknown`
      : currency
        ? `${currency} ${number}`
        : $localize`${number}:amount: (currency not set)`;
  return figure.known < figure.records
    ? $localize`${value}:value: (known for ${figure.known}:known: of ${figure.records}:records:)`
    : value;
}
