import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * Said once on every page a filter narrows to part of the RSO: figures are that part's
 * contribution, and the statuses beside them are the RSO's — or a working group's against
 * targets it set itself.
 */
@Component({
  selector: 'app-slice-note',
  template: `<p class="slice-note" data-testid="slice-note" i18n>
    Filtered to part of the RSO: each indicator shows this part’s contribution to the RSO’s figure.
    Targets belong to the RSO as a whole, so a status marked “RSO” is the RSO’s own; a working group
    is judged only against targets it set itself (“Group target”).
  </p>`,
  styles: `
    .slice-note {
      margin: 0 0 16px;
      padding: 8px 12px;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-medium);
      max-width: 80ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SliceNote {}
