import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { coverageNote, formatProgress, formatValue } from '../../core/format';
import {
  ACTIVITY_TYPE_LABELS,
  classificationNote,
  filterDescription,
  formatIsoDate,
  statusExplanation,
  vocabularyLabel,
} from '../../core/labels';
import type { ActivityType, Measure } from '../../domain/schema';
import { Chart } from '../../shared/chart';
import { indicatorTrendChart } from './indicator.charts';
import { ChartTheme } from '../../shared/chart-theme';
import { StatusChip } from '../../shared/status-chip';
import { referenceFeature } from '../../state/reference';
import { selectIndicatorDetail } from './indicators.selectors';
import { selectLoadState } from '../../state/load';
import { PeriodLabelPipe } from '../../shared/period-label';

const CUMULATION = {
  period: $localize`Per period`,
  cumulative: $localize`Cumulative since the start of the framework`,
  latest: $localize`Latest value reported`,
};

function describeMeasure(m: Measure): string {
  switch (m.kind) {
    case 'count':
      return $localize`Number of activities`;
    case 'sum':
      return $localize`Sum of ${m.field}:field:`;
    case 'mean':
      return $localize`Mean of ${m.field}:field: over the activities where it is recorded`;
    case 'distinct':
      return $localize`Number of distinct ${m.field}:field:`;
    case 'ratio':
      return $localize`${describeMeasure(m.numerator)}:top: ÷ ${describeMeasure(m.denominator)}:bottom: × ${m.scale}:scale: (a ratio of sums)`;
    case 'reported':
      return $localize`Reported value (not computed from activities)`;
  }
}

/** One indicator: definition, actual against target and the expected-to-date path, narratives, activities. */
@Component({
  selector: 'app-indicator-page',
  imports: [PeriodLabelPipe, RouterLink, StatusChip, Chart],
  templateUrl: './indicator-page.html',
  styleUrl: './indicator-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorPage {
  private readonly store = inject(Store);
  private readonly palette = inject(ChartTheme).palette;
  protected readonly detail = this.store.selectSignal(selectIndicatorDetail);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  protected readonly format = formatValue;
  protected readonly progress = formatProgress;
  protected readonly date = formatIsoDate;
  protected readonly typeLabel = (type: ActivityType | null) =>
    vocabularyLabel(ACTIVITY_TYPE_LABELS, type);

  protected readonly facts = computed(() => {
    const d = this.detail();
    if (!d || d.missing) return null;
    const i = d.indicator;
    return {
      measure: describeMeasure(i.measure),
      cumulation: CUMULATION[i.cumulation],
      filter: filterDescription(i.filter).join('; ') || $localize`Completed activities`,
      goals: i.goals.map((id) => this.goals().find((g) => g.id === id)).filter((g) => !!g),
      purposes: i.purposes.map((id) => this.purposes().find((p) => p.id === id)).filter((p) => !!p),
      currentNotes: [
        coverageNote(d.current.actual, $localize`The value`),
        classificationNote(d.current.unclassified),
        statusExplanation(d.current.status),
      ].filter((note) => note !== null),
    };
  });

  protected readonly chart = computed(() => {
    const d = this.detail();
    return d && !d.missing ? indicatorTrendChart(d.trend, this.palette()) : null;
  });
}
