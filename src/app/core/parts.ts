/**
 * The main thread's side of checking a list: it parses the bytes itself while the workers
 * check them, then takes the records the verdicts keep, and joins the verdicts on the shares of
 * a list checked in parallel. No schema here, so the start-up code can use it without loading
 * the schemas.
 */
import type { CollectionName, RejectedRecord } from '../domain/schema';
import type { Checked, ListVerdict } from './validation';

/** The parsed JSON text, or null when it is not JSON. */
export function parseJson(text: string): { body: unknown } | null {
  try {
    return { body: JSON.parse(text) };
  } catch {
    return null;
  }
}

/** The records a verdict keeps, taken from the parsed list unless the check changed them. */
export function applyVerdict(rows: unknown, verdict: ListVerdict): Checked<unknown[]> {
  const list = Array.isArray(rows) ? rows : [];
  return {
    data: verdict.kept.map((position) =>
      verdict.changed.has(position) ? verdict.changed.get(position) : list[position],
    ),
    rejected: verdict.rejected,
  };
}

/**
 * Joins the checks of consecutive shares of one list into the answer a single check would give:
 * records in their order, and a record whose id an earlier share already kept set aside as a
 * duplicate (each share only knows its own ids).
 */
export function joinParts(
  collection: CollectionName,
  parts: Checked<unknown[]>[],
): Checked<unknown[]> {
  const data: unknown[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new Set<string>();
  for (const [index, part] of parts.entries()) {
    rejected.push(...part.rejected);
    const kept = new Set<string>();
    for (const record of part.data) {
      const id = idOf(record);
      if (index > 0 && id !== null && seen.has(id)) {
        rejected.push({ collection, id, problems: [{ field: 'id', code: 'duplicate-id' }] });
        continue;
      }
      if (id !== null) kept.add(id);
      data.push(record);
    }
    for (const id of kept) seen.add(id);
  }
  return { data, rejected };
}

function idOf(record: unknown): string | null {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
