/** Reference texts without their Indonesian: what Data quality lists. */
import type { ReferenceData } from '../../domain/reference-data';
import {
  TRANSLATED_FIELDS,
  type Translatable,
  type TranslatedCollection,
} from '../../core/readable';

/** A text the reader of Bahasa Indonesia would see in English, for the data-quality list. */
export interface MissingTranslation {
  collection: TranslatedCollection;
  id: string;
  /** The record's name as stored (English). */
  label: string;
  fields: string[];
}

/** Every record text without its Indonesian, states excepted (the browser names them). */
export function missingTranslations(data: ReferenceData): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const collection of Object.keys(TRANSLATED_FIELDS) as TranslatedCollection[]) {
    for (const record of data[collection] as (Translatable & Record<string, unknown>)[]) {
      if (collection === 'members' && record['kind'] === 'state') continue;
      const fields = (TRANSLATED_FIELDS[collection] as readonly string[]).filter((f) => {
        const english = record[f];
        const text = record.translations?.id?.[f];
        return (
          typeof english === 'string' &&
          english.trim() !== '' &&
          !(typeof text === 'string' && text.trim())
        );
      });
      if (fields.length)
        missing.push({
          collection,
          id: String(record['id']),
          label: String(record['name'] ?? record['title'] ?? record['id']),
          fields,
        });
    }
  }
  return missing;
}
