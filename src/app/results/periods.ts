/**
 * Reporting periods: a key (what targets are stored against), a name (what it is, for the
 * labels module to put in words) and an inclusive ISO date range. Years can start in any month
 * (work-plan years); half-years and quarters follow the year's start.
 */
import {
  addDays,
  daysInclusive,
  IsoDate,
  isoFromParts,
  monthOf,
  monthSpan as span,
  monthStart,
  yearOf,
} from '../domain/dates';

export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'framework' | 'custom' | 'since';

/** What a period is, in values: core/labels makes its label ("2019/20 H1", "Since the 7th…"). */
export type PeriodName =
  | { kind: 'year'; startYear: number; firstMonth: number }
  | { kind: 'half'; startYear: number; firstMonth: number; part: 1 | 2 }
  | { kind: 'quarter'; startYear: number; firstMonth: number; part: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'framework'; name: string }
  | { kind: 'range' }
  | { kind: 'last-12-months' }
  | { kind: 'since'; meeting: string }
  | { kind: 'between'; from: string; to: string };

export interface Period {
  /** Stable identifier, also the key targets are stored under: `2019`, `2019-H1`, `2019-Q3`, `2019-07`. */
  key: string;
  name: PeriodName;
  granularity: Granularity;
  start: IsoDate;
  end: IsoDate;
}

export interface FrameworkSpan {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
}

export interface MeetingAnchor {
  id: string;
  shortName: string;
  date: IsoDate;
}

/** The year (by its start year) containing `date`, for years starting in `firstMonth`. */
export function yearStartingBefore(date: IsoDate, firstMonth: number): number {
  const y = yearOf(date);
  return monthOf(date) >= firstMonth ? y : y - 1;
}

export function yearPeriod(startYear: number, firstMonth = 1): Period {
  return {
    key: String(startYear),
    name: { kind: 'year', startYear, firstMonth },
    granularity: 'year',
    ...span(startYear, firstMonth, 12),
  };
}

export function halfPeriod(startYear: number, half: 1 | 2, firstMonth = 1): Period {
  return {
    key: `${startYear}-H${half}`,
    name: { kind: 'half', startYear, firstMonth, part: half },
    granularity: 'half',
    ...span(startYear, firstMonth + (half - 1) * 6, 6),
  };
}

export function quarterPeriod(startYear: number, quarter: 1 | 2 | 3 | 4, firstMonth = 1): Period {
  return {
    key: `${startYear}-Q${quarter}`,
    name: { kind: 'quarter', startYear, firstMonth, part: quarter },
    granularity: 'quarter',
    ...span(startYear, firstMonth + (quarter - 1) * 3, 3),
  };
}

export function monthPeriod(year: number, month: number): Period {
  const { start, end } = span(year, month, 1);
  return {
    key: start.slice(0, 7),
    name: { kind: 'month', year: yearOf(start), month: monthOf(start) },
    granularity: 'month',
    start,
    end,
  };
}

export function frameworkPeriod(framework: FrameworkSpan): Period {
  return {
    key: 'framework',
    name: { kind: 'framework', name: framework.name },
    granularity: 'framework',
    start: framework.start,
    end: framework.end,
  };
}

export function customPeriod(start: IsoDate, end: IsoDate): Period {
  return {
    key: `custom:${start}..${end}`,
    name: { kind: 'range' },
    granularity: 'custom',
    start,
    end,
  };
}

/** From the day after a meeting up to and including `today`. */
export function sincePeriod(meeting: MeetingAnchor, today: IsoDate): Period {
  return {
    key: `since:${meeting.id}`,
    name: { kind: 'since', meeting: meeting.shortName },
    granularity: 'since',
    start: addDays(meeting.date, 1),
    end: today,
  };
}

