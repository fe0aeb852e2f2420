import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { Params, RouterLink } from '@angular/router';

/** A headline figure that links to the records behind it. */
@Component({
  selector: 'app-kpi-card',
  imports: [RouterLink, MatIconModule],
  template: `
    <a class="card" [routerLink]="link()" [queryParams]="query()" queryParamsHandling="merge">
      <span class="label">{{ label() }}</span>
      <span class="value" data-testid="kpi-value">{{ value() }}</span>
      @if (detail()) {
        <span class="detail">{{ detail() }}</span>
      }
      @for (note of notes(); track note) {
        <span class="note"><mat-icon svgIcon="info" aria-hidden="true" />{{ note }}</span>
      }
    </a>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      gap: 4px;
      height: 100%;
      box-sizing: border-box;
      padding: 16px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      border: 1px solid var(--mat-sys-outline-variant);
      transition: background 120ms;
    }
    .card:hover,
    .card:focus-visible {
      background: var(--mat-sys-surface-container-high);
    }
    .card:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .label {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font: var(--mat-sys-display-small);
      color: var(--mat-sys-primary);
    }
    .detail {
      font: var(--mat-sys-body-medium);
    }
    .note {
      display: flex;
      gap: 4px;
      align-items: center;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-icon {
      width: 16px;
      height: 16px;
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCard {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly detail = input<string | null>(null);
  /** Coverage notes: each says which records the figure could not count. */
  readonly notes = input<readonly string[]>([]);
  readonly link = input<string>('/activities');
  readonly query = input<Params>({});
}
