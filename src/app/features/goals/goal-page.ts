import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatProgress, formatValue } from '../../core/format';
import { classificationNote, formatIsoDate } from '../../core/labels';
import { Chart } from '../../shared/chart';
import { barOptions } from '../../shared/chart-options';
import { ChartTheme } from '../../shared/chart-theme';
import { StatusChip } from '../../shared/status-chip';
import { selectSelectedPeriod } from '../../state/filter';
import { selectGoalDetail, selectLoadState } from '../../state/results';

/** One strategic goal or core purpose: its indicators in the period and the activities that served it. */
@Component({
  selector: 'app-goal-page',
  imports: [RouterLink, StatusChip, Chart],
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

  protected readonly chart = computed(() => {
    const d = this.detail();
    if (!d || d.missing) return null;
    const palette = this.palette();
    const rows = d.results.map((r) => ({
      label: `${r.indicator.code} ${r.indicator.name}`,
      p: r.periods[0],
    }));
    const values = rows.map((r) => (r.p.progress === null ? null : Math.round(r.p.progress * 100)));
    const expected = rows.map((r) =>
      r.p.target === null ? null : Math.round(r.p.expectedProgress * 100),
    );
    return {
      options: barOptions(
        palette,
        rows.map((r) => r.label),
        [
          { name: $localize`% of target met`, data: values },
          { name: $localize`% expected by today`, data: expected },
        ],
        [palette.series[0], palette.expected],
        { horizontal: true, height: 80 + rows.length * 48 },
      ),
      table: {
        columns: [$localize`Indicator`, $localize`% of target met`, $localize`% expected by today`],
        rows: rows.map((r, i) => [
          r.label,
          values[i] === null ? '—' : `${values[i]} %`,
          expected[i] === null ? '—' : `${expected[i]} %`,
        ]),
      },
      empty: rows.length === 0,
    };
  });
}
