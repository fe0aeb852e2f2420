import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { STATUS_LABELS } from '../core/labels';
import type { Status } from '../results/status';

/** An indicator's status as a coloured label (colour is never the only cue: the text says it). */
@Component({
  selector: 'app-status-chip',
  template: `<span class="chip" [attr.data-status]="status()">{{ label() }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid currentColor;
      color: var(--rso-status-neutral);
    }
    [data-status='on-track'] {
      color: var(--rso-status-on-track);
    }
    [data-status='at-risk'] {
      color: var(--rso-status-at-risk);
    }
    [data-status='off-track'] {
      color: var(--rso-status-off-track);
    }
    [data-status='depends'] {
      color: var(--rso-status-depends);
      border-style: dashed;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<Status>();
  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
}
