/**
 * Builders for engine specs: records from domain/testing, an evaluation context, and a
 * cross-tab in one call.
 */
import type { Activity } from '../domain/schema';
import { AlignmentMeasure, Axis, CrossTab, groupByAxes, measureGrouping } from './alignment';
import type { EvaluationContext } from './indicators';
import type { MeasureContext } from './measures';
import { DEFAULT_THRESHOLDS } from './status';

export { activity, indicator } from '../domain/testing';

export function context(overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    today: '2026-11-24',
    frameworkStart: '2018-01-01',
    thresholds: DEFAULT_THRESHOLDS,
    memberStates: new Set(['THA', 'IDN', 'AUS', 'MYS']),
    ...overrides,
  };
}

/** Cross-tabulates `activities` by two axes under one measure, as the Alignment page does. */
export function crossTab(
  activities: readonly Activity[],
  rowAxis: Axis,
  columnAxis: Axis,
  measure: AlignmentMeasure,
  ctx: MeasureContext,
): CrossTab {
  return measureGrouping(groupByAxes(activities, rowAxis, columnAxis), measure, ctx);
}
