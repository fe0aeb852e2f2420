import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { ALIGNMENT_MEASURES, AlignmentMeasure } from '../../results/alignment';
import { PeriodLabelPipe } from '../../shared/period-label';
import { selectLoadState } from '../../state/load';
import { referenceFeature } from '../../state/reference';
import { AlignmentMatrix } from './alignment-matrix';
import { selectAlignment } from './alignment.selectors';
import { gapsView, goalLabels, groupLabels, matrixView, purposeLabels } from './alignment.view';

const MEASURE_LABELS: Record<AlignmentMeasure, string> = {
  activities: $localize`Completed activities`,
  participants: $localize`Participants`,
  memberStates: $localize`Member states reached`,
};

/**
 * Alignment for working groups: which goals the period's completed activities served, by
 * working group and by core purpose, and the gaps.
 */
@Component({
  selector: 'app-alignment-page',
  imports: [AlignmentMatrix, MatButtonToggleModule, PeriodLabelPipe, RouterLink],
  templateUrl: './alignment-page.html',
  styleUrl: './alignment-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlignmentPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly model = this.store.selectSignal(selectAlignment);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  private readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  protected readonly measures = ALIGNMENT_MEASURES.map((value) => ({
    value,
    label: MEASURE_LABELS[value],
  }));

  private readonly labels = computed(() => ({
    goal: goalLabels(this.goals()),
    group: groupLabels(this.groups()),
    purpose: purposeLabels(this.purposes()),
  }));

  protected readonly view = computed(() => {
    const m = this.model();
    if (!m) return null;
    const { goal, group, purpose } = this.labels();
    return {
      period: m.period,
      measure: m.measure,
      measureLabel: MEASURE_LABELS[m.measure],
      empty: m.byGroup.total.activities === 0,
      byGroup: matrixView(m.byGroup, goal, group, 'group', m.measure),
      byPurpose: matrixView(m.byPurpose, goal, purpose, 'purpose', m.measure),
      gaps: gapsView(m.gaps, goal, group),
      gapCount: m.gaps.length,
      noGroup: m.noGroup,
      groups: this.groups(),
    };
  });

  protected setMeasure(measure: AlignmentMeasure): void {
    void this.router.navigate([], {
      queryParams: { measure: measure === 'activities' ? null : measure },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
