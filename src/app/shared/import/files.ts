/**
 * Reading a file to import — CSV (UTF-8) or the first sheet of an XLSX workbook — as text cells,
 * and the checks every import makes before it looks at a row.
 */
import type { Problem } from '../../domain/problems';

export const MAX_ROWS = 5000;
export const MAX_BYTES = 5 * 1024 * 1024;

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** Reads a CSV file as UTF-8, refusing text that is not. */
export async function readCsv(file: File): Promise<string[][] | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: $localize`The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.` };
  }
  if (text.includes('\u0000')) return { error: $localize`The file is not a CSV text file.` };
  return parseCsv(text.replace(/^\ufeff/, ''));
}

/** Reads the first sheet of an XLSX workbook as text cells. */
export async function readXlsx(file: File): Promise<string[][] | { error: string }> {
  const module = await import('exceljs');
  const { Workbook } = (module as unknown as { default?: typeof module }).default ?? module;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(await file.arrayBuffer());
  } catch {
    return { error: $localize`The file is not a readable XLSX workbook.` };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { error: $localize`The workbook has no sheet.` };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(cellText(v));
    }
    rows.push(cells);
  });
  return rows;
}

/** A cell as text; dates (which spreadsheets store as UTC instants) as plain ISO dates. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  if (typeof v === 'object' && 'result' in v) return cellText((v as { result: unknown }).result);
  return String(v);
}

/**
 * Why a table in the template's layout cannot be checked row by row: empty, a required field
 * without a column or default, a column the template does not have, no rows, too many rows.
 */
export function tableProblem(
  table: readonly (readonly string[])[],
  known: readonly string[],
  required: readonly string[],
): string | null {
  if (table.length === 0) return $localize`The file is empty.`;
  const header = table[0]!.map((h) => h.trim().replace(/^\ufeff/, ''));
  const unknown = header.filter((h) => h && !known.includes(h));
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length)
    return $localize`Choose a column or a default for the required fields: ${missing.join(', ')}:missing:.`;
  if (unknown.length)
    return $localize`The columns do not match the template (unknown columns: ${unknown.join(', ')}:unknown:). Download the template to see them.`;
  if (table.length === 1) return $localize`The file has a header but no rows.`;
  if (table.length - 1 > MAX_ROWS)
    return $localize`The file has ${table.length - 1}:rows: rows; import at most ${MAX_ROWS}:max: at a time.`;
  return null;
}

/** A number cell: empty is unknown (null); text that is not a number is a problem of `field`. */
export function number(value: string, field: string, problems: Problem[]): number | null {
  const text = value.trim();
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) problems.push({ field, code: 'not-number' });
  return Number.isFinite(n) ? n : null;
}

/** A list cell, in the template's layout (semicolons). */
export const split = (value: string) =>
  value
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
