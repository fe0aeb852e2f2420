import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { formatIsoDate } from '../../core/labels';
import type { Problem } from '../../domain/problems';
import { actualProblems, closedPeriodsChanged } from '../../domain/rules';
import { type Actual, actualSchema, describeIssues, type Indicator } from '../../domain/schema';
import { LockNote } from '../../shared/lock-note';
import { WriteStatus } from '../../shared/write-status';
import { selectReferenceIds } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from '../framework/record-dialog';

export interface ActualDialogData {
  indicator: Indicator;
  /** The actual to edit; none for a new one. */
  actual: Actual | null;
}

/**
 * A reported value for an indicator not computed from activities: the date it refers to, the
 * value, and where it comes from (text and a link to the evidence). A value of a closed year
 * asks why it is entered or changed now.
 */
@Component({
  selector: 'app-actual-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    WriteStatus,
    LockNote,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (isNew) {
        <ng-container i18n>New reported value · {{ data.indicator.code }}</ng-container>
      } @else {
        <ng-container i18n>Reported value · {{ data.indicator.code }}</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="muted">{{ data.indicator.name }} ({{ data.indicator.unit }})</p>
        <mat-form-field>
          <mat-label i18n>Date the value refers to</mat-label>
          <input matInput type="date" formControlName="date" required />
          <mat-error>{{ error(form.controls.date) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Value</mat-label>
          <input matInput type="number" formControlName="value" required />
          <mat-error>{{ error(form.controls.value) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Source</mat-label>
          <input matInput formControlName="source" maxlength="400" />
          <mat-hint i18n>The report, meeting record or data set the value comes from.</mat-hint>
          <mat-error>{{ error(form.controls.source) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Link to the evidence</mat-label>
          <input matInput type="url" formControlName="link" placeholder="https://" />
          <mat-error>{{ error(form.controls.link) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Note</mat-label>
          <textarea matInput formControlName="note" rows="2" maxlength="2000"></textarea>
          <mat-error>{{ error(form.controls.note) }}</mat-error>
        </mat-form-field>
        @if (closed().length || closedIfDeleted.length) {
          <mat-form-field class="wide">
            <mat-label i18n
              >Reason (the value belongs to a closed year: {{ closedDates() }})</mat-label
            >
            <textarea matInput formControlName="reason" rows="2" required></textarea>
            <mat-hint i18n>Kept in the audit trail with the change.</mat-hint>
            <mat-error i18n>Say why a closed year’s value is entered or changed.</mat-error>
          </mat-form-field>
        }
        <app-lock-note [round]="lock()" />
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event, reasonText())"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (data.actual; as a) {
          <button
            mat-button
            type="button"
            class="danger"
            [disabled]="!!lock()"
            (click)="delete(a)"
            i18n
          >
            Delete
          </button>
        }
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving || !!lock()" i18n>
          Save value
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../framework/record-dialog.scss',
  providers: RECORD_DIALOG_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActualDialog extends RecordDialog<Actual> {
  protected readonly data = inject<ActualDialogData>(MAT_DIALOG_DATA);
  protected readonly collection = 'actuals' as const;
  protected readonly isNew = this.data.actual === null;
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  private readonly today = this.store.selectSignal(referenceFeature.selectToday);
  /** A stored value of a closed year: deleting it needs a reason too. */
  protected readonly closedIfDeleted = this.data.actual
    ? closedPeriodsChanged(
        'actuals',
        this.data.actual,
        null,
        this.store.selectSignal(referenceFeature.selectToday)(),
        this.store.selectSignal(selectReferenceIds)().firstMonth,
      )
    : [];

  protected readonly form = this.fb.group({
    date: this.fb.control('', this.rule('date')),
    value: new FormControl<number | null>(null, this.rule('value')),
    source: this.fb.control('', this.rule('source')),
    link: this.fb.control('', this.rule('link')),
    note: this.fb.control('', this.rule('note')),
    reason: this.fb.control(''),
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: null });

  protected readonly closed = computed(() => {
    this.value();
    return closedPeriodsChanged(
      'actuals',
      this.data.actual,
      this.record(),
      this.today(),
      this.refs().firstMonth,
    );
  });

  /** The closed dates in words, as everywhere else on screen ("30 Jun 2025"). */
  protected readonly closedDates = computed(() =>
    (this.closed().length ? this.closed() : this.closedIfDeleted).map(formatIsoDate).join(', '),
  );

  constructor() {
    super();
    this.start(this.data.actual);
  }

  protected fill(a: Actual): void {
    this.form.patchValue({
      date: a.date,
      value: a.value,
      source: a.source ?? '',
      link: a.link ?? '',
      note: a.note ?? '',
    });
  }

  protected record(): Actual {
    const v = this.form.getRawValue();
    return {
      id: this.data.actual?.id ?? '',
      indicator: this.data.indicator.id,
      date: v.date,
      value:
        v.value === null || (v.value as unknown) === ''
          ? (null as unknown as number)
          : Number(v.value),
      ...(v.source.trim() ? { source: v.source.trim() } : {}),
      ...(v.link.trim() ? { link: v.link.trim() } : {}),
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
      version: this.version(),
    };
  }

  protected problems(): Problem[] {
    const record = this.record();
    const parsed = actualSchema.safeParse({ ...record, id: record.id || 'new' });
    return parsed.success ? actualProblems(parsed.data, this.refs()) : describeIssues(parsed.error);
  }

  protected override save(): void {
    if (this.checked(this.closed().length > 0)) this.send(this.reasonText());
  }

  protected delete(actual: Actual): void {
    if (this.closedIfDeleted.length && !this.reasonText()) {
      this.form.controls.reason.setErrors({ required: true });
      this.form.controls.reason.markAsTouched();
      return;
    }
    this.remove(actual, this.reasonText());
  }
}
