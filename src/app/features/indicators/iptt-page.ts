import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatSortModule, Sort } from '@angular/material/sort';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { STATUS_LABELS } from '../../core/labels';
import { downloadCsv, downloadXlsx } from '../../shared/export';
import { StatusChip } from '../../shared/status-chip';
import { SliceNote } from '../../shared/slice-note';
import { selectSlice } from '../../state/context';
import { Granularity, selectIpttGranularity, selectIpttView } from './indicators.selectors';
import { referenceFeature } from '../../state/reference';
import { selectLoadState } from '../../state/load';
import { ipttRows, IpttSort, ipttTable, sortRows } from './iptt';
import { PeriodLabelPipe } from '../../shared/period-label';

/** The Indicator Performance Tracking Table. */
@Component({
  selector: 'app-iptt-page',
  imports: [
    SliceNote,
    PeriodLabelPipe,
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
  protected readonly iptt = this.store.selectSignal(selectIpttView);
  protected readonly slice = this.store.selectSignal(selectSlice);
  protected readonly granularity = this.store.selectSignal(selectIpttGranularity);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly sort = signal<{ by: IpttSort; direction: 'asc' | 'desc' }>({
    by: 'code',
    direction: 'asc',
  });
  protected readonly exporting = signal(false);
  private readonly narratives = this.store.selectSignal(referenceFeature.selectNarratives);
  private readonly today = this.store.selectSignal(referenceFeature.selectToday);

  protected readonly statusFilter = computed(() => this.iptt()?.status ?? null);
  protected readonly statusLabel = computed(() => {
    const s = this.statusFilter();
    return s ? STATUS_LABELS[s] : '';
  });

  protected readonly rows = computed(() => {
    const iptt = this.iptt();
    if (!iptt) return [];
    const rows = ipttRows(iptt.results, this.narratives(), this.today());
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
