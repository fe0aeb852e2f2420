/**
 * The readers for a language other than the server's English (core/reading): the API's codes
 * written from the shared text tables, and the reference data's own translations. Imported by
 * main.ts after the catalogue is loaded, for readers of Bahasa Indonesia only.
 */
import { problemText } from '../domain/problem-text';
import { bulkOutcomeText, refusalMessage } from '../domain/refusal-text';
import { readableReference } from './readable';
import { installReaders } from './reading';

installReaders({
  refusal: refusalMessage,
  problem: problemText,
  bulkOutcome: bulkOutcomeText,
  reference: readableReference,
});
