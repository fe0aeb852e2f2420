import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain ES module script without types
import { checkCatalogue } from './i18n-check.mjs';

const glossary = {
  terms: [{ en: 'indicators?', id: 'indikator' }],
  exceptions: {},
};
const same = { messages: ['RSO'] };

test('a complete, consistent catalogue passes', () => {
  const failures = checkCatalogue(
    {
      a: 'Indicator {$code}',
      b: 'RSO',
      c: '{VAR_PLURAL, plural, =1 {1 row} other {{INTERPOLATION} rows}}',
    },
    { a: 'Indikator {$code}', b: 'RSO', c: '{VAR_PLURAL, plural, other {{INTERPOLATION} baris}}' },
    same,
    glossary,
  );
  assert.deepEqual(failures, []);
});

test('missing, unlisted identical, placeholder, plural and glossary faults are each found', () => {
  const failures: string[] = checkCatalogue(
    {
      missing: 'Save',
      same: 'Status',
      placeholder: 'Row {$row}',
      plural: '{VAR_PLURAL, plural, =1 {1 row} other {{INTERPOLATION} rows}}',
      term: 'Indicators on track',
    },
    {
      same: 'Status',
      placeholder: 'Baris {$line}',
      plural: '{VAR_PLURAL, plural, =1 {1 baris}}',
      term: 'Ukuran sesuai jalur',
      stale: 'Lama',
    },
    same,
    glossary,
  );
  const has = (pattern: RegExp) => failures.some((f) => pattern.test(f));
  assert.ok(has(/no Indonesian for missing/));
  assert.ok(has(/identical to the English.*same/));
  assert.ok(has(/placeholders differ in placeholder/));
  assert.ok(has(/plural without an "other" case/));
  assert.ok(has(/glossary: "indicators\?" should read "indikator" in term/));
  assert.ok(has(/no longer has: stale/));
});
