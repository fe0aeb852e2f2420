/**
 * Audit entries, appended in the same durable write as the change they record: the file holds
 * both or neither. Every write's `who` comes from the session, never from the request body.
 */
import { AUDIT_COLLECTION } from '../src/app/domain/collections';
import type { DurableStore, Row } from './store';

export interface Change {
  id: string;
  before: Row | null;
  after: Row | null;
  /** The collection of this change when it is not the write's own (indicators copied with a framework). */
  collection?: string;
}

/** The audit trail with these changes appended, to commit together with them. */
export function withAudit(
  store: DurableStore,
  who: string,
  collection: string,
  changes: readonly Change[],
  reason: string | null,
): Record<string, Row[]> {
  const trail = store.rows(AUDIT_COLLECTION);
  let seq = Number(trail.at(-1)?.['seq'] ?? 0);
  const at = new Date().toISOString();
  const entries = changes.map((c) => ({
    seq: ++seq,
    at,
    who,
    collection: c.collection ?? collection,
    id: c.id,
    before: c.before,
    after: c.after,
    reason,
  }));
  return { [AUDIT_COLLECTION]: [...trail, ...entries] };
}
