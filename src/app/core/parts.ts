/**
 * Joins the checks of consecutive shares of one list, checked in parallel, into the answer a
 * single check would give: records in their order, and a record whose id an earlier share
 * already kept set aside as a duplicate (each share only knows its own ids). No schema here, so
 * the start-up code can use it without loading the schemas.
 */
import type { CollectionName, RejectedRecord } from '../domain/schema';
import type { Checked } from './validation';

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
