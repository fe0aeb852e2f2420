import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Problem } from '../../domain/problems';
import { frameworkProblems } from '../../domain/rules';
import { describeIssues, type Framework, frameworkSchema } from '../../domain/schema';
import { WriteStatus } from '../../shared/write-status';
import { referenceFeature } from '../../state/reference';
import { RecordDialog } from './record-dialog';
import { revalidate, ruleError, ruleValidator } from './rule-validator';

/**
 * A strategy the RSO reports against: name and dates; a new one can start from another's
 * indicators (copied without targets, which the co-managers then set).
 */
@Component({
  selector: 'app-framework-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    WriteStatus,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (isNew) {
        <ng-container i18n>New framework</ng-container>
      } @else {
        <ng-container i18n>Framework</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <mat-form-field class="wide">
          <mat-label i18n>Name</mat-label>
          <input matInput formControlName="name" required maxlength="200" />
          <mat-error>{{ error(form.controls.name) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Start</mat-label>
          <input matInput type="date" formControlName="start" required />
          <mat-error>{{ error(form.controls.start) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>End</mat-label>
          <input matInput type="date" formControlName="end" required />
          <mat-error>{{ error(form.controls.end) }}</mat-error>
        </mat-form-field>
        @if (isNew) {
          <mat-form-field class="wide">
            <mat-label i18n>Copy the indicators of</mat-label>
            <mat-select formControlName="copyFrom">
              <mat-option value="" i18n>None: start empty</mat-option>
              @for (f of frameworks(); track f.id) {
                <mat-option [value]="f.id">{{ f.name }}</mat-option>
              }
            </mat-select>
            <mat-hint i18n
              >Definitions, goals, measures and baselines are copied; targets are not.</mat-hint
            >
          </mat-form-field>
        }
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving" i18n>
          Save framework
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    mat-form-field {
      margin-right: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkDialog extends RecordDialog<Framework> {
  protected readonly data = inject<{ framework: Framework | null }>(MAT_DIALOG_DATA);
  protected readonly collection = 'frameworks' as const;
  protected readonly isNew = this.data.framework === null;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly frameworks = this.store.selectSignal(referenceFeature.selectFrameworks);
  private ready = false;

  protected readonly form = this.fb.group({
    name: this.fb.control('', this.rule('name')),
    start: this.fb.control('', this.rule('start')),
    end: this.fb.control('', this.rule('end')),
    copyFrom: this.fb.control(''),
  });

  constructor() {
    super();
    this.ready = true;
    this.base = this.data.framework;
    if (this.data.framework) {
      this.version.set(this.data.framework.version);
      this.fill(this.data.framework);
    }
    this.form.valueChanges.subscribe(() => revalidate(this.form));
  }

  protected fill(f: Framework): void {
    this.form.patchValue({ name: f.name, start: f.start, end: f.end });
  }

  protected record(): Framework {
    const v = this.form.getRawValue();
    return {
      id: this.data.framework?.id ?? '',
      name: v.name.trim(),
      start: v.start,
      end: v.end,
      version: this.version(),
    };
  }

  private problems(): Problem[] {
    const record = this.record();
    const parsed = frameworkSchema.safeParse({ ...record, id: record.id || 'new' });
    return parsed.success ? frameworkProblems(parsed.data) : describeIssues(parsed.error);
  }

  private rule(field: string): ValidatorFn {
    return ruleValidator(
      () => (this.ready ? this.problems() : []),
      (f) => f === field,
    );
  }

  protected error = ruleError;

  protected save(): void {
    revalidate(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.send(null, this.form.controls.copyFrom.value || null);
  }
}
