import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatSortModule, Sort } from '@angular/material/sort';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { STATUS_LABELS } from '../../core/labels';
import { STATUSES, Status } from '../../results/status';
import { downloadCsv, downloadXlsx } from '../../shared/export';
import { StatusChip } from '../../shared/status-chip';
import { selectQueryParams } from '../../state/filter';
import {
  Granularity,
  selectIptt,
  selectIpttGranularity,
  selectLoadState,
  selectPeriodResults,
} from '../../state/results';
import { ipttRows, IpttSort, ipttTable, sortRows } from './iptt';

/** The Indicator Performance Tracking Table. */
@Component({
  selector: 'app-iptt-page',
  imports: [
    RouterLink,
    MatButtonToggleModule,
    MatButtonModule,
    MatIconModule,
    MatSortModule,
    StatusChip,
  ],
  templateUrl: './iptt-page.html',
  styleUrl: './iptt-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IpttPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly iptt = this.store.selectSignal(selectIptt);
  protected readonly granularity = this.store.selectSignal(selectIpttGranularity);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly periodResults = this.store.selectSignal(selectPeriodResults);
  private readonly params = this.store.selectSignal(selectQueryParams);
  protected readonly sort = signal<{ by: IpttSort; direction: 'asc' | 'desc' }>({
    by: 'code',
    direction: 'asc',
  });
  protected readonly exporting = signal(false);

  /** Status filter from a click-through (e.g. "at risk" on the overview). */
  protected readonly statusFilter = computed((): Status | null => {
    const s = this.params()?.['status'];
    return STATUSES.includes(s) ? s : null;
  });
  protected readonly statusLabel = computed(() => {
    const s = this.statusFilter();
    return s ? STATUS_LABELS[s] : '';
  });

  protected readonly rows = computed(() => {
    const iptt = this.iptt();
    if (!iptt) return [];
    const status = this.statusFilter();
    const keep = status
      ? new Set(
          this.periodResults()
            .filter((r) => r.periods[0]?.status === status)
            .map((r) => r.indicator.id),
        )
      : null;
    const rows = ipttRows(iptt.results).filter((r) => !keep || keep.has(r.id));
    const { by, direction } = this.sort();
    return sortRows(rows, by, direction);
  });

  protected setGranularity(g: Granularity): void {
    void this.router.navigate([], {
      queryParams: { g: g === 'year' ? null : g },
      queryParamsHandling: 'merge',
    });
  }

  protected sortChanged(sort: Sort): void {
    this.sort.set(
      sort.direction
        ? { by: sort.active as IpttSort, direction: sort.direction }
        : { by: 'code', direction: 'asc' },
    );
  }

  private table() {
    return ipttTable(this.rows(), this.iptt()?.periods ?? []);
  }

  protected exportCsv(): void {
    downloadCsv(`iptt-${this.fileSuffix()}.csv`, this.table());
  }

  protected async exportXlsx(): Promise<void> {
    this.exporting.set(true);
    try {
      await downloadXlsx(`iptt-${this.fileSuffix()}.xlsx`, 'IPTT', this.table(), 2);
    } finally {
      this.exporting.set(false);
    }
  }

  private fileSuffix(): string {
    const periods = this.iptt()?.periods ?? [];
    return `${this.granularity()}-${periods[0]?.start ?? ''}-${periods.at(-2)?.end ?? ''}`;
  }
}
