/**
 * How the app reads what the server writes in English — its refusals' sentences and the
 * reference data's texts — in the language it runs in. In English the server's own text is
 * the reader's; another language installs its readers before the app starts (main.ts loads
 * core/translated-readers with the catalogue), so English readers download none of them.
 */
import type { BulkOutcome } from '../domain/bulk';
import type { Problem } from '../domain/problems';
import type { ReferenceData } from '../domain/reference-data';
import type { Refusal } from '../domain/refusal-text';

export interface Readers {
  refusal(refusal: Refusal): string;
  problem(problem: Problem): string;
  bulkOutcome(outcome: Exclude<BulkOutcome, { saved: true }>): string;
  reference(data: ReferenceData): ReferenceData;
}

let readers: Readers | null = null;

export function installReaders(installed: Readers): void {
  readers = installed;
}

/** A refusal's sentence in the reader's language (the server's, in English). */
export function readRefusal(body: Refusal & { message?: unknown }): string | null {
  if (readers) return readers.refusal(body);
  return typeof body.message === 'string' ? body.message : null;
}

/** What is wrong with a field, in the reader's language (the server's, in English). */
export function readProblem(problem: Problem & { message?: unknown }): string {
  return readers ? readers.problem(problem) : String(problem.message ?? '');
}

export function readBulkOutcome(outcome: Exclude<BulkOutcome, { saved: true }>): string {
  return readers ? readers.bulkOutcome(outcome) : outcome.message;
}

/** The reference data with its texts in the reader's language (as stored, in English). */
export function readReference(data: ReferenceData): ReferenceData {
  return readers ? readers.reference(data) : data;
}
