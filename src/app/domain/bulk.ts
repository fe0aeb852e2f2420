/**
 * Bulk classification of activities, shared by the API and the app: many activities given
 * goals, purposes, functions or working groups in one request, each at the version it was
 * read, and an answer for every record.
 */
import * as z from 'zod/mini';
import type { Problem, ProblemParams } from './problems';
import { idSchema } from './schema';

export const CLASSIFICATION_FIELDS = ['goals', 'purposes', 'functions', 'workingGroups'] as const;
export type ClassificationField = (typeof CLASSIFICATION_FIELDS)[number];

const values = z.optional(z.array(idSchema).check(z.maxLength(50)));
const change = z.strictObject({
  goals: values,
  purposes: values,
  functions: values,
  workingGroups: values,
});

export const bulkClassificationSchema = z.strictObject({
  records: z
    .array(z.strictObject({ id: idSchema, version: z.int() }))
    .check(z.minLength(1), z.maxLength(5000)),
  /** Replace the field's values with these. */
  set: z.optional(change),
  /** Add these to the field's values (each kept once). */
  add: z.optional(change),
});
export type BulkClassification = z.infer<typeof bulkClassificationSchema>;

export type BulkOutcome =
  | { id: string; saved: true; version: number }
  | {
      id: string;
      saved: false;
      reason: 'missing' | 'stale' | 'invalid' | 'locked';
      /** For a stale record: the version now and the one read; for a locked one, the round. */
      params?: ProblemParams;
      /** For an invalid one: what is wrong. */
      problems?: Problem[];
      /** In English, for scripts; the app writes it again from the above. */
      message: string;
    };

export interface BulkAnswer<T> {
  saved: number;
  notSaved: number;
  outcomes: BulkOutcome[];
  /** The records as written. */
  records: T[];
}
