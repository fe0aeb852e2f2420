import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Auth } from '../../core/auth';
import { formatAmount, formatValue } from '../../core/format';
import { formatIsoDate, ITEM_STATE_LABELS } from '../../core/labels';
import type { WorkPlanItem } from '../../domain/schema';
import type { Figure } from '../../results/figure';
import { ITEM_STATES, type ItemState } from '../../results/workplan';
import { referenceFeature } from '../../state/reference';
import { RecordEditorActions, recordWritesFeature } from '../../state/records';
import { ChartTheme } from '../../shared/chart-theme';
import { Chart } from '../../shared/chart';
import { downloadCsv, downloadXlsx } from '../../shared/export';
import { ItemDialog, type ItemDialogData } from './item-dialog';
import { itemStateChart, itemTable } from './workplan.view';
import {
  selectImplementation,
  selectItemFilter,
  selectShownItems,
  selectWorkPlan,
  selectWorkPlanYear,
  selectWorkPlanYears,
} from './workplan.selectors';

/**
 * The Annual Work Plan of a year: its items and where each stands, how much of what is due has
 * been delivered (overall and by goal), what was delivered outside the plan, and the budget
 * planned against what the delivering activities cost.
 */
@Component({
  selector: 'app-workplan-page',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, RouterLink, Chart],
  templateUrl: './workplan-page.html',
  styleUrl: './workplan-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkplanPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly auth = inject(Auth);
  protected readonly year = this.store.selectSignal(selectWorkPlanYear);
  protected readonly years = this.store.selectSignal(selectWorkPlanYears);
  protected readonly plan = this.store.selectSignal(selectWorkPlan);
  protected readonly result = this.store.selectSignal(selectImplementation);
  protected readonly framework = this.store.selectSignal(referenceFeature.selectCurrentFramework);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly settings = this.store.selectSignal(referenceFeature.selectSettings);
  protected readonly writes = this.store.selectSignal(recordWritesFeature.selectRecordWritesState);
  protected readonly format = formatIsoDate;
  protected readonly mayEdit = computed(() => this.auth.can('workPlans'));

  protected readonly states = ITEM_STATES.map((state) => ({
    state,
    label: ITEM_STATE_LABELS[state],
  }));
  protected stateLabel(state: ItemState): string {
    return ITEM_STATE_LABELS[state];
  }

  /** "1 of 2 due delivered (50 %)", or that nothing is due yet. */
  protected readonly rate = computed(() => {
    const overall = this.result()?.overall;
    if (!overall) return '';
    return overall.rate === null
      ? $localize`Nothing is due yet.`
      : $localize`${overall.delivered}:delivered: of ${overall.due}:due: items due delivered (${formatValue(overall.rate * 100, '%')}:rate:)`;
  });

  /** Delivered ÷ due by strategic goal, named. */
  protected readonly byGoal = computed(() =>
    (this.result()?.byGoal ?? []).map((g) => ({
      ...g,
      name: this.goals().find((x) => x.id === g.id)?.code ?? g.id,
      text:
        g.rate === null
          ? $localize`nothing due`
          : $localize`${g.delivered}:delivered: of ${g.due}:due:`,
    })),
  );

  private readonly currency = computed(() => this.settings()?.currency);
  protected amount(figure: Figure): string {
    return formatAmount(figure, this.currency());
  }

  protected readonly filter = this.store.selectSignal(selectItemFilter);
  protected readonly shown = this.store.selectSignal(selectShownItems);
  protected readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly goalList = this.goals;
  private readonly palette = inject(ChartTheme).palette;
  protected readonly chart = computed(() => {
    const r = this.result();
    return r && itemStateChart(r.items, this.palette(), this.goals());
  });

  /** Narrows the items table; the URL keeps it. */
  protected narrow(key: 'state' | 'wg' | 'goal', value: string | null): void {
    void this.router.navigate([], {
      queryParams: { [key]: value || null },
      queryParamsHandling: 'merge',
    });
  }

  private table() {
    return itemTable(this.shown(), { goals: this.goals(), groups: this.groups() }, this.currency());
  }

  protected exportCsv(): void {
    downloadCsv(`rso-work-plan-${this.year()}.csv`, this.table());
  }

  protected exportXlsx(): Promise<void> {
    return downloadXlsx(
      `rso-work-plan-${this.year()}.xlsx`,
      $localize`Work plan ${this.year()}:year:`,
      this.table(),
    );
  }

  protected chooseYear(year: string): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected create(): void {
    const framework = this.framework();
    if (!framework) return;
    this.store.dispatch(
      RecordEditorActions.saveClicked({
        collection: 'workPlans',
        record: {
          id: '',
          framework: framework.id,
          year: this.year(),
          items: [],
          version: 1,
        } as never,
        isNew: true,
        reason: null,
      }),
    );
  }

  protected edit(item: WorkPlanItem | null): void {
    const plan = this.plan();
    if (!plan) return;
    this.dialog.open<ItemDialog, ItemDialogData>(ItemDialog, {
      data: { plan, item },
      width: '640px',
      maxWidth: '95vw',
    });
  }
}
