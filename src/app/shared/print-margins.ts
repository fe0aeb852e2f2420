import { DOCUMENT, effect, inject, type EffectRef } from '@angular/core';

/** A CSS string holding `text` as text: quotes, backslashes and line ends escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

/**
 * Each printed page carries `header()` in its top margin and "Page n of m" in the bottom one, in
 * the reader's language (the words are translated; the numbers are the printer's counters).
 * Call it in a field initialiser of a page that prints; nothing is added while header() is null.
 */
export function printMargins(header: () => string | null): EffectRef {
  const document = inject(DOCUMENT);
  return effect((onCleanup) => {
    const text = header();
    if (text === null) return;
    // Markers where the printer's counters go, whatever the words' order in the language.
    const [before, between, after] = $localize`Page ${'{page}'}:page: of ${'{pages}'}:pages:`.split(
      /\{pages?\}/,
    );
    const pageNumber = [
      cssString(before ?? ''),
      'counter(page)',
      cssString(between ?? ''),
      'counter(pages)',
      cssString(after ?? ''),
    ].join(' ');
    const margin = 'font: 9pt Arial, sans-serif; color: #44474e;';
    const style = document.createElement('style');
    style.textContent = `@page { @top-left { content: ${cssString(text)}; ${margin} } @bottom-right { content: ${pageNumber}; ${margin} } }`;
    document.head.append(style);
    onCleanup(() => style.remove());
  });
}
