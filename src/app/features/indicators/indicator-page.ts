import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { PAGINATOR_TEXT } from '../../core/material-intl';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { coverageNote, formatProgress, formatValue } from '../../core/format';
import {
  ACTIVITY_TYPE_LABELS,
  boundsNote,
  classificationNote,
  contributionText,
  filterDescription,
  formatIsoDate,
  INDICATOR_LEVEL_LABELS,
  STATUS_LABELS,
  statusExplanation,
  vocabularyLabel,
} from '../../core/labels';
import type { Status } from '../../results/status';
import type { ActivityType, Actual, Indicator, Measure, Narrative } from '../../domain/schema';
import { Auth } from '../../core/auth';
import { HistoryPanel } from '../audit/history-panel';
import { ActualDialog } from './actual-dialog';
import { NarrativeDialog } from './narrative-dialog';
import { TargetsDialog } from './targets-dialog';
import { Chart } from '../../shared/chart';
import { indicatorTrendChart } from './indicator.charts';
import { ChartTheme } from '../../shared/chart-theme';
import { StatusChip } from '../../shared/status-chip';
import { SliceNote } from '../../shared/slice-note';
import { selectSlice } from '../../state/context';
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
  providers: [PAGINATOR_TEXT],
  selector: 'app-indicator-page',
  imports: [
    SliceNote,
    PeriodLabelPipe,
    RouterLink,
    StatusChip,
    Chart,
    MatButtonModule,
    MatPaginatorModule,
    MatIconModule,
    HistoryPanel,
  ],
  templateUrl: './indicator-page.html',
  styleUrl: './indicator-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(Auth);
  private readonly palette = inject(ChartTheme).palette;
  protected readonly levels = INDICATOR_LEVEL_LABELS;
  protected readonly contribution = contributionText;
  protected readonly slice = this.store.selectSignal(selectSlice);
  /** Co-managers keep targets, actuals and narratives (the API checks it too). */
  protected readonly mayEditTargets = computed(() => this.auth.can('indicators'));
  protected readonly mayEditActuals = computed(() => this.auth.can('actuals'));
  protected readonly mayEditNarratives = computed(() => this.auth.can('narratives'));
  protected readonly detail = this.store.selectSignal(selectIndicatorDetail);
  /** Reported values come monthly for years: a page at a time, newest first. */
  protected readonly actualsPageSizes = [10, 25, 50];
  protected readonly actualsPage = signal({ index: 0, size: 10 });
  protected readonly pagedActuals = computed(() => {
    const d = this.detail();
    if (!d || d.missing) return [];
    const { index, size } = this.actualsPage();
    return d.actuals.slice(index * size, (index + 1) * size);
  });
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  protected readonly format = formatValue;
  protected readonly statusLabel = (status: Status) => STATUS_LABELS[status].toLowerCase();
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
        boundsNote(d.current) ?? classificationNote(d.current.unclassified),
        statusExplanation(d.current.status),
      ].filter((note) => note !== null),
    };
  });

  protected readonly chart = computed(() => {
    const d = this.detail();
    return d && !d.missing ? indicatorTrendChart(d.trend, this.palette()) : null;
  });

  protected editTargets(indicator: Indicator): void {
    this.dialog.open(TargetsDialog, { data: { indicator }, width: '640px' });
  }

  protected editActual(indicator: Indicator, actual: Actual | null): void {
    this.dialog.open(ActualDialog, { data: { indicator, actual }, width: '560px' });
  }

  protected editNarrative(
    indicator: Indicator,
    narrative: Narrative | null,
    period?: string,
    prompt?: string,
  ): void {
    this.dialog.open(NarrativeDialog, {
      data: {
        subject: {
          kind: 'indicator',
          id: indicator.id,
          code: indicator.code,
          name: indicator.name,
        },
        narrative,
        period,
        prompt,
      },
      width: '640px',
    });
  }

  protected explain(indicator: Indicator, period: string, status: string): void {
    this.editNarrative(
      indicator,
      null,
      period,
      $localize`${period}:period: closed ${status}:status:: explain the variance and what is being done about it.`,
    );
  }
}
