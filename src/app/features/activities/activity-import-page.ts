import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { problemText } from '../../domain/problem-text';
import { downloadCsv } from '../../shared/export';
import { activitiesFeature, ActivityImportActions } from '../../state/activities';
import { referenceFeature } from '../../state/reference';
import { selectReferenceIds } from '../../state/quality';
import type { Activity } from '../../domain/schema';
import {
  COLUMNS,
  MAX_BYTES,
  previewImport,
  PreviewRow,
  readCsv,
  readXlsx,
  REQUIRED_COLUMNS,
  templateRows,
} from './activity-table';
import {
  applyMapping,
  choicesFor,
  CODED,
  type CodedField,
  type Field,
  type ImportMapping,
  mappingKey,
  suggestColumns,
  suggestValues,
  valuesIn,
  type Vocabulary,
} from './import-mapping';

/** The mapping last used for files with these columns (kept in this browser). */
function readMapping(headers: readonly string[]): ImportMapping | null {
  try {
    const text = localStorage.getItem(mappingKey(headers));
    return text ? (JSON.parse(text) as ImportMapping) : null;
  } catch {
    return null;
  }
}

function rememberMapping(headers: readonly string[], mapping: ImportMapping): void {
  try {
    localStorage.setItem(mappingKey(headers), JSON.stringify(mapping));
  } catch {
    // A browser that keeps nothing asks again next time.
  }
}

