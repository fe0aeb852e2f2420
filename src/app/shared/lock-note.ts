import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { roundStateText } from '../domain/refusal-text';
import type { Round } from '../domain/schema';

/**
 * Beside a locked field or figure: which reporting round holds it, and that only reopening the
 * round (by the administrator) lets it change. Nothing when nothing holds it.
 */
@Component({
  selector: 'app-lock-note',
  imports: [MatIconModule],
  template: `
    @if (round(); as r) {
      <p class="lock-note" role="status">
        <mat-icon svgIcon="lock" aria-hidden="true" />
        <span>{{ text() }}</span>
      </p>
    }
  `,
  styles: `
    .lock-note {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 8px 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
    mat-icon {
      flex: none;
      width: 20px;
      height: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LockNote {
  readonly round = input<Round | null>(null);
  protected readonly text = computed(() => {
    const r = this.round();
    return r
      ? $localize`Locked: ${r.period}:period: is ${roundStateText(r.state)}:state: for reporting. Nothing in it can change until the administrator reopens the round.`
      : '';
  });
}
