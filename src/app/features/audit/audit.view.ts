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
  /** The record's title or name as it was last known (after the change, or before a delete). */
  name: string | null;
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
  if (Array.isArray(value)) return value.length ? value.map(item).join(', ') : '—';
  return item(value);
}

/** One element of a list in words: a member with its count "THA (12)", or its fields. */
function item(value: unknown): string {
  if (value === null || typeof value !== 'object') return text(value);
  const record = value as Record<string, unknown>;
  if ('code' in record && 'count' in record)
    return `${text(record['code'])} (${text(record['count'])})`;
  return Object.entries(record)
    .map(([k, v]) => `${k} ${text(v)}`)
    .join(', ');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

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
    // A nested record (participants, baseline, evaluation) is compared field by field too.
    if (isPlainObject(before[field]) || isPlainObject(after[field])) {
      const was = isPlainObject(before[field]) ? before[field] : {};
      const now = isPlainObject(after[field]) ? after[field] : {};
      for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])]) {
        const a = text(was[key]);
        const b = text(now[key]);
        if (a !== b) lines.push({ field: `${field}.${key}`, before: a, after: b });
      }
      continue;
    }
    const was = text(before[field]);
    const now = text(after[field]);
    if (was !== now) lines.push({ field, before: was, after: now });
  }
  return lines;
}

/** A record as people know it: an activity's title, an indicator's code and name, a meeting's short name. */
export function recordName(
  collection: string,
  record: Record<string, unknown> | null,
): string | null {
  if (!record) return null;
  const field = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
  switch (collection) {
    case 'indicators':
      return [field('code'), field('name')].filter(Boolean).join(' ') || null;
    case 'actuals':
      return [field('indicator'), field('date')].filter(Boolean).join(' · ') || null;
    case 'narratives':
      return (
        [field('indicator') ?? field('goal'), field('period')].filter(Boolean).join(' · ') || null
      );
    default:
      return field('title') ?? field('shortName') ?? field('name') ?? field('username');
  }
}

export function auditRow(entry: AuditEntry): AuditRow {
  return {
    seq: entry.seq,
    when: `${entry.at.slice(0, 10)} ${entry.at.slice(11, 16)} UTC`,
    date: entry.at.slice(0, 10),
    who: entry.who,
    collection: entry.collection,
    id: entry.id,
    name: recordName(entry.collection, entry.after ?? entry.before),
    action: entry.before === null ? 'created' : entry.after === null ? 'deleted' : 'changed',
    changes: entry.before && entry.after ? changeLines(entry) : [],
    reason: entry.reason,
  };
}
