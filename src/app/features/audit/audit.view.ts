/**
 * The audit trail in words: when (UTC, as stored), who, what record, and what changed — each
 * changed field with its value before and after; targets period by period.
 */
import type { AuditEntry } from '../../domain/schema';

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

export interface AuditRow {
  seq: number;
  /** "2026-11-25 05:31 UTC": the stored instant, never shifted to a local zone. */
  when: string;
  date: string;
  who: string;
  collection: string;
  id: string;
  action: 'created' | 'changed' | 'deleted';
  changes: ChangeLine[];
  reason: string | null;
}

/** Fields every write changes: not worth a line. */
const BOOKKEEPING = new Set(['version', 'updated']);

function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

type Targets = { period: string; value: number }[];

/** Targets compared period by period: "targets 2019: 10 → 12". */
function targetLines(before: unknown, after: unknown): ChangeLine[] {
  const map = (list: unknown) =>
    new Map(((Array.isArray(list) ? list : []) as Targets).map((t) => [t.period, t.value]));
  const was = map(before);
  const now = map(after);
  return [...new Set([...was.keys(), ...now.keys()])]
    .sort()
    .filter((p) => was.get(p) !== now.get(p))
    .map((p) => ({ field: `targets ${p}`, before: text(was.get(p)), after: text(now.get(p)) }));
}

export function changeLines(entry: Pick<AuditEntry, 'before' | 'after'>): ChangeLine[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const lines: ChangeLine[] = [];
  for (const field of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    if (BOOKKEEPING.has(field) && entry.before && entry.after) continue;
    if (field === 'targets') {
      lines.push(...targetLines(before[field], after[field]));
      continue;
    }
    const was = text(before[field]);
    const now = text(after[field]);
    if (was !== now) lines.push({ field, before: was, after: now });
  }
  return lines;
}

export function auditRow(entry: AuditEntry): AuditRow {
  return {
    seq: entry.seq,
    when: `${entry.at.slice(0, 10)} ${entry.at.slice(11, 16)} UTC`,
    date: entry.at.slice(0, 10),
    who: entry.who,
    collection: entry.collection,
    id: entry.id,
    action: entry.before === null ? 'created' : entry.after === null ? 'deleted' : 'changed',
    changes: entry.before && entry.after ? changeLines(entry) : [],
    reason: entry.reason,
  };
}