/** Every period of one granularity that overlaps [start, end], in order. */
export function periodsBetween(
  granularity: 'year' | 'half' | 'quarter' | 'month',
  start: IsoDate,
  end: IsoDate,
  firstMonth = 1,
): Period[] {
  const periods: Period[] = [];
  if (start > end) return periods;
  if (granularity === 'month') {
    for (let m = yearOf(start) * 12 + monthOf(start) - 1; ; m++) {
      const p = monthPeriod(Math.floor(m / 12), (m % 12) + 1);
      if (p.start > end) break;
      periods.push(p);
    }
    return periods;
  }
  for (let y = yearStartingBefore(start, firstMonth); ; y++) {
    const year = yearPeriod(y, firstMonth);
    if (year.start > end) break;
    const parts =
      granularity === 'year'
        ? [year]
        : granularity === 'half'
          ? [halfPeriod(y, 1, firstMonth), halfPeriod(y, 2, firstMonth)]
          : ([1, 2, 3, 4] as const).map((q) => quarterPeriod(y, q, firstMonth));
    for (const p of parts) if (p.end >= start && p.start <= end) periods.push(p);
  }
  return periods;
}

/** The period of a granularity that contains `date`. */
export function periodContaining(
  granularity: 'year' | 'half' | 'quarter' | 'month',
  date: IsoDate,
  firstMonth = 1,
): Period {
  return periodsBetween(granularity, date, date, firstMonth)[0];
}

/** The same kind of period immediately before `period` (same length in months, or days for ranges). */
export function previousPeriod(period: Period, firstMonth = 1): Period | null {
  switch (period.granularity) {
    case 'year':
    case 'half':
    case 'quarter':
    case 'month':
      return periodContaining(period.granularity, addDays(period.start, -1), firstMonth);
    default: {
      const length = daysInclusive(period.start, period.end);
      const end = addDays(period.start, -1);
      return customPeriod(addDays(period.start, -length), end);
    }
  }
}

/** A preset as it appears in a URL: `this-year`, `previous-half`, `last-12-months`, `framework`, `since:<meeting id>`, `year:2019`, `half:2019-H1`, `custom`. */
export type PeriodPreset = string;

export interface PresetContext {
  today: IsoDate;
  firstMonth: number;
  framework: FrameworkSpan | null;
  meetings: readonly MeetingAnchor[];
  /** For `custom`: the range chosen. */
  from?: IsoDate | null;
  to?: IsoDate | null;
}

/** Resolves a preset to a period, or null when it cannot be resolved (unknown meeting, bad range). */
export function resolvePreset(preset: PeriodPreset, ctx: PresetContext): Period | null {
  const { today, firstMonth } = ctx;
  if (preset === 'this-year') return periodContaining('year', today, firstMonth);
  if (preset === 'previous-half') {
    const current = periodContaining('half', today, firstMonth);
    return periodContaining('half', addDays(current.start, -1), firstMonth);
  }
  if (preset === 'last-12-months') {
    return {
      key: 'last-12-months',
      name: { kind: 'last-12-months' },
      granularity: 'custom',
      start: addDays(sameDayYearBefore(today), 1),
      end: today,
    };
  }
  if (preset === 'framework') return ctx.framework ? frameworkPeriod(ctx.framework) : null;
  if (preset === 'custom') {
    const { from, to } = ctx;
    return from && to && from <= to ? customPeriod(from, to) : null;
  }
  if (preset.startsWith('since:')) {
    const meeting = ctx.meetings.find((m) => m.id === preset.slice(6));
    return meeting && meeting.date < today ? sincePeriod(meeting, today) : null;
  }
  const [kind, value] = preset.split(':');
  if (kind === 'year' && /^\d{4}$/.test(value ?? '')) return yearPeriod(Number(value), firstMonth);
  if (kind === 'half' && /^\d{4}-H[12]$/.test(value ?? ''))
    return halfPeriod(Number(value.slice(0, 4)), Number(value[6]) as 1 | 2, firstMonth);
  return null;
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
function sameDayYearBefore(date: IsoDate): IsoDate {
  const year = yearOf(date) - 1;
  const month = monthOf(date);
  const lastDay = Number(addDays(monthStart(year, month + 1), -1).slice(8, 10));
  return isoFromParts(year, month, Math.min(Number(date.slice(8, 10)), lastDay));
}
