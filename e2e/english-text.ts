import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * What of a page is still in English when it should be in Bahasa Indonesia: every text the
 * reader sees or hears (text nodes, aria-label, title, placeholder, the charts' SVG text)
 * compared with the product's English catalogue. Data without a translation (activity titles,
 * narratives, people's names) is not in the catalogue, so it is never counted; nor are
 * identifiers shown as code (the field names of an audit entry).
 */
const catalogue = JSON.parse(readFileSync('src/locale/messages.json', 'utf8')) as {
  translations: Record<string, string>;
};
/** Compared without case: "output" shown raw is the English "Output" all the same. */
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const sameInBoth = new Set(
  (
    JSON.parse(readFileSync('src/locale/same-in-both.json', 'utf8')) as { messages: string[] }
  ).messages.map(normal),
);

const messages = Object.values(catalogue.translations)
  .map(normal)
  .filter((m) => !sameInBoth.has(m) && !m.startsWith('{VAR_'));
/** Messages without placeholders, as the reader would see them. */
const whole = new Set(messages.filter((m) => !m.includes('{$')));
/**
 * Messages with placeholders, as patterns: only those with enough words of their own that a
 * piece of data could not match them by chance.
 */
const patterns = messages
  .filter((m) => m.includes('{$'))
  .map((m) => ({ m, literal: m.replace(/\{\$[A-Za-z_0-9]+\}/g, ' ') }))
  .filter(({ literal }) => (literal.match(/\p{L}{3,}/gu) ?? []).length >= 3)
  .map(({ m }) => {
    const parts = m
      .split(/\{\$[A-Za-z_0-9]+\}/)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('.+?')}$`, 'iu');
  });

export function isEnglishMessage(text: string): boolean {
  const t = normal(text);
  if (!t || !/\p{L}/u.test(t)) return false;
  return whole.has(t) || patterns.some((p) => p.test(t));
}

/** The texts a reader meets on the page: visible text, names and hints, chart text. */
export async function readerTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visible = (e: Element) => {
      const box = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      // Code elements hold identifiers as stored (an audit entry's field names), not prose.
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'CODE'].includes(parent.tagName)) continue;
      if (parent.closest('.visually-hidden, .cdk-visually-hidden') || visible(parent))
        texts.push(n.textContent ?? '');
    }
    for (const e of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder'])
        if (e.getAttribute(a)) texts.push(e.getAttribute(a)!);
    for (const e of document.querySelectorAll('svg text, svg tspan, svg title'))
      texts.push(e.textContent ?? '');
    return texts;
  });
}

/** The English catalogue texts on the page (each once). */
export async function englishOn(page: Page): Promise<string[]> {
  return [...new Set((await readerTexts(page)).map(normal).filter(isEnglishMessage))];
}
