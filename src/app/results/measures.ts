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
export function listValues(activity: Activity, field: ListField, ctx: MeasureContext): readonly string[] | null {
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

/** The measure over `list[from..to)`. */
export function computeMeasure(
  list: readonly Activity[],
  measure: Measure,
  ctx: MeasureContext,
  from = 0,
  to = list.length,
): Figure {
  const records = Math.max(0, to - from);
  switch (measure.kind) {
    case 'count':
      return { value: records, records, known: records, unknown: 0 };
    case 'sum':
    case 'mean': {
      let total = 0;
      let n = 0;
      for (let i = from; i < to; i++) {
        const v = numericValue(list[i], measure.field);
        if (v !== null) {
          total += v;
          n++;
        }
      }
      // A sum over no activities at all is a true zero; over activities that all lack the
      // value it is unknown. A mean of nothing is always unknown.
      const value = measure.kind === 'sum' ? (n > 0 || records === 0 ? total : null) : n > 0 ? total / n : null;
      return { value, records, known: n, unknown: records - n };
    }
    case 'distinct': {
      const seen = new Set<string>();
      let n = 0;
      for (let i = from; i < to; i++) {
        const values = listValues(list[i], measure.field, ctx);
        if (values === null) continue;
        n++;
        for (const v of values) seen.add(v);
      }
      const value = n > 0 || records === 0 ? seen.size : null;
      return { value, records, known: n, unknown: records - n };
    }
    case 'ratio':
      return computeRatio(list, measure, ctx, from, to);
    case 'reported':
      // Reported measures come from actuals, not activities (see indicators.ts).
      return { value: null, records: 0, known: 0, unknown: 0 };
  }
}

function computeRatio(
  list: readonly Activity[],
  measure: Extract<Measure, { kind: 'ratio' }>,
  ctx: MeasureContext,
  from: number,
  to: number,
): Figure {
  const { numerator, denominator, scale } = measure;
  const records = Math.max(0, to - from);
  if (numerator.kind === 'sum' && denominator.kind === 'sum') {
    // Pairwise complete: only activities where both parts are known count, so the ratio
    // describes one population (e.g. women among participants whose sex is recorded).
    let num = 0;
    let den = 0;
    let n = 0;
    for (let i = from; i < to; i++) {
      const a = numericValue(list[i], numerator.field);
      const b = numericValue(list[i], denominator.field);
      if (a === null || b === null) continue;
      num += a;
      den += b;
      n++;
    }
    return { value: den > 0 ? (num / den) * scale : null, records, known: n, unknown: records - n };
  }
  const top = computeMeasure(list, numerator, ctx, from, to);
  const bottom = computeMeasure(list, denominator, ctx, from, to);
  const value = top.value !== null && bottom.value !== null && bottom.value > 0 ? (top.value / bottom.value) * scale : null;
  const knownBoth = Math.min(top.known, bottom.known);
  return { value, records, known: knownBoth, unknown: records - knownBoth };
}

/** True for measures whose value grows with time (so a running period's target is pro-rated). */
export function isAdditive(measure: Measure): boolean {
  return measure.kind === 'count' || measure.kind === 'sum' || measure.kind === 'distinct' || measure.kind === 'reported';
}
