/**
 * Measures over a slice of activities. Every figure keeps its coverage: a missing value is
 * left out of sums and counted as unknown, and ratios are ratios of sums over the records
 * where both parts are known — never a mean of per-activity ratios.
 */
import type { Activity, ListField, Measure, NumericField } from '../core/schema';
import { Figure } from './figure';

export interface MeasureContext {
  /** Codes of Bali Process member states (states with member status). */
  memberStates: ReadonlySet<string>;
}

/** A usable count or amount: numbers that are negative or not finite are treated as unknown. */
function known(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

export function numericValue(activity: Activity, field: NumericField): number | null {
  switch (field) {
    case 'participants.total':
      return known(activity.participants.total);
    case 'participants.female':
      return known(activity.participants.female);
    case 'participants.male':
      return known(activity.participants.male);
    case 'participants.sexKnown': {
      const female = known(activity.participants.female);
      const male = known(activity.participants.male);
      return female === null || male === null ? null : female + male;
    }
    case 'evaluation.satisfaction':
      return known(activity.evaluation?.satisfaction);
    case 'evaluation.knowledgeGain': {
      const gain = activity.evaluation?.knowledgeGain;
      return typeof gain === 'number' && Number.isFinite(gain) ? gain : null;
    }
    case 'cost':
      return known(activity.cost);
  }
}

/** Values of a list field, or null when the activity does not record them. */
export function listValues(
  activity: Activity,
  field: ListField,
  ctx: MeasureContext,
): readonly string[] | null {
  switch (field) {
    case 'members':
      return activity.members.length ? activity.members.map((m) => m.code) : null;
    case 'memberStates':
      return activity.members.length
        ? activity.members.filter((m) => ctx.memberStates.has(m.code)).map((m) => m.code)
        : null;
    case 'workingGroups':
      return activity.workingGroups;
    case 'hostCountry':
      return activity.hostCountry ? [activity.hostCountry] : null;
  }
}

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

export function accumulate(
  acc: Accumulator,
  a: Activity,
  measure: Measure,
  ctx: MeasureContext,
): void {
  acc.records++;
  switch (measure.kind) {
    case 'count':
      acc.known++;
      return;
    case 'sum':
    case 'mean': {
      const v = numericValue(a, measure.field);
      if (v !== null) {
        acc.total += v;
        acc.known++;
      }
      return;
    }
    case 'distinct': {
      const values = listValues(a, measure.field, ctx);
      if (values === null) return;
      acc.known++;
      for (const v of values) acc.values!.add(v);
      return;
    }
    case 'ratio': {
      // Pairwise complete: only activities where both parts are known count, so the ratio
      // describes one population (e.g. women among participants whose sex is recorded).
      const { numerator, denominator } = measure as SumRatio;
      const x = numericValue(a, numerator.field);
      const y = numericValue(a, denominator.field);
      if (x === null || y === null) return;
      acc.numerator += x;
      acc.denominator += y;
      acc.known++;
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
  for (let i = from; i < to; i++) accumulate(acc, list[i], measure, ctx);
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
