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
import { previewImport, PreviewRow, templateRows } from './activity-table';
import { ACTIVITY_IMPORT } from './import-mapping';
import { ImportMappingEditor } from '../../shared/import/mapping-editor';
import { ImportSession } from '../../shared/import/session';

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
    ImportMappingEditor,
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
  private readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  private readonly activities = this.store.selectSignal(activitiesFeature.selectAll);
  /** The file, read and mapped to the template's layout. */
  protected readonly session = new ImportSession(ACTIVITY_IMPORT, () => ({
    members: this.members(),
    groups: this.groups(),
  }));
  protected readonly fileName = this.session.fileName;
  protected readonly table = this.session.table;
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
    return this.session.readError() ?? (checked && 'error' in checked ? checked.error : null);
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
      if (this.result()) this.session.raw.set(null);
    });
  }

  /** The rows not imported and why, as a file to fix and import again. */
  protected downloadSetAside(): void {
    const raw = this.session.raw();
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
    this.store.dispatch(ActivityImportActions.fileChosen());
    await this.session.read(input);
  }

  protected importValid(): void {
    const rows = this.valid();
    if (!rows.length) return;
    this.session.remember();
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
    this.session.clear();
  }
}
