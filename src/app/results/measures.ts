/**
 * Measures over a slice of activities. Every figure keeps its coverage: a missing value is
 * left out of sums and counted as unknown, and ratios are ratios of sums over the records
 * where both parts are known — never a mean of per-activity ratios.
 */
import type { Activity, ListField, Measure, NumericField } from '../domain/schema';
import { Figure } from './figure';

export interface MeasureContext {
  /** Codes of Bali Process member states (states with member status). */
  memberStates: ReadonlySet<string>;
}

/** A usable count or amount: numbers that are negative or not finite are treated as unknown. */
function known(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

type NumericGetter = (activity: Activity) => number | null;

/** How each numeric field is read; resolved once per figure, not once per record. */
const NUMERIC: Record<NumericField, NumericGetter> = {
  'participants.total': (a) => known(a.participants.total),
  'participants.female': (a) => known(a.participants.female),
  'participants.male': (a) => known(a.participants.male),
  'participants.sexKnown': (a) => {
    const female = known(a.participants.female);
    const male = known(a.participants.male);
    return female === null || male === null ? null : female + male;
  },
  'evaluation.satisfaction': (a) => known(a.evaluation?.satisfaction),
  'evaluation.knowledgeGain': (a) => {
    const gain = a.evaluation?.knowledgeGain;
    return typeof gain === 'number' && Number.isFinite(gain) ? gain : null;
  },
  cost: (a) => known(a.cost),
};

export function numericValue(activity: Activity, field: NumericField): number | null {
  return NUMERIC[field](activity);
}

/** How a list field is read for distinct counts. */
interface ListReader {
  /** Whether the activity records the field at all: if not, its values are unknown, not none. */
  recorded(activity: Activity): boolean;
  /** Adds the activity's values to `into` (runs once per record: no arrays are built). */
  collect(activity: Activity, into: Set<string>, ctx: MeasureContext): void;
  /** How many distinct values there can be, where that is known. */
  universe?(ctx: MeasureContext): number;
}

const LIST: Record<ListField, ListReader> = {
  members: {
    recorded: (a) => a.members.length > 0,
    collect: (a, into) => {
      for (const m of a.members) into.add(m.code);
    },
  },
  memberStates: {
    recorded: (a) => a.members.length > 0,
    collect: (a, into, ctx) => {
      for (const m of a.members) if (ctx.memberStates.has(m.code)) into.add(m.code);
    },
    universe: (ctx) => ctx.memberStates.size,
  },
  workingGroups: {
    recorded: () => true,
    collect: (a, into) => {
      for (const g of a.workingGroups) into.add(g);
    },
  },
  hostCountry: {
    recorded: (a) => !!a.hostCountry,
    collect: (a, into) => {
      into.add(a.hostCountry!);
    },
  },
};

/**
 * Running totals of a measure over some activities. Partials over disjoint sets of activities
 * merge exactly (sets for distinct values), so a period's figure can be built from its months.
 */
export interface Accumulator {
  records: number;
  known: number;
  total: number;
  numerator: number;
  denominator: number;
  values: Set<string> | null;
}

export function newAccumulator(measure: Measure): Accumulator {
  return {
    records: 0,
    known: 0,
    total: 0,
    numerator: 0,
    denominator: 0,
    values: measure.kind === 'distinct' ? new Set() : null,
  };
}

interface SumRatio {
  kind: 'ratio';
  numerator: { kind: 'sum'; field: NumericField };
  denominator: { kind: 'sum'; field: NumericField };
  scale: number;
}

/** Ratios of two sums accumulate (pairwise complete); ratios of other measures do not. */
function isSumRatio(measure: Measure): measure is SumRatio {
  return (
    measure.kind === 'ratio' &&
    measure.numerator.kind === 'sum' &&
    measure.denominator.kind === 'sum'
  );
}

export function canAccumulate(measure: Measure): boolean {
  return measure.kind !== 'reported' && (measure.kind !== 'ratio' || isSumRatio(measure));
}

/** Adds `list[from..to)` to the running totals. One loop per kind of measure, as this is the hot path. */
export function accumulate(
  acc: Accumulator,
  list: readonly Activity[],
  measure: Measure,
  ctx: MeasureContext,
  from = 0,
  to = list.length,
): void {
  if (to <= from) return;
  acc.records += to - from;
  switch (measure.kind) {
    case 'count':
      acc.known += to - from;
      return;
    case 'sum':
    case 'mean': {
      const value = NUMERIC[measure.field];
      for (let i = from; i < to; i++) {
        const v = value(list[i]);
        if (v === null) continue;
        acc.total += v;
        acc.known++;
      }
      return;
    }
    case 'distinct': {
      const reader = LIST[measure.field];
      const values = acc.values!;
      const all = reader.universe?.(ctx) ?? Infinity;
      let i = from;
      for (; i < to && values.size < all; i++) {
        if (!reader.recorded(list[i])) continue;
        reader.collect(list[i], values, ctx);
        acc.known++;
      }
      // Every possible value is counted already (e.g. all member states over a long period):
      // the remaining records can only add to the coverage.
      for (; i < to; i++) if (reader.recorded(list[i])) acc.known++;
      return;
    }
    case 'ratio': {
      // Pairwise complete: only activities where both parts are known count, so the ratio
      // describes one population (e.g. women among participants whose sex is recorded).
      const { numerator, denominator } = measure as SumRatio;
      const top = NUMERIC[numerator.field];
      const bottom = NUMERIC[denominator.field];
      for (let i = from; i < to; i++) {
        const x = top(list[i]);
        if (x === null) continue;
        const y = bottom(list[i]);
        if (y === null) continue;
        acc.numerator += x;
        acc.denominator += y;
        acc.known++;
      }
      return;
    }
    case 'reported':
      return;
  }
}

export function merge(into: Accumulator, from: Accumulator): void {
  into.records += from.records;
  into.known += from.known;
  into.total += from.total;
  into.numerator += from.numerator;
  into.denominator += from.denominator;
  if (into.values && from.values) for (const v of from.values) into.values.add(v);
}

export function finish(acc: Accumulator, measure: Measure): Figure {
  const { records, known } = acc;
  const coverage = { records, known, unknown: records - known };
  switch (measure.kind) {
    case 'count':
      return { value: records, ...coverage };
    // A sum over no activities at all is a true zero; over activities that all lack the
    // value it is unknown. A mean of nothing is always unknown.
    case 'sum':
      return { value: known > 0 || records === 0 ? acc.total : null, ...coverage };
    case 'mean':
      return { value: known > 0 ? acc.total / known : null, ...coverage };
    case 'distinct':
      return { value: known > 0 || records === 0 ? acc.values!.size : null, ...coverage };
    case 'ratio':
      return {
        value: acc.denominator > 0 ? (acc.numerator / acc.denominator) * measure.scale : null,
        ...coverage,
      };
    case 'reported':
      // Reported measures come from actuals, not activities (see indicators.ts).
      return { value: null, records: 0, known: 0, unknown: 0 };
  }
}

/**
 * The distinct values a distinct-count measure counts (which member states were reached, not
 * only how many), so a list or a map shows exactly what the figure counted.
 */
export function distinctValues(
  list: readonly Activity[],
  field: ListField,
  ctx: MeasureContext,
): Set<string> {
  const values = new Set<string>();
  for (const a of list) LIST[field].collect(a, values, ctx);
  return values;
}

/** The measure over `list[from..to)`. */
export function computeMeasure(
  list: readonly Activity[],
  measure: Measure,
  ctx: MeasureContext,
  from = 0,
  to = list.length,
): Figure {
  if (measure.kind === 'ratio' && !isSumRatio(measure))
    return ratioOfFigures(list, measure, ctx, from, to);
  const acc = newAccumulator(measure);
  accumulate(acc, list, measure, ctx, from, to);
  return finish(acc, measure);
}

function ratioOfFigures(
  list: readonly Activity[],
  measure: Extract<Measure, { kind: 'ratio' }>,
  ctx: MeasureContext,
  from: number,
  to: number,
): Figure {
  const top = computeMeasure(list, measure.numerator, ctx, from, to);
  const bottom = computeMeasure(list, measure.denominator, ctx, from, to);
  const value =
    top.value !== null && bottom.value !== null && bottom.value > 0
      ? (top.value / bottom.value) * measure.scale
      : null;
  const known = Math.min(top.known, bottom.known);
  const records = Math.max(0, to - from);
  return { value, records, known, unknown: records - known };
}

/** True for measures whose value grows with time (so a running period's target is pro-rated). */
export function isAdditive(measure: Measure): boolean {
  return (
    measure.kind === 'count' ||
    measure.kind === 'sum' ||
    measure.kind === 'distinct' ||
    measure.kind === 'reported'
  );
}
