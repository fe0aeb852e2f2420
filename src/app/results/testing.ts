/** Builders for engine specs: records from domain/testing, and an evaluation context. */
import { DEFAULT_THRESHOLDS } from './status';
import type { EvaluationContext } from './indicators';

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
