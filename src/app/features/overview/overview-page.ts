import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { Chart, PointSelection } from '../../shared/chart';
import { ChartTheme } from '../../shared/chart-theme';
import { KpiCard } from '../../shared/kpi-card';
import { SliceNote } from '../../shared/slice-note';
import { selectLoadState } from '../../state/load';
import { referenceFeature } from '../../state/reference';
import {
  deliveryChart,
  goalStatusChart,
  overviewCards,
  sexChart,
  statusMixChart,
} from './overview.charts';
import { selectOverview } from './overview.selectors';

/** The overview: headline figures and charts for the selected period, each linked to its records. */
@Component({
  selector: 'app-overview-page',
  imports: [KpiCard, Chart, SliceNote],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly palette = inject(ChartTheme).palette;
  protected readonly vm = this.store.selectSignal(selectOverview);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  protected readonly progressHeading = $localize`Progress by strategic goal`;
  protected readonly rsoProgressHeading = $localize`The RSO's progress by strategic goal`;
  protected readonly statusHeading = $localize`Indicator status`;
  protected readonly rsoStatusHeading = $localize`The RSO's indicator status`;

  protected readonly cards = computed(() => {
    const vm = this.vm();
    return vm && overviewCards(vm);
  });
  protected readonly delivery = computed(() => {
    const vm = this.vm();
    return vm && deliveryChart(vm, this.palette());
  });
  protected readonly sex = computed(() => {
    const vm = this.vm();
    return vm && sexChart(vm, this.palette());
  });
  protected readonly byGoal = computed(() => {
    const vm = this.vm();
    return vm && goalStatusChart(vm, this.palette(), this.goals());
  });
  protected readonly mix = computed(() => {
    const vm = this.vm();
    return vm && statusMixChart(vm, this.palette());
  });

  protected openDelivery(selection: PointSelection): void {
    const type = this.delivery()?.types[selection.series];
    const bucket = this.vm()?.delivery[selection.point];
    if (!type || !bucket) return;
    void this.router.navigate(['/activities'], {
      queryParams: {
        period: 'custom',
        from: bucket.range.start,
        to: bucket.range.end,
        type,
        status: 'completed',
      },
      queryParamsHandling: 'merge',
    });
  }

  protected openGoal(selection: PointSelection): void {
    const goal = this.vm()?.byGoal[selection.point];
    if (goal) void this.router.navigate(['/goals', goal.id], { queryParamsHandling: 'preserve' });
  }

  protected openIndicators(selection: PointSelection): void {
    const status = this.mix()?.shown[selection.point];
    void this.router.navigate(['/indicators'], {
      queryParams: { status },
      queryParamsHandling: 'merge',
    });
  }

  protected openActivities(): void {
    void this.router.navigate(['/activities'], {
      queryParams: { status: 'completed' },
      queryParamsHandling: 'merge',
    });
  }
}
