/**
 * Audit entries, appended in the same transaction as the change they record: the store holds
 * both or neither. Every write's `who` comes from the session, never from the request body.
 */
import type { AuditInput, Row } from './store';

export interface Change {
  id: string;
  before: Row | null;
  after: Row | null;
  /** The collection of this change when it is not the write's own (indicators copied with a framework). */
  collection?: string;
}

/** The audit entries recording these changes, one each, all at the same moment. */
export function auditEntries(
  who: string,
  collection: string,
  changes: readonly Change[],
  reason: string | null,
): AuditInput[] {
  const at = new Date().toISOString();
  return changes.map((c) => ({
    at,
    who,
    collection: c.collection ?? collection,
    id: c.id,
    before: c.before,
    after: c.after,
    reason,
  }));
}
