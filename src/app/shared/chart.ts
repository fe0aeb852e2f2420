import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
} from '@angular/core';
import { ChartComponent, type ApexOptions } from 'ng-apexcharts';
import { plainTextOptions } from './chart-text';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface PointSelection {
  series: number;
  point: number;
}

interface SelectionConfig {
  seriesIndex: number;
  dataPointIndex: number;
}

/**
 * A titled chart with its accessible alternative: a summary sentence and the data as a table,
 * so what the chart shows can be read without seeing it.
 */
@Component({
  selector: 'app-chart',
  imports: [ChartComponent],
  template: `
    <figure [attr.aria-labelledby]="id + '-title'">
      <figcaption>
        <h2 class="title" [id]="id + '-title'">{{ heading() }}</h2>
        @if (summary()) {
          <p class="summary">{{ summary() }}</p>
        }
      </figcaption>
      @if (empty()) {
        <p class="empty">{{ emptyText() }}</p>
      } @else {
        <!-- The chart library loads when the chart scrolls into view; the title, summary and
             data table show at once. -->
        @defer (on viewport) {
          <div class="plot">
            @if (drawnOptions(); as o) {
              <apx-chart
                [chart]="o.chart!"
                [series]="o.series!"
                [colors]="o.colors!"
                [labels]="o.labels!"
                [xaxis]="o.xaxis!"
                [yaxis]="o.yaxis!"
                [plotOptions]="o.plotOptions!"
                [legend]="o.legend!"
                [grid]="o.grid!"
                [stroke]="o.stroke!"
                [markers]="o.markers!"
                [tooltip]="o.tooltip!"
                [dataLabels]="o.dataLabels!"
                [theme]="o.theme!"
              />
            }
          </div>
        } @placeholder {
          <div class="plot"></div>
        }
      }
      @if (table(); as t) {
        <!-- The table is built when first opened: a closed one costs the page nothing. -->
        <details #details (toggle)="tableOpened.set(tableOpened() || details.open)">
          <summary i18n>Show the data as a table</summary>
          @if (tableOpened()) {
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    @for (c of t.columns; track $index) {
                      <th scope="col">{{ c }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (r of t.rows; track $index) {
                    <tr>
                      @for (cell of r; track $index) {
                        @if ($first) {
                          <th scope="row">{{ cell }}</th>
                        } @else {
                          <td>{{ cell }}</td>
                        }
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </details>
      }
    </figure>
  `,
  styles: `
    figure {
      margin: 0;
      padding: 16px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
      height: 100%;
      box-sizing: border-box;
    }
    .title {
      font: var(--mat-sys-title-medium);
    }
    .summary,
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 8px;
    }
    .plot {
      min-height: 300px;
    }
    details {
      margin-top: 8px;
      font: var(--mat-sys-body-small);
    }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      margin-top: 8px;
    }
    th,
    td {
      text-align: right;
      padding: 2px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th[scope='row'],
    thead th:first-child {
      text-align: left;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chart {
  private static next = 0;
  protected readonly id = `chart-${Chart.next++}`;
  readonly heading = input.required<string>();
  readonly options = input.required<ApexOptions>();
  readonly summary = input<string>('');
  readonly table = input<ChartTable | null>(null);
  readonly empty = input(false);
  readonly emptyText = input($localize`Nothing to show for this period.`);
  readonly pointSelected = output<PointSelection>();
  /** Whether the data table has been opened; it stays built once it has. */
  protected readonly tableOpened = signal(false);

  private readonly events = {
    dataPointSelection: (_e: unknown, _c: unknown, cfg?: SelectionConfig) => {
      if (cfg) this.pointSelected.emit({ series: cfg.seriesIndex, point: cfg.dataPointIndex });
    },
  };
  private previous: Record<string, unknown> = {};

  /**
   * What the chart draws: the options, one paint later. The chart library lays out and measures
   * its drawing synchronously, so a new period's figures (text) are painted first and the
   * charts redraw in the task after that paint, instead of holding the figures back.
   */
  protected readonly drawnOptions = signal<ApexOptions | null>(null);

  constructor() {
    effect((onCleanup) => {
      const options = this.chartOptions();
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A frame callback runs just before the paint; a timer set there runs just after it.
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => this.drawnOptions.set(options));
      });
      onCleanup(() => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      });
    });
  }

  /**
   * The options with every name made plain text and the click handler added, reusing the previous object for every part that
   * did not change: the chart then only updates its series instead of being rebuilt.
   */
  protected readonly chartOptions = computed((): ApexOptions => {
    const o: Record<string, unknown> = { ...plainTextOptions(this.options()) };
    o['chart'] = { ...(o['chart'] as object), events: this.events };
    for (const key of Object.keys(o)) {
      if (key !== 'series' && sameData(this.previous[key], o[key])) o[key] = this.previous[key];
    }
    this.previous = o;
    return o as ApexOptions;
  });
}

/** Equal as data (functions, such as label formatters, are compared by presence only). */
function sameData(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
