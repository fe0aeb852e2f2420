import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { Chart, PointSelection } from '../../shared/chart';
import { heatmapOptions } from '../../shared/chart-options';
import { BreakpointObserver } from '@angular/cdk/layout';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { ChartTheme } from '../../shared/chart-theme';
import { downloadCsv, downloadXlsx } from '../../shared/export';
import { MatrixView, matrixRows } from './alignment.view';

/**
 * One alignment matrix: a heatmap whose cells open the activities behind them, the same
 * figures as a table of links (the keyboard's way in), and CSV / XLSX exports of the table.
 */
@Component({
  selector: 'app-alignment-matrix',
  imports: [Chart, RouterLink, MatButtonModule, MatIconModule],
  template: `
    <app-chart
      [heading]="heading()"
      [options]="options()"
      [summary]="summary()"
      (pointSelected)="open($event)"
    />
    <div class="table-wrap">
      <table class="matrix" [attr.aria-label]="heading()">
        <thead>
          <tr>
            <th scope="col">{{ corner() }}</th>
            @for (c of view().columns; track c.key) {
              <th scope="col" [attr.title]="c.name">{{ c.short }}</th>
            }
            <th scope="col" i18n>Total</th>
          </tr>
        </thead>
        <tbody>
          @for (r of view().rows; track r.label.key) {
            <tr>
              <th scope="row" [attr.title]="r.label.name">{{ r.label.short }}</th>
              @for (cell of r.cells; track $index) {
                <td [class.empty]="cell.empty">
                  <a
                    routerLink="/activities"
                    [queryParams]="cell.query"
                    queryParamsHandling="merge"
                    [attr.aria-label]="cell.description"
                    [attr.title]="cell.description"
                    >{{ cell.empty ? none : cell.text }}</a
                  >
                </td>
              }
              <td class="total">{{ r.total }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" i18n>Total</th>
            @for (t of view().totals; track $index) {
              <td class="total">{{ t }}</td>
            }
            <td class="total">{{ view().total }}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    <p class="note" i18n>
      An activity serving several goals or groups counts in each of their cells; totals count it
      once. Empty cells are marked “none”.
    </p>
    <div class="actions">
      <button mat-stroked-button type="button" (click)="exportCsv()">
        <mat-icon svgIcon="download" aria-hidden="true" /><ng-container i18n
          >Export CSV</ng-container
        >
      </button>
      <button mat-stroked-button type="button" (click)="exportXlsx()">
        <mat-icon svgIcon="download" aria-hidden="true" /><ng-container i18n
          >Export XLSX</ng-container
        >
      </button>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .table-wrap {
      overflow-x: auto;
      margin-top: 8px;
    }
    .matrix {
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 4px 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      text-align: right;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: left;
    }
    td a {
      color: var(--mat-sys-primary);
      display: block;
      min-width: 2.5em;
    }
    /* No activity is a fact to see, not an alarm: a neutral tint, like the heatmap's. */
    td.empty {
      background: var(--mat-sys-surface-container);
    }
    td.empty a {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .total {
      font-weight: 500;
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlignmentMatrix {
  private readonly router = inject(Router);
  private readonly palette = inject(ChartTheme).palette;
  readonly heading = input.required<string>();
  readonly summary = input('');
  /** The header of the row labels ("Goal"). */
  readonly corner = input.required<string>();
  readonly view = input.required<MatrixView>();
  /** File name of the exports, without extension. */
  readonly file = input.required<string>();
  protected readonly none = $localize`none`;

  /** On a phone the cells need the width: the axes keep the codes, the table names them. */
  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly options = computed(() => {
    const v = this.view();
    const narrow = this.narrow();
    return heatmapOptions(
      this.palette(),
      narrow ? v.rows.map((r) => r.label.short) : v.rowAxis,
      narrow ? v.columns.map((c) => c.short) : v.columnAxis,
      v.values,
      { none: this.none, unknown: $localize`unknown` },
      undefined,
      (row, column) => v.rows[row]?.cells[column]?.description ?? '',
    );
  });

  protected open(selection: PointSelection): void {
    const rows = this.view().rows;
    // The heatmap lists its rows bottom-up.
    const cell = rows[rows.length - 1 - selection.series]?.cells[selection.point];
    if (cell)
      void this.router.navigate(['/activities'], {
        queryParams: cell.query,
        queryParamsHandling: 'merge',
      });
  }

  protected exportCsv(): void {
    downloadCsv(`${this.file()}.csv`, matrixRows(this.view(), this.corner()));
  }

  protected exportXlsx(): Promise<void> {
    return downloadXlsx(
      `${this.file()}.xlsx`,
      this.heading(),
      matrixRows(this.view(), this.corner()),
    );
  }
}
