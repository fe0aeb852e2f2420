import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Auth } from '../../core/auth';
import type { Narrative } from '../../domain/schema';
import { NarrativeDialog } from '../indicators/narrative-dialog';
import { Store } from '@ngrx/store';
import { formatProgress, formatValue } from '../../core/format';
import { boundsNote, classificationNote, contributionText, formatIsoDate } from '../../core/labels';
import { SliceNote } from '../../shared/slice-note';
import { Chart } from '../../shared/chart';
import { ChartTheme } from '../../shared/chart-theme';
import { StatusChip } from '../../shared/status-chip';
import { selectSelectedPeriod } from '../../state/filter';
import { goalProgressChart } from './goal.charts';
import { selectGoalDetail } from './goals.selectors';
import { selectLoadState } from '../../state/load';
import { PeriodLabelPipe } from '../../shared/period-label';

/** One strategic goal or core purpose: its indicators in the period and the activities that served it. */
@Component({
  selector: 'app-goal-page',
  imports: [
    PeriodLabelPipe,
    RouterLink,
    StatusChip,
    Chart,
    MatButtonModule,
    MatIconModule,
    SliceNote,
  ],
  templateUrl: './goal-page.html',
  styleUrl: './goal-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalPage {
  private readonly store = inject(Store);
  private readonly palette = inject(ChartTheme).palette;
  protected readonly detail = this.store.selectSignal(selectGoalDetail);
  protected readonly period = this.store.selectSignal(selectSelectedPeriod);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly format = formatValue;
  protected readonly progress = formatProgress;
  protected readonly date = formatIsoDate;
  protected readonly classification = classificationNote;
  protected readonly range = boundsNote;
  protected readonly contribution = contributionText;
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(Auth);
  /** Co-managers explain a goal's progress, period by period (the API checks it too). */
  protected readonly mayWrite = computed(() => this.auth.can('narratives'));

  protected write(
    goal: { id: string; code: string; title: string },
    narrative: Narrative | null,
  ): void {
    this.dialog.open(NarrativeDialog, {
      data: {
        subject: { kind: 'goal', id: goal.id, code: goal.code, name: goal.title },
        narrative,
        period: this.period().period?.key.match(/^\d{4}/) ? this.period().period!.key : undefined,
      },
      width: '640px',
    });
  }

  protected readonly chart = computed(() => {
    const d = this.detail();
    return d && !d.missing ? goalProgressChart(d.results, this.palette()) : null;
  });
}
