/** Turning a table on screen into a CSV or XLSX download, cell for cell. */

/** A number and the display format a spreadsheet shows it in ("#,##0.0"): still a number. */
export interface FormattedNumber {
  value: number;
  format: string;
}

export type Cell = string | number | FormattedNumber | null;

/** A figure as a spreadsheet number: whole numbers grouped, others with one decimal. */
export function numberCell(value: number | null, unit: '' | '%' = ''): Cell {
  if (value === null || !Number.isFinite(value)) return null;
  const digits = Number.isInteger(value) ? '#,##0' : '#,##0.0';
  return { value, format: unit === '%' ? `${digits}" %"` : digits };
}

/**
 * Text that a spreadsheet would run as a formula is prefixed with an apostrophe: one that
 * starts with =, +, -, @, a tab or a carriage return, after any spaces, or that would once a
 * spreadsheet splits the cell on a semicolon or comma (`x;=cmd|…`). Numbers are written as
 * numbers.
 */
function safeText(value: string): string {
  return /^[\t\r]|(^|[;,])\s*[=+\-@]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  const cell = (c: Cell) => {
    if (c === null) return '';
    if (typeof c === 'number') return String(c);
    if (typeof c === 'object') return String(c.value);
    const text = safeText(c);
    // Quoted whenever a reader could split it: a semicolon or a tab is a separator to some.
    return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function download(filename: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(filename: string, rows: readonly (readonly Cell[])[]): void {
  download(filename, toCsv(rows), 'text/csv;charset=utf-8');
}

/** Builds the workbook with exceljs, loaded only when the user asks for it. */
export async function downloadXlsx(
  filename: string,
  sheet: string,
  rows: readonly (readonly Cell[])[],
  headerRows = 1,
): Promise<void> {
  const module = await import('exceljs');
  // exceljs is CommonJS: bundled for the browser, its classes sit on the default export.
  const { Workbook } = (module as unknown as { default?: typeof module }).default ?? module;
  const workbook = new Workbook();
  const ws = workbook.addWorksheet(sheet.slice(0, 31));
  for (const r of rows) {
    const row = ws.addRow(
      r.map((c) =>
        typeof c === 'string' ? safeText(c) : typeof c === 'object' && c ? c.value : c,
      ),
    );
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = c.format;
    });
  }
  for (let i = 1; i <= headerRows; i++) ws.getRow(i).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: headerRows, xSplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  download(filename, buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
