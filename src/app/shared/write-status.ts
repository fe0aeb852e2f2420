import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { WriteError } from '../core/api';

/**
 * What the server said about a refused write: its message, and for a conflict (someone else
 * saved the record first) the two ways on — their version, or mine re-applied to it. Never a
 * silent overwrite.
 */
@Component({
  selector: 'app-write-status',
  imports: [MatButtonModule],
  template: `
    @if (error(); as e) {
      @if (e.conflict) {
        <div class="conflict" role="alert">
          <strong i18n>Someone else changed this record since you opened it.</strong>
          <p i18n>Nothing was saved. Choose how to go on:</p>
          <div class="actions">
            <button mat-flat-button type="button" (click)="reapply.emit(e.conflict)" i18n>
              Re-apply my changes to their version
            </button>
            <button mat-stroked-button type="button" (click)="loadTheirs.emit(e.conflict)" i18n>
              Load their version (discard my changes)
            </button>
          </div>
        </div>
      } @else {
        <div class="problem" role="alert">
          <p><span i18n>Not saved:</span> {{ e.message }}</p>
        </div>
      }
    }
  `,
  styles: `
    .conflict,
    .problem {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      margin: 8px 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    p {
      margin: 4px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WriteStatus {
  readonly error = input<WriteError | null>(null);
  /** The record as the server has it now (from the 409). */
  readonly loadTheirs = output<unknown>();
  readonly reapply = output<unknown>();
}
