/**
 * Bulk classification: many activities given goals, purposes, functions or working groups in
 * one request and one durable write. Each record is checked against the version the client
 * read and against the same schema and rules as a single write; those that pass are written
 * together and audited one entry each, and the answer says for every record whether it was
 * saved and, if not, why — nothing else is lost.
 *   POST /api/activities/bulk
 *   { "records": [{ "id": "act-1", "version": 3 }, …],
 *     "set": { "goals": ["SG1"] }, "add": { "workingGroups": ["WGTIP"] } }
 */
import type { Request, Response } from 'express';
import {
  type BulkOutcome,
  bulkClassificationSchema,
  CLASSIFICATION_FIELDS,
} from '../src/app/domain/bulk';
import { activityProblems, blocking } from '../src/app/domain/rules';
import { activitySchema, describeIssues } from '../src/app/domain/schema';
import { auditEntries } from './audit';
import { currentUser } from './auth';
import { bulkOutcomeText } from '../src/app/domain/refusal-text';
import './problem-text';
import { refuse } from './refuse';
import { handled, type Row, type Store } from './store';
import { lockOf, referenceIds } from './writes';

const FIELDS = CLASSIFICATION_FIELDS;

export function bulkClassification(store: Store) {
  return handled(async (req: Request, res: Response) => {
    const parsed = bulkClassificationSchema.safeParse(req.body);
    if (!parsed.success)
      return refuse(res, 400, { code: 'bulk-shape', problems: describeIssues(parsed.error) });
    const { records, set = {}, add = {} } = parsed.data;
    const touched = FIELDS.filter((f) => set[f] !== undefined || add[f] !== undefined);
    if (touched.length === 0)
      return refuse(res, 400, {
        code: 'bulk-nothing',
        problems: [{ field: 'set', code: 'required' }],
      });

    const answer = await store.transaction(async (tx) => {
      const found = await tx.some(
        'activities',
        records.map((r) => r.id),
      );
      const refs = await referenceIds(tx);
      const changes: { id: string; before: Row; after: Row }[] = [];
      const outcomes: BulkOutcome[] = [];
      for (const { id, version } of records) {
        const current = found.get(id);
        if (current === undefined) {
          outcomes.push({
            id,
            saved: false,
            reason: 'missing',
            message: bulkOutcomeText({ reason: 'missing' }),
          });
          continue;
        }
        if (current['version'] !== version) {
          outcomes.push(stale(id, Number(current['version']), version));
          continue;
        }
        const next: Row = { ...current, version: version + 1 };
        for (const field of touched) {
          const base = set[field] ?? (current[field] as string[] | undefined) ?? [];
          next[field] = [...new Set([...base, ...(add[field] ?? [])])];
        }
        const checked = activitySchema.safeParse(next);
        const problems = checked.success
          ? blocking(activityProblems(checked.data, refs))
          : describeIssues(checked.error);
        if (problems.length) {
          outcomes.push({
            id,
            saved: false,
            reason: 'invalid',
            problems,
            message: bulkOutcomeText({ reason: 'invalid', problems }),
          });
          continue;
        }
        const lock = await lockOf(tx, 'activities', current, checked.data as Row);
        if (lock) {
          const params = { period: lock.period, state: lock.state };
          outcomes.push({
            id,
            saved: false,
            reason: 'locked',
            params,
            message: bulkOutcomeText({ reason: 'locked', params }),
          });
          continue;
        }
        // Written now, only if still at the version read (another write may have come since).
        if (!(await tx.update('activities', checked.data as Row, version))) {
          const now = Number((await tx.one('activities', id))?.['version']);
          outcomes.push(stale(id, now, version));
          continue;
        }
        // The same record listed twice is changed once, from the version read.
        found.set(id, checked.data as Row);
        changes.push({ id, before: current, after: checked.data as Row });
        outcomes.push({ id, saved: true, version: version + 1 });
      }
      if (changes.length)
        await tx.audit(auditEntries(currentUser(res).username, 'activities', changes, null));
      return {
        saved: changes.length,
        notSaved: outcomes.length - changes.length,
        outcomes,
        // The records as written, so the client can take them without reading the list again.
        records: changes.map((c) => c.after),
      };
    });
    res.status(200).json(answer);
  });
}

/** Not saved: the record is at version `now`, the client read `read`. */
function stale(id: string, now: number, read: number): BulkOutcome {
  const params = { now, read };
  return {
    id,
    saved: false,
    reason: 'stale',
    params,
    message: bulkOutcomeText({ reason: 'stale', params }),
  };
}
