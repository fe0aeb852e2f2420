import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { STATUS_LABELS, statusOwner } from '../core/labels';
import type { Contribution } from '../results/contribution';
import type { Status } from '../results/status';

/** An indicator's status as a coloured label (colour is never the only cue: the text says it). */
@Component({
  selector: 'app-status-chip',
  template: `<span class="chip" [attr.data-status]="status()" [attr.title]="owner()?.title">{{
    text()
  }}</span>`,
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
  /**
   * In a view narrowed to part of the RSO, whose status this is: the RSO's (the slice has no
   * target of its own) or the working group's against its own target. It is said on the chip.
   */
  readonly contribution = input<Pick<Contribution, 'judgedBy'> | undefined>(undefined);
  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
  protected readonly owner = computed(() => statusOwner(this.contribution()));
  /** "RSO: Off track" where whose status it is needs saying; else "Off track". */
  protected readonly text = computed(() => {
    const owner = this.owner();
    return owner ? $localize`${owner.short}:owner:: ${this.label()}:status:` : this.label();
  });
}
