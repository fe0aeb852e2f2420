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
import { ImportMappingEditor } from '../../shared/import/mapping-editor';
import { ImportSession } from '../../shared/import/session';
import { selectReferenceIds } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { RecordEditorActions, recordWritesFeature } from '../../state/records';
import { ITEM_IMPORT, itemTemplateRows, previewItems } from './item-import';
import { selectWorkPlan, selectWorkPlanYear } from './workplan.selectors';

/**
 * Work-plan items from a CSV or XLSX file: the same steps as importing activities — map the
 * columns and values, check every row, then add the valid rows to the year's plan in one write,
 * or nothing.
 */
@Component({
  selector: 'app-item-import-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, ImportMappingEditor],
  templateUrl: './item-import-page.html',
  styleUrl: '../activities/activity-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemImportPage {
  private readonly store = inject(Store);
  protected readonly year = this.store.selectSignal(selectWorkPlanYear);
  protected readonly plan = this.store.selectSignal(selectWorkPlan);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  private readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  protected readonly writes = this.store.selectSignal(recordWritesFeature.selectRecordWritesState);
  protected readonly text = problemText;
  protected readonly session = new ImportSession(ITEM_IMPORT, () => ({
    members: this.members(),
    groups: this.groups(),
  }));
  private readonly checked = computed(() => {
    const table = this.session.table();
    const plan = this.plan();
    return table && plan ? previewItems(table, plan, this.refs()) : null;
  });
  protected readonly fileError = computed(() => {
    const checked = this.checked();
    return this.session.readError() ?? (checked && 'error' in checked ? checked.error : null);
  });
  private readonly rows = computed(() => {
    const checked = this.checked();
    return checked && 'rows' in checked ? checked.rows : null;
  });
  protected readonly valid = computed(() => (this.rows() ?? []).filter((r) => !r.problems.length));
  protected readonly invalid = computed(() => (this.rows() ?? []).filter((r) => r.problems.length));
  /** What the last import added, once the plan is saved. */
  protected readonly added = signal<number | null>(null);
  private sent = 0;

  constructor() {
    this.store.dispatch(RecordEditorActions.opened());
    effect(() => {
      const done = this.writes().done;
      if (done?.collection === 'workPlans' && this.sent) {
        this.added.set(this.sent);
        this.sent = 0;
        this.session.clear();
      }
    });
  }

  protected downloadTemplate(): void {
    downloadCsv(`work-plan-${this.year()}-template.csv`, itemTemplateRows(this.year()));
  }

  protected async fileChosen(input: HTMLInputElement): Promise<void> {
    this.added.set(null);
    this.store.dispatch(RecordEditorActions.opened());
    await this.session.read(input);
  }

  protected importValid(): void {
    const plan = this.plan();
    const rows = this.valid();
    if (!plan || !rows.length) return;
    this.session.remember();
    this.sent = rows.length;
    this.store.dispatch(
      RecordEditorActions.saveClicked({
        collection: 'workPlans',
        record: { ...plan, items: [...plan.items, ...rows.map((r) => r.item)] } as never,
        isNew: false,
        reason: null,
      }),
    );
  }

  protected cancel(): void {
    this.session.clear();
  }
}
