/**
 * What moved between a brief as approved and the same interval now: the headline figures and
 * each indicator's figure and status, as text for the difference view. A pure function of the
 * two briefs.
 */
import { formatValue } from '../../core/format';
import { STATUS_LABELS } from '../../core/labels';
import type { Brief } from '../../results/brief';
import type { Figure } from '../../results/figure';
import type { AuditEntry } from '../../domain/schema';

export interface BriefChange {
  /** What changed: a headline figure's name, or an indicator's code and name. */
  label: string;
  before: string;
  now: string;
}

const HEADLINE: readonly [keyof Brief['current']['headline'], string, string][] = [
  ['delivered', $localize`Activities delivered`, ''],
  ['participants', $localize`Participants`, ''],
  ['womenShare', $localize`Women among participants`, '%'],
  ['memberStates', $localize`Member states taking part`, ''],
];

const moved = (a: Figure | undefined, b: Figure | undefined) =>
  (a?.value ?? null) !== (b?.value ?? null);

export function briefChanges(frozen: Brief, live: Brief): BriefChange[] {
  const changes: BriefChange[] = [];
  for (const [key, label, unit] of HEADLINE) {
    const was = frozen.current.headline[key];
    const is = live.current.headline[key];
    if (moved(was, is))
      changes.push({
        label,
        before: formatValue(was.value, unit),
        now: formatValue(is.value, unit),
      });
  }
  for (const result of frozen.results) {
    const now = live.results.find((r) => r.indicator.id === result.indicator.id);
    const was = result.periods[0];
    const is = now?.periods[0];
    if (!was || !is) continue;
    const unit = result.indicator.unit === '%' ? '%' : '';
    const label = `${result.indicator.code} ${result.indicator.name}`;
    if (moved(was.actual, is.actual) || was.status !== is.status)
      changes.push({
        label,
        before: `${formatValue(was.actual.value, unit)} · ${STATUS_LABELS[was.status]}`,
        now: `${formatValue(is.actual.value, unit)} · ${STATUS_LABELS[is.status]}`,
      });
  }
  return changes;
}

/**
 * The audit entries since the approval that can explain a change in the interval's figures:
 * reported values dated in it, activities ending in it (before or after the change), targets
 * and narratives.
 */
export function explainingEntries(
  entries: readonly AuditEntry[],
  approvedAt: string,
  interval: { start: string; end: string },
): AuditEntry[] {
  const inside = (date: unknown) =>
    typeof date === 'string' && date >= interval.start && date <= interval.end;
  return entries.filter((e) => {
    if (e.at <= approvedAt) return false;
    const records = [e.before, e.after];
    switch (e.collection) {
      case 'actuals':
        return records.some((r) => inside(r?.['date']));
      case 'activities':
        return records.some((r) => inside(r?.['endDate']));
      case 'indicators':
      case 'narratives':
        return true;
      default:
        return false;
    }
  });
}
