import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { problemText } from '../../domain/problem-text';
import { downloadCsv } from '../../shared/export';
import { activitiesFeature, ActivityImportActions } from '../../state/activities';
import { referenceFeature } from '../../state/reference';
import { selectReferenceIds } from '../../state/quality';
import {
  MAX_BYTES,
  previewImport,
  PreviewRow,
  readCsv,
  readXlsx,
  templateRows,
} from './activity-table';

/** Import activities from CSV or XLSX: every row checked first, then the valid rows or nothing. */
@Component({
  selector: 'app-activity-import-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule],
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
  /** The chosen file's cells, once read. */
  protected readonly table = signal<string[][] | null>(null);
  private readonly readError = signal<string | null>(null);
  private readonly checked = computed(() => {
    const table = this.table();
    return table && this.referenceLoaded() ? previewImport(table, this.refs()) : null;
  });
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
    (this.preview() ?? []).filter((r) => r.problems.length === 0),
  );
  protected readonly invalid = computed(() =>
    (this.preview() ?? []).filter((r) => r.problems.length > 0),
  );

  constructor() {
    this.store.dispatch(ActivityImportActions.opened());
    // Once an import has finished, its file is done with: the outcome replaces the preview.
    effect(() => {
      if (this.result()) this.table.set(null);
    });
  }

  protected downloadTemplate(): void {
    downloadCsv('activities-template.csv', templateRows());
  }

  protected async fileChosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    this.table.set(null);
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
    this.table.set(table);
  }

  protected importValid(): void {
    const rows = this.valid();
    if (!rows.length) return;
    this.store.dispatch(
      ActivityImportActions.importConfirmed({ activities: rows.map((r) => r.activity) }),
    );
  }

  protected cancel(): void {
    this.table.set(null);
    this.fileName.set(null);
  }
}
