import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** The page of a section that is planned but not built yet. */
@Component({
  selector: 'app-not-available',
  imports: [MatIconModule],
  template: `
    <section class="page empty">
      <h1 class="page-title">{{ section() }}</h1>
      <p i18n>This section is not available yet.</p>
    </section>
  `,
  styles: `
    .empty p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotAvailable {
  /** From the route's data. */
  readonly section = input.required<string>();
}
