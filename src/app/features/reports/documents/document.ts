/**
 * A report as plain structure — headings, paragraphs, lists and tables of text — so the page,
 * its A4 print and the DOCX are drawn from one model and say the same thing.
 */

export type Block =
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'list'; items: readonly string[] }
  | {
      kind: 'table';
      /** Says what the table holds (its accessible name; DOCX readers see it above). */
      caption: string;
      head: readonly string[];
      rows: readonly (readonly string[])[];
      /** Columns of figures, aligned right. */
      numeric?: readonly number[];
    };

export interface ReportSection {
  heading: string;
  blocks: readonly Block[];
}

export interface ReportDocument {
  /** "Annual Report 2026" — also the DOCX's title and the printed page's header. */
  title: string;
  subtitle: string;
  /** Prepared on, which figures (live or an approved round), demonstration label. */
  meta: readonly string[];
  sections: readonly ReportSection[];
  /** The download's name, without extension. */
  fileName: string;
}

export const paragraph = (text: string, note = false): Block => ({ kind: 'paragraph', text, note });
export const list = (items: readonly string[]): Block => ({ kind: 'list', items });
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): Block {
  return { kind: 'table', caption, head, rows, numeric };
}
