/**
 * Reference data as the reader reads it: in Bahasa Indonesia, a record's Indonesian texts take
 * the place of the English ones (English where a text has no translation yet), and member
 * states are named by the browser's own country names. The records as stored stay as they
 * are: `stored()` gives a readable copy's original back, so a form never writes a translation
 * over the English text.
 */
import type { ReferenceData } from '../domain/reference-data';
import { runningLanguage } from './language';
import { countryName } from './country-names';

export interface Translatable {
  translations?: { id?: Record<string, unknown> } | undefined;
}

const originals = new WeakMap<object, object>();

/** The stored record behind a readable copy (the record itself when it is not a copy). */
export function stored<T extends object>(record: T): T {
  return (originals.get(record) as T | undefined) ?? record;
}

function readable<T extends Translatable>(record: T, fields: readonly (keyof T & string)[]): T {
  const texts = record.translations?.id;
  if (!texts) return record;
  const copy = { ...record };
  for (const field of fields) {
    const text = texts[field];
    if (typeof text === 'string' && text.trim()) (copy as Record<string, unknown>)[field] = text;
  }
  originals.set(copy, record);
  return copy;
}

/** The texts a reader of Bahasa Indonesia would otherwise read in English. */
export const TRANSLATED_FIELDS = {
  frameworks: ['name'],
  goals: ['title', 'statement'],
  purposes: ['title', 'statement'],
  functions: ['title', 'statement'],
  workingGroups: ['name'],
  meetings: ['name', 'shortName'],
  indicators: ['name', 'definition', 'unit'],
  members: ['name'],
} as const;

export type TranslatedCollection = keyof typeof TRANSLATED_FIELDS;

export function readableReference(data: ReferenceData): ReferenceData {
  if (runningLanguage() === 'en') return data;
  const each = <K extends TranslatedCollection>(collection: K) =>
    (data[collection] as Translatable[]).map((r) =>
      readable(r, TRANSLATED_FIELDS[collection] as never),
    ) as ReferenceData[K];
  return {
    ...data,
    frameworks: each('frameworks'),
    goals: each('goals'),
    purposes: each('purposes'),
    functions: each('functions'),
    workingGroups: each('workingGroups'),
    meetings: each('meetings'),
    indicators: each('indicators'),
    members: data.members.map((m) => {
      if (m.kind === 'organisation') return readable(m, ['name']);
      const name = countryName(m.code, 'id');
      if (!name) return m;
      const copy = { ...m, name };
      originals.set(copy, m);
      return copy;
    }),
  };
}

/**
 * A record's Indonesian texts from a form's fields: the non-empty ones, keeping where the
 * translation came from; nothing at all when every field is empty.
 */
export function indonesianTexts<K extends string>(
  texts: Record<K, string>,
  before?: Translatable | null,
): { translations?: { id: Partial<Record<K, string>> & { source?: 'official' | 'product' } } } {
  const given = Object.entries(texts)
    .map(([field, text]) => [field, String(text).trim()] as const)
    .filter(([, text]) => text !== '');
  if (!given.length) return {};
  const source = before?.translations?.id?.['source'];
  return {
    translations: {
      id: {
        ...(Object.fromEntries(given) as Partial<Record<K, string>>),
        ...(source === 'official' || source === 'product' ? { source } : {}),
      },
    },
  };
}
