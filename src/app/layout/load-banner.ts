import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { DownloadProgress } from '../core/api';
import { formatNumber } from '../core/format';

/** Loading progress, and a failed request with a retry that keeps what is on screen. */
@Component({
  selector: 'app-load-banner',
  imports: [MatProgressBar, MatButtonModule, MatIconModule],
  template: `
    @if (loading()) {
      <!-- The bar's code is not needed to paint the first frame: it follows at once. -->
      @defer (on immediate) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading data" i18n-aria-label />
      } @placeholder {
        <div class="bar-placeholder"></div>
      }
      @if (progress(); as p) {
        <p class="progress" role="status">
          @if (p.total) {
            <ng-container i18n
              >Loading the data: {{ megabytes(p.loaded) }} of {{ megabytes(p.total) }} MB
              received…</ng-container
            >
          } @else {
            <ng-container i18n
              >Loading the data: {{ megabytes(p.loaded) }} MB received…</ng-container
            >
          }
        </p>
      }
    }
    @if (error(); as message) {
      <div class="error-banner" role="alert">
        <mat-icon svgIcon="error" aria-hidden="true" />
        <div class="text">
          <strong i18n>The data could not be loaded.</strong>
          <span>{{ message }}</span>
          @if (hasData()) {
            <span i18n>The figures below are from the last successful load.</span>
          }
        </div>
        <button mat-flat-button type="button" (click)="retry.emit()" [disabled]="loading()" i18n>
          Retry
        </button>
      </div>
    }
  `,
  styles: `
    .text {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .progress {
      margin: 8px 24px 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .bar-placeholder {
      height: 4px;
    }
    mat-progress-bar {
      position: absolute;
      z-index: 3;
    }
    :host {
      display: block;
      position: relative;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadBanner {
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly hasData = input(false);
  /** Bytes received so far, shown once a load is large enough to take a while. */
  readonly progress = input<DownloadProgress | null>(null);
  protected readonly megabytes = (bytes: number) => formatNumber(bytes / 1e6, 1);
  readonly retry = output<void>();
}
