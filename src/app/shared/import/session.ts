import { computed, signal } from '@angular/core';
import { MAX_BYTES, readCsv, readXlsx } from './files';
import {
  applyMapping,
  firstMapping,
  type ImportMapping,
  type ImportSpec,
  mappingKey,
  suggestValues,
  valueRows,
  valuesIn,
  type Vocabulary,
} from './mapping';

/** The mapping last used for files with these columns (kept in this browser). */
function readMapping(key: string): ImportMapping | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as ImportMapping) : null;
  } catch {
    return null;
  }
}

/**
 * One file being imported: read, mapped to the template's layout (the mapping remembered for
 * the next file with the same columns), ready to be checked row by row by its page.
 */
export class ImportSession {
  readonly fileName = signal<string | null>(null);
  /** The chosen file's cells, once read, as the file has them. */
  readonly raw = signal<string[][] | null>(null);
  /** Which column is which field, what the file's values mean, defaults, the separator. */
  readonly mapping = signal<ImportMapping | null>(null);
  readonly readError = signal<string | null>(null);
  readonly headers = computed(() => this.raw()?.[0] ?? []);
  /** The file in the template's layout, through the mapping. */
  readonly table = computed(() => {
    const raw = this.raw();
    const mapping = this.mapping();
    return raw && mapping ? applyMapping(raw, mapping, this.spec) : null;
  });
  readonly valueRows = computed(() => {
    const raw = this.raw();
    const mapping = this.mapping();
    return raw && mapping ? valueRows(raw, mapping, this.vocab(), this.spec) : [];
  });
  readonly fields: readonly { field: string; required: boolean }[];

  constructor(
    private readonly spec: ImportSpec,
    private readonly vocab: () => Vocabulary,
  ) {
    this.fields = spec.fields.map((field) => ({ field, required: spec.required.includes(field) }));
  }

  /** Reads the file the input holds (and clears the input, so the same file can be chosen again). */
  async read(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this.raw.set(null);
    this.readError.set(null);
    if (!file) return;
    this.fileName.set(file.name);
    if (file.size === 0) return this.readError.set($localize`The file is empty.`);
    if (file.size > MAX_BYTES)
      return this.readError.set(
        $localize`The file is larger than 5 MB; split it into smaller files.`,
      );
    const name = file.name.toLowerCase();
    const table = name.endsWith('.xlsx')
      ? await readXlsx(file)
      : name.endsWith('.csv')
        ? await readCsv(file)
        : { error: $localize`Choose a .csv or .xlsx file.` };
    if ('error' in table) return this.readError.set(table.error);
    this.mapping.set(
      readMapping(mappingKey(table[0] ?? [], this.spec)) ??
        firstMapping(table, this.vocab(), this.spec),
    );
    this.raw.set(table);
  }

  setColumn(field: string, header: string | null): void {
    const raw = this.raw();
    const m = this.mapping();
    if (!m) return;
    const next = { ...m, columns: { ...m.columns, [field]: header } };
    // A coded column newly chosen gets its values guessed too.
    if (raw && header && this.spec.coded.includes(field)) {
      const found = valuesIn(raw, header, field, m.separator, this.spec);
      const guessed = suggestValues(field, found, this.vocab(), this.spec);
      next.values = { ...m.values, [field]: { ...guessed, ...m.values[field] } };
    }
    this.mapping.set(next);
  }

  setDefault(field: string, value: string): void {
    this.mapping.update((m) => m && { ...m, defaults: { ...m.defaults, [field]: value.trim() } });
  }

  setValue(field: string, value: string, code: string): void {
    this.mapping.update(
      (m) => m && { ...m, values: { ...m.values, [field]: { ...m.values[field], [value]: code } } },
    );
  }

  setSeparator(separator: string): void {
    this.mapping.update((m) => m && { ...m, separator });
  }

  /** Keeps the mapping for the next file with the same columns. */
  remember(): void {
    const mapping = this.mapping();
    if (!mapping) return;
    try {
      localStorage.setItem(mappingKey(this.headers(), this.spec), JSON.stringify(mapping));
    } catch {
      // A browser that keeps nothing asks again next time.
    }
  }

  clear(): void {
    this.raw.set(null);
    this.fileName.set(null);
  }
}
