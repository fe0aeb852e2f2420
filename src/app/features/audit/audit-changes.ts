import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChangeLine } from './audit.view';

/** The fields a change touched, each with its value before and after. */
@Component({
  selector: 'app-audit-changes',
  template: `
    @if (changes().length) {
      <ul>
        @for (c of changes(); track c.field) {
          <li>
            <code>{{ c.field }}</code>: {{ c.before }} → {{ c.after }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      margin: 2px 0;
      padding-left: 18px;
      font: var(--mat-sys-body-small);
    }
    li {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditChanges {
  readonly changes = input.required<readonly ChangeLine[]>();
}
