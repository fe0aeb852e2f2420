import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatIsoDate, periodLabel } from '../../core/labels';
import { problemText } from '../../domain/problem-text';
import type { RoundAction } from '../../domain/rounds';
import { submissionProblems } from '../../results/rounds';
import { selectFrameworkIndicators } from '../../state/context';
import { referenceFeature } from '../../state/reference';
import { RoundDialogActions, roundWritesFeature } from '../../state/rounds';
import { type RoundRow, selectRoundPeriodOf, selectSubmissionInputs } from './rounds.selectors';

export interface RoundDialogData {
  row: RoundRow;
  action: RoundAction;
}

/**
 * One move of a reporting round, with what it asks for: a submission shows its checks (the
 * same the API makes) and takes a cover note; approving may name the meeting it was presented
 * at; returning needs comments; reopening needs a reason. The dialog closes when the API has
 * moved the round.
 */
@Component({
  selector: 'app-round-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
  ],
  template: `
    <h2 mat-dialog-title>{{ title }}</h2>
    <mat-dialog-content>
      <p class="muted">{{ dates }}</p>
      @if (data.action === 'submit') {
        <h3 i18n>Checks before submitting</h3>
        @if (checks().length) {
          <ul class="checks" aria-label="What stops the submission" i18n-aria-label>
            @for (c of checks(); track $index) {
              <li>
                {{ c.text }}
                @if (c.indicator; as id) {
                  <a [routerLink]="['/indicators', id]" (click)="close()" i18n
                    >Open indicator {{ c.code }}</a
                  >
                }
              </li>
            }
          </ul>
        } @else {
          <p class="passed" i18n>Every check passes.</p>
        }
        @if (qualityCount(); as n) {
          <p i18n>
            {n, plural,
              =1 {1 data-quality problem of the period is open.}
              other {{{n}} data-quality problems of the period are open.}
            }
            Submitting with them needs a cover note that says why.
          </p>
        }
      }
      @if (data.action === 'approve') {
        <mat-form-field class="wide">
          <mat-label i18n>Presented at</mat-label>
          <mat-select [value]="meeting()" (selectionChange)="meeting.set($event.value)">
            <mat-option [value]="null" i18n>No meeting named</mat-option>
            @for (m of meetings(); track m.id) {
              <mat-option [value]="m.id">{{ m.name }} ({{ format(m.date) }})</mat-option>
            }
          </mat-select>
          <mat-hint i18n>The brief is frozen as it stands now, with today's date.</mat-hint>
        </mat-form-field>
      } @else {
        <mat-form-field class="wide">
          <mat-label>{{ textLabel }}</mat-label>
          <textarea
            matInput
            rows="4"
            maxlength="4000"
            [required]="textRequired"
            [value]="text()"
            (input)="text.set(inputValue($event))"
          ></textarea>
          <mat-hint>{{ textHint }}</mat-hint>
        </mat-form-field>
        @if (missingText()) {
          <p class="field-error" role="alert" i18n>Write it before going on.</p>
        }
      }
      @if (writes().error; as e) {
        <div class="error-banner" role="alert">
          <p>{{ e.message }}</p>
        </div>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="close()" i18n>Cancel</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="writes().saving || blocked()"
        (click)="move()"
      >
        {{ actionLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 8px 0 4px;
    }
    .checks li {
      margin-bottom: 4px;
    }
    .checks a {
      margin-left: 6px;
    }
    .passed {
      color: var(--mat-sys-primary);
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      margin: 4px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundDialog {
  protected readonly data = inject<RoundDialogData>(MAT_DIALOG_DATA);
  private readonly store = inject(Store);
  private readonly ref = inject(MatDialogRef);
  protected readonly writes = this.store.selectSignal(roundWritesFeature.selectRoundWritesState);
  private readonly inputsOf = this.store.selectSignal(selectSubmissionInputs);
  private readonly indicators = this.store.selectSignal(selectFrameworkIndicators);
  private readonly allMeetings = this.store.selectSignal(referenceFeature.selectMeetings);
  private readonly periodOf = this.store.selectSignal(selectRoundPeriodOf);

  /** The cover note, the comments or the reason, as the action asks. */
  protected readonly text = signal('');
  protected readonly meeting = signal<string | null>(null);
  private readonly tried = signal(false);

  protected readonly label = periodLabel(this.periodOf()(this.data.row.period));
  protected readonly dates = $localize`${formatIsoDate(this.data.row.start)}:start: to ${formatIsoDate(this.data.row.end)}:end:`;
  protected readonly format = formatIsoDate;
  protected readonly title = {
    submit: $localize`Submit ${this.label}:period: to the co-chairs`,
    approve: $localize`Approve ${this.label}:period:`,
    return: $localize`Return ${this.label}:period: to the co-managers`,
    reopen: $localize`Reopen ${this.label}:period:`,
  }[this.data.action];
  protected readonly actionLabel = {
    submit: $localize`Submit`,
    approve: $localize`Approve`,
    return: $localize`Return`,
    reopen: $localize`Reopen`,
  }[this.data.action];
  protected readonly textLabel = {
    submit: $localize`Cover note`,
    approve: '',
    return: $localize`Comments for the co-managers`,
    reopen: $localize`Why it is reopened`,
  }[this.data.action];
  protected readonly textHint = {
    submit: $localize`What the co-chairs should know about the period's figures.`,
    approve: '',
    return: $localize`What to explain or correct before submitting again.`,
    reopen: $localize`Kept in the audit trail. Reopening unlocks the period's figures.`,
  }[this.data.action];
  protected readonly textRequired = this.data.action === 'return' || this.data.action === 'reopen';

  /** The meetings the round could have been presented at: those after its period ended. */
  protected readonly meetings = computed(() =>
    this.allMeetings()
      .filter((m) => m.date > this.data.row.end)
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
  );

  private readonly problems = computed(() =>
    this.data.action === 'submit'
      ? submissionProblems({ ...this.inputsOf()(this.data.row), coverNote: this.text() })
      : [],
  );

  /** The checks that stop the submission, in words, with the indicator each names. */
  protected readonly checks = computed(() => {
    const byCode = new Map(this.indicators().map((i) => [i.code, i.id]));
    return this.problems().map((p) => ({
      text: problemText(p),
      code: String(p.params?.['indicator'] ?? ''),
      indicator: p.params?.['indicator']
        ? (byCode.get(String(p.params['indicator'])) ?? null)
        : null,
    }));
  });

  protected readonly qualityCount = computed(() =>
    this.data.action === 'submit'
      ? new Set(this.inputsOf()(this.data.row).quality.map((q) => q.id)).size
      : 0,
  );

  protected readonly missingText = computed(
    () => this.tried() && this.textRequired && !this.text().trim(),
  );
  protected readonly blocked = computed(() => this.problems().length > 0);

  constructor() {
    this.store.dispatch(RoundDialogActions.opened());
    effect(() => {
      if (this.writes().done === this.data.row.id) this.ref.close(true);
    });
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected close(): void {
    this.ref.close(false);
  }

  protected move(): void {
    this.tried.set(true);
    if (this.missingText() || this.blocked()) return;
    const text = this.text().trim() || null;
    const { action, row } = this.data;
    this.store.dispatch(
      RoundDialogActions.moveClicked({
        id: row.id,
        action,
        move: {
          version: row.round?.version ?? 0,
          ...(action === 'submit' ? { note: text } : {}),
          ...(action === 'return' ? { comments: text } : {}),
          ...(action === 'reopen' ? { reason: text } : {}),
          ...(action === 'approve' ? { meeting: this.meeting() } : {}),
        },
      }),
    );
  }
}
