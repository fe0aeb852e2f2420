import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Api, errorMessage } from '../../core/api';
import { AuditChanges } from './audit-changes';
import { AuditRow, auditRow } from './audit.view';

/**
 * A record's history from the audit trail: every change, who made it, when and why. The trail
 * lives on the server and grows with every write, so it is fetched when the panel is opened
 * (and again with Refresh), not kept in the app's state.
 */
@Component({
  selector: 'app-history-panel',
  imports: [MatButtonModule, AuditChanges],
  template: `
    <details (toggle)="toggled($event)">
      <summary i18n>History</summary>
      @if (error(); as e) {
        <p role="alert" class="problem">{{ e }}</p>
        <button mat-stroked-button type="button" (click)="load()" i18n>Try again</button>
      } @else if (rows(); as list) {
        @if (list.length === 0) {
          <p class="muted" i18n>No change has been recorded since the data set was loaded.</p>
        }
        <ol class="entries" reversed>
          @for (r of list; track r.seq) {
            <li data-testid="history-entry">
              <span class="when">{{ r.when }}</span> · <strong>{{ r.who }}</strong> ·
              @switch (r.action) {
                @case ('created') {
                  <ng-container i18n>created</ng-container>
                }
                @case ('deleted') {
                  <ng-container i18n>deleted</ng-container>
                }
                @default {
                  <ng-container i18n>changed</ng-container>
                }
              }
              <app-audit-changes [changes]="r.changes" />
              @if (r.reason) {
                <p class="reason"><span i18n>Reason:</span> {{ r.reason }}</p>
              }
            </li>
          }
        </ol>
        <button mat-button type="button" (click)="load()" i18n>Refresh</button>
      } @else {
        <p class="muted" i18n>Loading the history…</p>
      }
    </details>
  `,
  styles: `
    summary {
      cursor: pointer;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
      margin: 16px 0 8px;
    }
    .entries {
      padding-left: 20px;
      font: var(--mat-sys-body-medium);
    }
    .entries li {
      margin-bottom: 8px;
    }
    .when,
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      margin: 2px 0;
      font-style: italic;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryPanel {
  private readonly api = inject(Api);
  readonly collection = input.required<string>();
  readonly recordId = input.required<string>();
  protected readonly rows = signal<AuditRow[] | null>(null);
  protected readonly error = signal<string | null>(null);

  protected toggled(event: Event): void {
    if ((event.target as HTMLDetailsElement).open) this.load();
  }

  protected load(): void {
    this.error.set(null);
    this.api.audit({ collection: this.collection(), id: this.recordId() }).subscribe({
      next: (entries) => this.rows.set(entries.map(auditRow).reverse()),
      error: (e: unknown) => this.error.set(errorMessage(e)),
    });
  }
}
