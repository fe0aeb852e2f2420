// Checks the Indonesian catalogue against the messages the source marks for translation:
// every message translated, the same placeholders, no translation left identical to the English
// unless listed as the same in both languages, plural messages with an `other` case, and the
// glossary applied. Extracts the messages with `ng extract-i18n` (unless given a file) and
// checks the committed English catalogue (src/locale/messages.json, which the end-to-end text
// check reads) is the same: `npm run i18n:extract` writes it again after a change of text.
//   node scripts/i18n-check.mjs [--from extracted.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

function extracted() {
  const from = process.argv.indexOf('--from');
  if (from > 0) return read(process.argv[from + 1]).translations;
  const dir = mkdtempSync(join(tmpdir(), 'rso-i18n-'));
  try {
    execFileSync('npx', ['ng', 'extract-i18n', '--format', 'json', '--output-path', dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return read(join(dir, 'messages.json')).translations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The placeholders of a message: {$NAME} and, inside plural cases, {NAME}. */
function placeholders(message) {
  return [...message.matchAll(/\{\$?([A-Z_a-z0-9]+)\}/g)].map((m) => m[1]).sort();
}
const isPlural = (message) => /^\{VAR_[A-Z_]+, plural,/.test(message.trim());

/** The checks, as a list of failures (empty when the catalogue is complete and consistent). */
export function checkCatalogue(source, target, same, glossary) {
  const failures = [];
  const sameText = new Set(same.messages);
  for (const [id, english] of Object.entries(source)) {
    const indonesian = target[id];
    const what = `${id} "${english.trim().slice(0, 70)}"`;
    if (typeof indonesian !== 'string' || !indonesian.trim()) {
      failures.push(`no Indonesian for ${what}`);
      continue;
    }
    const a = placeholders(english);
    const b = placeholders(indonesian);
    const differ = isPlural(english)
      ? [...new Set(a)].join() !== [...new Set(b)].join()
      : a.join() !== b.join();
    if (differ) failures.push(`placeholders differ in ${what}: ${a.join(',')} → ${b.join(',')}`);
    if (isPlural(english) && !/\bother \{/.test(indonesian))
      failures.push(`plural without an "other" case in ${what}`);
    if (indonesian.trim() === english.trim() && !sameText.has(english.trim()))
      failures.push(`translation identical to the English, not listed as the same: ${what}`);
    const words = english.replace(/\{\$?[A-Za-z_0-9]+\}/g, ' ');
    for (const term of glossary.terms) {
      if (glossary.exceptions[id]?.includes(term.en)) continue;
      const inEnglish = new RegExp(`(^|[^\\p{L}])${term.en}($|[^\\p{L}])`, 'iu').test(words);
      if (inEnglish && !indonesian.toLowerCase().includes(term.id.toLowerCase()))
        failures.push(
          `glossary: "${term.en}" should read "${term.id}" in ${what}: ${indonesian.trim()}`,
        );
    }
  }
  for (const id of Object.keys(target))
    if (!(id in source)) failures.push(`translation of a message the source no longer has: ${id}`);
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = extracted();
  const target = read('src/locale/messages.id.json').translations;
  const committed = read('src/locale/messages.json').translations;
  const drift = [
    ...Object.keys(source).filter((id) => committed[id] !== source[id]),
    ...Object.keys(committed).filter((id) => !(id in source)),
  ];
  if (drift.length)
    console.error(
      `✗ src/locale/messages.json differs from the source in ${drift.length} messages: run npm run i18n:extract`,
    );
  const failures = checkCatalogue(
    source,
    target,
    read('src/locale/same-in-both.json'),
    read('src/locale/glossary-id.json'),
  );
  for (const f of failures) console.error(`✗ ${f}`);
  const count = Object.keys(source).length;
  if (failures.length || drift.length) {
    console.error(`Indonesian catalogue: ${failures.length} problems in ${count} messages.`);
    process.exit(1);
  }
  console.log(`Indonesian catalogue: ${count} messages, all translated and consistent.`);
}
