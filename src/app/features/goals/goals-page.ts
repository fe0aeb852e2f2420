import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SliceNote } from '../../shared/slice-note';
import { Store } from '@ngrx/store';
import { STATUS_LABELS } from '../../core/labels';
import { STATUSES } from '../../results/status';
import { selectGoalsOverview } from './goals.selectors';
import { selectLoadState } from '../../state/load';
import { selectSelectedPeriod } from '../../state/filter';
import { PeriodLabelPipe } from '../../shared/period-label';

/** The seven strategic goals and four core purposes, with their indicators' status in the period. */
@Component({
  selector: 'app-goals-page',
  imports: [PeriodLabelPipe, RouterLink, SliceNote],
  templateUrl: './goals-page.html',
  styleUrl: './goals-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalsPage {
  private readonly store = inject(Store);
  protected readonly vm = this.store.selectSignal(selectGoalsOverview);
  protected readonly period = this.store.selectSignal(selectSelectedPeriod);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly statuses = STATUSES.slice(0, 3);
  protected readonly labels = STATUS_LABELS;
  protected readonly strategicGoals = $localize`Strategic goals`;
  protected readonly corePurposes = $localize`Core purposes`;
}
