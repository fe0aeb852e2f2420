/**
 * Re-applying my edit to someone else's newer version: every field I changed since I opened
 * the record is taken from my form, every other field from theirs. Lists keyed by period (an
 * indicator's targets) merge period by period, so two people setting different years' targets
 * both keep theirs.
 */
import { sameJson } from '../../domain/same-json';

type Keyed = { period: string }[];

function isKeyed(value: unknown): value is Keyed {
  return (
    Array.isArray(value) &&
    value.every(
      (v) => !!v && typeof v === 'object' && typeof (v as { period?: unknown }).period === 'string',
    )
  );
}

function mergeKeyed(base: Keyed, mine: Keyed, theirs: Keyed): Keyed {
  const byPeriod = (list: Keyed) => new Map(list.map((item) => [item.period, item]));
  const [was, mineMap, theirsMap] = [byPeriod(base), byPeriod(mine), byPeriod(theirs)];
  const merged = new Map(theirsMap);
  for (const period of new Set([...was.keys(), ...mineMap.keys()])) {
    const before = was.get(period);
    const now = mineMap.get(period);
    if (sameJson(before, now)) continue;
    if (now) merged.set(period, now);
    else merged.delete(period);
  }
  return [...merged.values()].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
}

export function reapplyOnto<T extends object>(base: T, mine: T, theirs: T): T {
  const merged: Record<string, unknown> = { ...(theirs as Record<string, unknown>) };
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (key === 'version' || sameJson(m[key], b[key])) continue;
    merged[key] =
      isKeyed(m[key]) && isKeyed(b[key]) && isKeyed(t[key])
        ? mergeKeyed(b[key] as Keyed, m[key] as Keyed, t[key] as Keyed)
        : m[key];
  }
  return merged as T;
}