/** Import activities from CSV or XLSX: every row checked first, then the valid rows or nothing. */
@Component({
  selector: 'app-activity-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
  ],
  templateUrl: './activity-import-page.html',
  styleUrl: './activity-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityImportPage {
  private readonly store = inject(Store);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  /** Rows are checked against the goals, members… of the reference data, so they wait for it. */
  private readonly reference = this.store.selectSignal(referenceFeature.selectData);
  protected readonly referenceLoaded = computed(() => this.reference() !== null);
  protected readonly text = problemText;
  protected readonly fileName = signal<string | null>(null);
  /** The chosen file's cells, once read, as the file has them. */
  protected readonly raw = signal<string[][] | null>(null);
  /** Which column is which field, what the file's values mean, defaults, the separator. */
  protected readonly mapping = signal<ImportMapping | null>(null);
  private readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  private readonly activities = this.store.selectSignal(activitiesFeature.selectAll);
  private readonly vocab = computed((): Vocabulary => ({
    members: this.members(),
    groups: this.groups(),
  }));
  /** The file in the template's layout, through the mapping. */
  protected readonly table = computed(() => {
    const raw = this.raw();
    const mapping = this.mapping();
    return raw && mapping ? applyMapping(raw, mapping) : null;
  });
  protected readonly headers = computed(() => this.raw()?.[0] ?? []);
  protected readonly fields = COLUMNS.map((field) => ({
    field,
    required: REQUIRED_COLUMNS.includes(field),
  }));
  /** For each coded field read from a column, its values and what each stands for. */
  protected readonly valueRows = computed(() => {
    const raw = this.raw();
    const mapping = this.mapping();
    if (!raw || !mapping) return [];
    return CODED.flatMap((field) => {
      const header = mapping.columns[field];
      if (!header) return [];
      const values = valuesIn(raw, header, field, mapping.separator);
      if (!values.length) return [];
      return [
        {
          field,
          choices: choicesFor(field, this.vocab()),
          values: values.map((value) => ({ value, code: mapping.values[field]?.[value] ?? '' })),
        },
      ];
    });
  });
  private readonly readError = signal<string | null>(null);
  private readonly checked = computed(() => {
    const table = this.table();
    return table && this.referenceLoaded() ? previewImport(table, this.refs()) : null;
  });
  /** Rows already in the register: same id, or same title and dates. */
  protected readonly duplicates = computed(() => {
    const rows = this.preview() ?? [];
    const byKey = new Map(
      this.activities().map((a) => [`${a.title}|${a.startDate}|${a.endDate}`, a]),
    );
    const byId = new Map(this.activities().map((a) => [a.id, a]));
    const found = new Map<number, Activity>();
    for (const r of rows) {
      const a = r.activity;
      const existing =
        (a.id ? byId.get(a.id) : undefined) ?? byKey.get(`${a.title}|${a.startDate}|${a.endDate}`);
      if (existing) found.set(r.row, existing);
    }
    return found;
  });
  /** What to do with rows already imported: skip them, or update the records with them. */
  protected readonly onDuplicate = signal<'skip' | 'update'>('skip');
  protected readonly fileError = computed(() => {
    const checked = this.checked();
    return this.readError() ?? (checked && 'error' in checked ? checked.error : null);
  });
  protected readonly preview = computed((): PreviewRow[] | null => {
    const checked = this.checked();
    return checked && 'rows' in checked ? checked.rows : null;
  });
  protected readonly importing = this.store.selectSignal(activitiesFeature.selectImporting);
  protected readonly result = this.store.selectSignal(activitiesFeature.selectImportResult);

  protected readonly valid = computed(() =>
    (this.preview() ?? []).filter(
      (r) =>
        r.problems.length === 0 &&
        (this.onDuplicate() === 'update' || !this.duplicates().has(r.row)),
    ),
  );
  protected readonly invalid = computed(() =>
    (this.preview() ?? []).filter((r) => r.problems.length > 0),
  );

  constructor() {
    this.store.dispatch(ActivityImportActions.opened());
    // Once an import has finished, its file is done with: the outcome replaces the preview.
    effect(() => {
      if (this.result()) this.raw.set(null);
    });
  }

  /** A remembered mapping for files with these columns, else a first guess. */
  private startMapping(table: string[][]): ImportMapping {
    const headers = table[0] ?? [];
    const remembered = readMapping(headers);
    if (remembered) return remembered;
    const cells = table.slice(1).flat().join('');
    const separator = cells.includes(';') ? ';' : cells.includes(',') ? ',' : ';';
    const mapping: ImportMapping = {
      columns: suggestColumns(headers),
      values: {},
      defaults: {},
      separator,
    };
    for (const field of CODED) {
      const header = mapping.columns[field];
      if (header)
        mapping.values[field] = suggestValues(
          field,
          valuesIn(table, header, field, separator),
          this.vocab(),
        );
    }
    return mapping;
  }

  protected setColumn(field: Field, header: string | null): void {
    this.mapping.update((m) => m && { ...m, columns: { ...m.columns, [field]: header } });
    const raw = this.raw();
    const m = this.mapping();
    // A coded column newly chosen gets its values guessed too.
    if (raw && m && header && (CODED as readonly string[]).includes(field)) {
      const coded = field as CodedField;
      const guessed = suggestValues(coded, valuesIn(raw, header, coded, m.separator), this.vocab());
      this.mapping.set({
        ...m,
        values: { ...m.values, [coded]: { ...guessed, ...m.values[coded] } },
      });
    }
  }

  protected valuesLabel(field: string): string {
    return $localize`Values of ${field}:field:`;
  }

  protected setDefault(field: Field, value: string): void {
    this.mapping.update((m) => m && { ...m, defaults: { ...m.defaults, [field]: value.trim() } });
  }

  protected setValue(field: CodedField, value: string, code: string): void {
    this.mapping.update(
      (m) => m && { ...m, values: { ...m.values, [field]: { ...m.values[field], [value]: code } } },
    );
  }

  protected setSeparator(separator: string): void {
    this.mapping.update((m) => m && { ...m, separator });
  }

  /** The rows not imported and why, as a file to fix and import again. */
  protected downloadSetAside(): void {
    const raw = this.raw();
    if (!raw) return;
    const header = raw[0] ?? [];
    downloadCsv('set-aside.csv', [
      [$localize`Row`, $localize`Why it was set aside`, ...header],
      ...this.invalid().map((r) => [
        r.row,
        r.problems.map((p) => `${p.field}: ${problemText(p)}`).join('; '),
        ...(raw[r.row - 1] ?? []),
      ]),
    ]);
  }

  protected downloadTemplate(): void {
    downloadCsv('activities-template.csv', templateRows());
  }

  protected async fileChosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this.raw.set(null);
    this.store.dispatch(ActivityImportActions.fileChosen());
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
    this.mapping.set(this.startMapping(table));
    this.raw.set(table);
  }

  protected importValid(): void {
    const rows = this.valid();
    const mapping = this.mapping();
    if (!rows.length) return;
    if (mapping) rememberMapping(this.headers(), mapping);
    const duplicates = this.duplicates();
    this.store.dispatch(
      ActivityImportActions.importConfirmed({
        activities: rows.filter((r) => !duplicates.has(r.row)).map((r) => r.activity),
        updates: rows.flatMap((r) => {
          const existing = duplicates.get(r.row);
          return existing ? [{ ...r.activity, id: existing.id, version: existing.version }] : [];
        }),
        setAside: this.invalid().length,
      }),
    );
  }

  protected cancel(): void {
    this.raw.set(null);
    this.fileName.set(null);
  }
}
